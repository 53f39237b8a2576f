// pdfkit draws a line's runs left to right and reverses the glyphs of Arabic script itself: a Dari
// line with numbers and a Latin name must come out in the order a reader of Dari reads it.
import { describe, expect, it } from 'vitest';
import { visualRuns } from '$lib/pdf/visual-runs';

const ARABIC = /\p{Script=Arabic}/u;
/** The font a character is set in, as in a Dari line: DejaVu for Latin letters and digits, which Noto Sans Arabic lacks. */
const fontOf = (character: string) => (/[A-Za-z0-9]/.test(character) ? 'DejaVu Sans' : 'Noto Sans Arabic');
/** What the page shows, left to right: each run as fontkit lays it out (Arabic script reversed). */
const shown = (runs: ReturnType<typeof visualRuns>) =>
	runs.map((run) => (ARABIC.test(run.text) ? [...run.text].reverse().join('') : run.text)).join('');

describe('a line of a right-to-left edition, as runs a PDF draws left to right', () => {
	it('sets a Dari sentence from the right: its last word at the left, its first at the right', () => {
		const runs = visualRuns([{ text: 'مکتب برای چه کسی؟' }], fontOf);
		expect(runs.every((run) => run.rightToLeft)).toBe(true);
		// Word by word from the left, each handed to fontkit in reading order, so its letters join; fontkit reverses them.
		expect(runs.map((run) => run.text)).toEqual(['کسی؟', ' ', 'چه', ' ', 'برای', ' ', 'مکتب']);
		expect(shown(runs)).toBe('؟یسک هچ یارب بتکم');
	});

	it('keeps numbers and Latin names reading left to right inside the Dari line, each in a font that has them', () => {
		const runs = visualRuns([{ text: 'یونیسف (UNICEF) در سال ۲۰۲۵ شمرد' }], fontOf);
		const latin = runs.find((run) => run.text.includes('UNICEF'))!;
		expect(latin.font).toBe('DejaVu Sans');
		expect(latin.rightToLeft).toBe(false);
		const digits = runs.find((run) => /[۰-۹]/.test(run.text))!;
		expect(digits.font).toBe('Noto Sans Arabic');
		// The year reads ۲۰۲۵ on the page, though fontkit reverses what it is given.
		expect(shown([digits])).toBe('۲۰۲۵');
		// Left to right on the page: the last word, the year, …, the name in brackets (mirrored), the first word.
		expect(shown(runs)).toBe('درمش ۲۰۲۵ لاس رد (UNICEF) فسینوی');
	});

	it('drops the isolates that mark a right-to-left line and keeps a bold span a run of its own', () => {
		const runs = visualRuns([{ text: '\u2067' }, { text: '۱۶۵' }, { text: ' مکتب ابتدائیه\u2069' }], fontOf);
		expect(runs.map((run) => run.text).join('')).not.toMatch(/[\u2066-\u2069]/);
		expect(runs.map((run) => run.span)).toEqual([2, 2, 2, 2, 1]);
		expect(shown(runs)).toBe('هیئادتبا بتکم ۱۶۵');
	});

	it('leaves a left-to-right line in its order: its words and spaces, in its font', () => {
		const runs = visualRuns([{ text: 'Source: UNICEF (2023)' }], () => 'DejaVu Sans');
		expect(runs.map((run) => run.text)).toEqual(['Source:', ' ', 'UNICEF', ' ', '(2023)']);
		expect(runs.every((run) => run.font === 'DejaVu Sans' && !run.rightToLeft)).toBe(true);
	});
});
