// Measures text set in DejaVu Sans from the font files themselves, so exported images can wrap
// titles and source lines exactly where resvg will draw them. Reads the advance width of each
// glyph (TrueType tables cmap format 4, hhea, hmtx); kerning is ignored, which errs on the
// wide side by a pixel or two per line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
