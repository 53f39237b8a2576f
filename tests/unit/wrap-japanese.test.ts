// Japanese has no spaces between words: an image's title breaks between phrases, never before a
// comma, full stop or closing bracket nor after an opening one (kinsoku), and never inside a
// word unless the word alone is wider than a line. English wraps at spaces exactly as before.
import { describe, expect, it } from 'vitest';
import { japaneseBreaks, wrapText, type Measure } from '../../src/lib/charts/wrap-text';

/** Every character one em wide, as kana and kanji are: 10 px at size 10. */
const fullWidth: Measure = (text, size) => [...text].length * size;
const NO_LINE_START = /^[、。，．：；！？」』）】〕ーっゃゅょァィゥェォッャュョ]/;

describe('Japanese lines', () => {
	// What BudouX gives for this title.
	const phrases = [
		'日本が',
		'建てた',
		'学校に、',
		'女子は',
		'通えるのか：タリバン政権下の',
		'アフガニスタンで',
		'国際協力機構',
		'（JICA）が',
		'支援した',
		'165校の',
		'行方'
	];
	const title = phrases.join('');

	it('break between phrases within the width, and join back into the text', () => {
		const lines = wrapText(title, 120, 10, true, fullWidth, (text) => japaneseBreaks(text, () => phrases));
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) expect(fullWidth(line, 10)).toBeLessThanOrEqual(120);
		expect(lines.join('')).toBe(title);
		expect(lines).toContain('アフガニスタンで');
	});

	it('never start with a comma, a full stop, a closing bracket or a small kana, nor end with an opening bracket', () => {
		const text =
			'「中等教育」への支援は、2022年3月23日以降も続いた。ユニセフ（UNICEF）は「学校は開いている」と述べた。';
		for (const width of [30, 40, 50, 60, 70, 80, 90, 100, 110, 120]) {
			const lines = wrapText(text, width, 10, false, fullWidth, (t) => japaneseBreaks(t));
			expect(lines.join('')).toBe(text);
			for (const line of lines.slice(1)) expect(line, `${width}: ${lines.join(' | ')}`).not.toMatch(NO_LINE_START);
			for (const line of lines) expect(line).not.toMatch(/[「（『【]$/);
		}
	});

	it('keep a word whole (a katakana name, a number, a name in brackets) unless it is wider than a line', () => {
		const lines = wrapText('女子は通えるのか：タリバン政権下の国際協力機構（JICA）', 60, 10, false, fullWidth, (t) =>
			japaneseBreaks(t)
		);
		expect(lines.some((line) => line.includes('タリバン'))).toBe(true);
		expect(lines.some((line) => line.includes('（JICA）'))).toBe(true);
	});

	it('break at a comma or colon even inside a phrase the segmenter gave', () => {
		const breaks = japaneseBreaks('通えるのか：タリバン政権下の', (text) => [text]);
		expect(breaks.map((phrase) => phrase.join(''))).toEqual(['通えるのか：', 'タリバン政権下の']);
	});

	it('drop the spaces at the ends of lines', () => {
		const lines = wrapText('ユニセフ 165校 の 建設', 50, 10, false, fullWidth, (t) => japaneseBreaks(t));
		for (const line of lines) expect(line).toBe(line.trim());
	});
});

describe('English lines', () => {
	it('wrap at spaces as before when no breaks are given', () => {
		const measure: Measure = (text, size) => (text.length * size) / 2;
		expect(wrapText('aaa bbb ccc ddd', 80, 20, false, measure)).toEqual(['aaa bbb', 'ccc ddd']);
	});
});
