// Lines of text for charts drawn without the browser's layout (the barred chart's labels, the
// exported images): the caller measures text in the font it draws with. Words break at spaces
// (English, Dari, Pashto); Japanese, written without spaces, breaks between the pieces that
// `japaneseBreaks` gives, which the caller passes in (the export adds BudouX's phrases, which
// the page's own JavaScript never loads).

export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * Where a text may break: its phrases, in order, each as the pieces it may itself break between
 * when it is longer than a whole line. Joined, they give back the text, spaces included.
 */
export type LineBreaks = (text: string) => string[][];

/** Kana, kanji, hangul and full-width forms, each set a whole em wide. */
const WIDE_GLYPH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A text's width in ems, estimated without its font: `narrow` for each letter, a whole em for East Asian glyphs. */
export const estimatedEms = (text: string, narrow: number) =>
	[...text].reduce((sum, glyph) => sum + (WIDE_GLYPH.test(glyph) ? 1 : narrow), 0);

/**
 * Greedy wrap: as many words per line as fit in `maxWidth`, a word never split. With `breaks`,
 * as many phrases per line as fit, a phrase split between its pieces only when it is wider than
 * a line; spaces at the ends of lines are dropped.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	size: number,
	bold: boolean,
	measure: Measure,
	breaks?: LineBreaks
): string[] {
	// Zero-width spaces mark a heading's phrases for the page (phrase-breaks.ts); an image finds its own.
	if (breaks)
		return wrapPhrases(breaks(text.replaceAll('\u200b', '')), (line) => measure(line, size, bold) <= maxWidth);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, size, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

function wrapPhrases(phrases: string[][], fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	const newLine = (start: string) => {
		if (line.trim()) lines.push(line.trim());
		line = start.trimStart();
	};
	for (const pieces of phrases) {
		const phrase = pieces.join('');
		if (fits((line + phrase).trim())) line += phrase;
		else if (fits(phrase.trim())) newLine(phrase);
		else
			for (const piece of pieces) {
				if (!line.trim() || fits((line + piece).trim())) line += piece;
				else newLine(piece);
			}
	}
	newLine('');
	return lines;
}

// Japanese line-breaking rules (kinsoku shori, after JIS X 4051 and the W3C's "Requirements for
// Japanese Text Layout"): no line starts with a closing bracket, a comma or full stop, a small
// kana, the long-vowel mark or an iteration mark; no line ends with an opening bracket.
const NO_LINE_START = new Set(
	'’”）〕］｝〉》」』】〙〗〟｠»)]}‐゠–〜～！？‼⁇⁈⁉!?・：；:;。．.、，,ヽヾゝゞ々〻ー…‥％%' +
		'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ'
);
const NO_LINE_END = new Set('‘“（〔［｛〈《「『【〘〖〝｟«([{');

/** Marks that end a clause: a line may always break after them. */
const CLAUSE_END = new Set('、。，．：；！？');

// Built on first use: this module is in the page's JavaScript, which never needs it.
let japaneseWords: Intl.Segmenter | undefined;

/**
 * Japanese text as the pieces a line may break between: its words (Intl.Segmenter's, so a
 * katakana name or "2022" is never split) and spaces, a piece that may not start a line kept
 * with the one before it, and one that may not end a line with the one after. The pieces are
 * grouped into phrases, given by `phrases` (a segmenter's split of the text, such as BudouX's)
 * and ended by every comma, full stop or colon, so lines break between phrases unless one is
 * longer than a line.
 */
export function japaneseBreaks(text: string, phrases: (text: string) => string[] = (t) => [t]): string[][] {
	const pieces: string[] = [];
	japaneseWords ??= new Intl.Segmenter('ja', { granularity: 'word' });
	for (const { segment } of japaneseWords.segment(text)) {
		const previous = pieces.at(-1);
		const sticks =
			previous !== undefined &&
			!/^\s/.test(segment) &&
			!/\s$/.test(previous) &&
			(NO_LINE_START.has(String.fromCodePoint(segment.codePointAt(0)!)) || NO_LINE_END.has(previous.at(-1)!));
		if (sticks) pieces[pieces.length - 1] += segment;
		else pieces.push(segment);
	}

	// Phrase boundaries as offsets in the text; a piece that starts at one starts a new phrase.
	const boundaries = new Set<number>();
	let offset = 0;
	for (const phrase of phrases(text)) boundaries.add((offset += phrase.length));
	const grouped: string[][] = [];
	offset = 0;
	for (const piece of pieces) {
		const last = grouped.at(-1)?.at(-1);
		if (last === undefined || boundaries.has(offset) || /\s$/.test(last) || CLAUSE_END.has(last.at(-1)!))
			grouped.push([piece]);
		else grouped.at(-1)!.push(piece);
		offset += piece.length;
	}
	return grouped;
}
