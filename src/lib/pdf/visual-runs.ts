// A line of text as the runs a PDF draws one after another from left to right, each in one style
// and one font. pdfkit shapes a string with fontkit, which reverses the glyphs of any string in
// Arabic script but does not order a line's runs (Dari words, Latin names, numbers): the Unicode
// bidirectional algorithm (bidi-js) does, and each run is handed over in the order fontkit turns
// into the right one.
// Usage: visualRuns([{ text: 'سال ۲۰۲۲ UNICEF' }], (character) => 'Noto Sans Arabic')
import bidiFactory from 'bidi-js';

export interface Span {
	text: string;
}

export interface VisualRun {
	/** The characters to hand to pdfkit (for a run in Arabic script, reversed: see above) */
	text: string;
	/** The span of the line the run comes from */
	span: number;
	/** The font the run is drawn in */
	font: string;
	rightToLeft: boolean;
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Marks that only steer the bidirectional algorithm: isolates, embeddings, overrides, LRM, RLM, ALM. */
const DIRECTION_MARK = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Letters and digits that set a line's direction: a right-to-left one makes the line right to left. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\u2067]/u;

/** Whether a line needs the bidirectional algorithm: it has right-to-left letters or a right-to-left isolate. */
export const hasRightToLeft = (text: string) => RIGHT_TO_LEFT.test(text);

/**
 * The runs of a line, left to right: split where the span, the font (`fontOf` a character in its
 * span) or the direction changes, and around spaces. A line with right-to-left letters is a right-to-left
 * paragraph; brackets are mirrored in right-to-left runs, and direction marks dropped.
 */
export function visualRuns(spans: Span[], fontOf: (character: string, span: number) => string): VisualRun[] {
	const text = spans.map((s) => s.text).join('');
	const spanOf: number[] = spans.flatMap((s, i) => Array.from({ length: s.text.length }, () => i));
	bidi ??= bidiFactory();
	const levels = bidi.getEmbeddingLevels(text, hasRightToLeft(text) ? 'rtl' : 'ltr');
	const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
	const order = bidi.getReorderedIndices(text, levels);

	const runs: (Omit<VisualRun, 'text'> & { characters: string[] })[] = [];
	for (const index of order) {
		const character = mirrored.get(index) ?? text[index];
		if (DIRECTION_MARK.test(character)) continue;
		const span = spanOf[index];
		const font = fontOf(character, span);
		const rightToLeft = (levels.levels[index] & 1) === 1;
		const last = runs.at(-1);
		// A space is a run of its own: pdfkit lays a string out word by word, left to right, so a
		// run of several right-to-left words would come out with its words in reading order.
		const space = /\s/.test(character);
		if (
			last &&
			last.span === span &&
			last.font === font &&
			last.rightToLeft === rightToLeft &&
			/\s/.test(last.characters.at(-1)!) === space
		)
			last.characters.push(character);
		else runs.push({ span, font, rightToLeft, characters: [character] });
	}
	return runs.map(({ characters, ...run }) => {
		const visual = characters.join('');
		// fontkit reverses a string in Arabic script after shaping it: hand it the reverse of what
		// must show, which for letters is their reading order, so they join as they should.
		return { ...run, text: ARABIC_SCRIPT.test(visual) ? [...characters].reverse().join('') : visual };
	});
}
