// The fonts of the PDFs: the same TTF files as the images (DejaVu; Noto Sans JP and Noto Sans
// Arabic for the editions in those scripts), embedded as subsets, so a PDF looks the same on every
// machine. An SVG names its fonts as CSS lists (scripts.ts); a family is the first of a list
// that is bundled, and a character its font lacks (a Latin name in Dari) is set in DejaVu Sans.
import { readFileSync } from 'node:fs';
import { FONT_FILES, SCRIPT_FONT_FILES, hasGlyph } from '../export/text-width.server';

interface Faces {
	regular: string;
	bold: string;
	italic?: string;
	boldItalic?: string;
}

const FALLBACK = 'DejaVu Sans';

const FAMILIES: Record<string, Faces> = {
	[FALLBACK]: {
		regular: FONT_FILES.sans,
		bold: FONT_FILES.sansBold,
		italic: FONT_FILES.sansOblique,
		boldItalic: FONT_FILES.sansBoldOblique
	},
	'DejaVu Serif': { regular: FONT_FILES.serif, bold: FONT_FILES.serifBold },
	'Noto Sans JP': SCRIPT_FONT_FILES.japanese,
	'Noto Sans Arabic': SCRIPT_FONT_FILES.arabic
};

const families = new Map<string, string>();

/** The bundled family of a CSS font-family list: its first bundled family ('serif' is DejaVu Serif). */
export function bundledFamily(list = ''): string {
	let family = families.get(list);
	if (family === undefined) {
		const names = list.split(',').map((n) => n.trim().replace(/^['"]|['"]$/g, ''));
		family = names.map((name) => (name === 'serif' ? 'DejaVu Serif' : name)).find((name) => name in FAMILIES);
		families.set(list, (family ??= FALLBACK));
	}
	return family;
}

/** The file of a family's face: no italic where a family has none (Japanese and Arabic text is set upright). */
export function faceFile(family: string, bold: boolean, italic: boolean): string {
	const faces = FAMILIES[family] ?? FAMILIES[FALLBACK];
	if (italic && bold && faces.boldItalic) return faces.boldItalic;
	if (italic && !bold && faces.italic) return faces.italic;
	return bold ? faces.bold : faces.regular;
}

/** The family a character is drawn in: the text's own, or DejaVu Sans where the text's lacks it. */
export function familyFor(character: string, family: string, bold: boolean): string {
	if (family === FALLBACK || /\s|\p{Default_Ignorable_Code_Point}/u.test(character)) return family;
	return hasGlyph(faceFile(family, bold, false), character) ? family : FALLBACK;
}

const buffers = new Map<string, Buffer>();

/** A font file's bytes, read once per build. */
export function fontBytes(file: string): Buffer {
	let bytes = buffers.get(file);
	if (!bytes) buffers.set(file, (bytes = readFileSync(file)));
	return bytes;
}
