// Where a heading in a language written without spaces may break: between BudouX's phrases,
// marked with a zero-width space, so a Japanese headline or slide title never breaks inside a
// word (第 | 1次, タリ | バン), as CSS alone (word-break: auto-phrase) still does with numbers.
// Done once here, at build time: the segmenter's model never reaches a reader's browser. The
// pages set such headings with word-break: keep-all (global.css).
import { createRequire } from 'node:module';

export const PHRASE_BREAK = '\u200b';

/** The phrases of a Japanese text joined by zero-width spaces; other languages unchanged. */
export function withPhraseBreaks(text: string, lang: string): string {
	if (!/^ja\b/.test(lang)) return text;
	const budoux = createRequire(import.meta.url)('budoux') as typeof import('budoux');
	const phrases = budoux.loadDefaultJapaneseParser().parse(text.replaceAll(PHRASE_BREAK, ''));
	// The model sometimes splits a run of digits or Latin letters (202 | 3年): those stay whole.
	return phrases.reduce((marked, phrase) =>
		/[0-9A-Za-z.,%]$/.test(marked) && /^[0-9A-Za-z.,%]/.test(phrase) ? marked + phrase : marked + PHRASE_BREAK + phrase
	);
}
