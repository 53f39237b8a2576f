// Measures text in the fonts the exported images are drawn with, from the font files themselves,
// so the images can wrap titles and source lines exactly where resvg will draw them. English is
// measured from DejaVu Sans's advance widths (TrueType tables cmap format 4, hhea, hmtx); kerning
// is ignored, which errs on the wide side by a pixel or two per line. Japanese and Arabic-script
// text is shaped by HarfBuzz with the same files as resvg (which shapes with rustybuzz, a port of
// it): joined Arabic letters are narrower or wider than their isolated forms, and ligatures are
// one glyph.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as harfbuzz from 'harfbuzzjs';
import type { Script } from './scripts';

const require = createRequire(import.meta.url);
/** The folder of DejaVu TTF files shipped by the `dejavu-fonts-ttf` package. */
export const DEJAVU_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
	sansOblique: join(DEJAVU_DIR, 'DejaVuSans-Oblique.ttf'),
	sansBoldOblique: join(DEJAVU_DIR, 'DejaVuSans-BoldOblique.ttf'),
	sans: join(DEJAVU_DIR, 'DejaVuSans.ttf'),
	sansBold: join(DEJAVU_DIR, 'DejaVuSans-Bold.ttf'),
	serif: join(DEJAVU_DIR, 'DejaVuSerif.ttf'),
	serifBold: join(DEJAVU_DIR, 'DejaVuSerif-Bold.ttf')
};

/** A face of a Google Fonts family as the `@expo-google-fonts` packages ship it: one TTF per weight. */
const googleFont = (family: string, file: string) =>
	join(dirname(require.resolve(`@expo-google-fonts/${family}/package.json`)), file);

/** Noto Sans JP for Japanese, Noto Sans Arabic for Dari and Pashto: regular and bold, as TTF. */
export const SCRIPT_FONT_FILES: Record<Exclude<Script, 'latin'>, { regular: string; bold: string }> = {
	japanese: {
		regular: googleFont('noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'),
		bold: googleFont('noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf')
	},
	arabic: {
		regular: googleFont('noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf'),
		bold: googleFont('noto-sans-arabic', '700Bold/NotoSansArabic_700Bold.ttf')
	}
};

/**
 * The font files resvg loads for an image in these scripts, in the order it searches them for a
 * glyph its text's font lacks. English images load DejaVu alone, as they always have; others put
 * their scripts' fonts first, then DejaVu's upright faces before its obliques.
 */
export function fontFilesFor(scripts: Script[]): string[] {
	const others = (['japanese', 'arabic'] as const).filter((script) => scripts.includes(script));
	if (others.length === 0) return Object.values(FONT_FILES);
	const { sansOblique, sansBoldOblique, ...upright } = FONT_FILES;
	return [
		...others.flatMap((script) => [SCRIPT_FONT_FILES[script].regular, SCRIPT_FONT_FILES[script].bold]),
		...Object.values(upright),
		sansOblique,
		sansBoldOblique
	];
}

/** The scripts besides Latin that a text (an SVG document) has letters of. */
export function scriptsIn(text: string): Script[] {
	const scripts: Script[] = ['latin'];
	if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) scripts.push('japanese');
	if (/\p{Script=Arabic}/u.test(text)) scripts.push('arabic');
	return scripts;
}

interface Metrics {
	unitsPerEm: number;
	advance: (codePoint: number) => number;
}

function readMetrics(file: string): Metrics {
	const font = readFileSync(file);
	const tables = new Map<string, number>();
	for (let i = 0, count = font.readUInt16BE(4); i < count; i++) {
		const record = 12 + i * 16;
		tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
	}
	const table = (tag: string) => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
		return offset;
	};
	const unitsPerEm = font.readUInt16BE(table('head') + 18);
	const hMetricCount = font.readUInt16BE(table('hhea') + 34);
	const hmtx = table('hmtx');
	const glyphAdvance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, hMetricCount - 1));

	// The Unicode BMP subtable (platform 3, encoding 1), format 4: segments of code points.
	const cmap = table('cmap');
	let subtable = -1;
	for (let i = 0, count = font.readUInt16BE(cmap + 2); i < count; i++) {
		const record = cmap + 4 + i * 8;
		if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1)
			subtable = cmap + font.readUInt32BE(record + 4);
	}
	if (subtable < 0 || font.readUInt16BE(subtable) !== 4) throw new Error(`${file} has no format-4 Unicode cmap`);
	const segments = font.readUInt16BE(subtable + 6) / 2;
	const ends = subtable + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	function glyphOf(code: number): number {
		for (let s = 0; s < segments; s++) {
			if (code > font.readUInt16BE(ends + s * 2)) continue;
			const start = font.readUInt16BE(starts + s * 2);
			if (code < start) return 0;
			const delta = font.readInt16BE(deltas + s * 2);
			const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
			if (rangeOffset === 0) return (code + delta) & 0xffff;
			const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	}
	const cache = new Map<number, number>();
	return {
		unitsPerEm,
		advance: (code) => {
			if (!cache.has(code)) cache.set(code, glyphAdvance(glyphOf(code)));
			return cache.get(code)!;
		}
	};
}

const loaded = new Map<string, Metrics>();

/** Width in pixels of `text` set in DejaVu Sans (bold or not) at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	const file = bold ? FONT_FILES.sansBold : FONT_FILES.sans;
	if (!loaded.has(file)) loaded.set(file, readMetrics(file));
	const metrics = loaded.get(file)!;
	let units = 0;
	for (const char of text) units += metrics.advance(char.codePointAt(0)!);
	return (units / metrics.unitsPerEm) * fontSize;
}

interface ShapingFont {
	font: harfbuzz.Font;
	unitsPerEm: number;
	covers: Set<number>;
}

const shapingFonts = new Map<string, ShapingFont>();

function shapingFont(file: string): ShapingFont {
	let loaded = shapingFonts.get(file);
	if (!loaded) {
		const face = new harfbuzz.Face(new harfbuzz.Blob(readFileSync(file)));
		loaded = { font: new harfbuzz.Font(face), unitsPerEm: face.upem, covers: new Set(face.collectUnicodes()) };
		shapingFonts.set(file, loaded);
	}
	return loaded;
}

/** Whether a font file has a glyph for a character. */
export const hasGlyph = (file: string, character: string) => shapingFont(file).covers.has(character.codePointAt(0)!);

/** Width in font units of `text` shaped by HarfBuzz in one font: joins, ligatures and kerning applied. */
function shapedUnits({ font }: ShapingFont, text: string): number {
	const buffer = new harfbuzz.Buffer();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	harfbuzz.shape(font, buffer);
	return buffer.getGlyphPositions().reduce((sum, glyph) => sum + glyph.xAdvance, 0);
}

/** Joiners, direction marks and other characters drawn as nothing: they stay in the run they are in. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Width in pixels of text set in a script's font at `fontSize`, shaped. A character the font
 * lacks is measured in the font resvg falls back to: the first of the image's font files that
 * has it (see fontFilesFor).
 */
export function shapedTextWidth(script: Exclude<Script, 'latin'>) {
	const fallbacks = fontFilesFor(['latin', script]);
	return (text: string, fontSize: number, bold = false): number => {
		const primary = bold ? SCRIPT_FONT_FILES[script].bold : SCRIPT_FONT_FILES[script].regular;
		const fontOf = (char: string) =>
			INVISIBLE.test(char) || hasGlyph(primary, char)
				? primary
				: (fallbacks.find((file) => hasGlyph(file, char)) ?? primary);
		// Runs of characters drawn in the same font, each shaped as a whole.
		let width = 0;
		let run = '';
		let runFont = primary;
		const endRun = () => {
			if (run) width += (shapedUnits(shapingFont(runFont), run) / shapingFont(runFont).unitsPerEm) * fontSize;
			run = '';
		};
		for (const char of text) {
			const file = fontOf(char);
			if (file !== runFont) {
				endRun();
				runFont = file;
			}
			run += char;
		}
		endRun();
		return width;
	};
}
