import { describe, expect, it } from 'vitest';
import { PHRASE_BREAK, withPhraseBreaks } from '../../src/data-build/phrase-breaks';

describe('phrase breaks in headings', () => {
	it('marks where a Japanese heading may break, between phrases and never inside a word', () => {
		const marked = withPhraseBreaks('第1次タリバン政権下で、記録上の女子の就学はゼロに落ちた。', 'ja');
		const phrases = marked.split(PHRASE_BREAK);
		expect(phrases.length).toBeGreaterThan(3);
		expect(phrases.join('')).toBe('第1次タリバン政権下で、記録上の女子の就学はゼロに落ちた。');
		for (const word of ['タリバン', '女子', 'ゼロ'])
			expect(
				phrases.some((phrase) => phrase.includes(word)),
				word
			).toBe(true);
	});

	it('never breaks a number or a Latin word', () => {
		const marked = withPhraseBreaks('2023年：120万人の少女と若い女性がUNICEFの学校から締め出された。', 'ja');
		for (const run of ['2023年', '120万人', 'UNICEF']) expect(marked.replaceAll(PHRASE_BREAK, '|'), run).toContain(run);
	});

	it('leaves languages written with spaces as they are, and marks a text only once', () => {
		expect(withPhraseBreaks('Schools for whom?', 'en')).toBe('Schools for whom?');
		expect(withPhraseBreaks('مکتب برای کی؟', 'fa-AF')).toBe('مکتب برای کی؟');
		const once = withPhraseBreaks('誰のための学校か', 'ja');
		expect(withPhraseBreaks(once, 'ja')).toBe(once);
	});
});
