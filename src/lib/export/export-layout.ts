// Where everything goes in an exported chart image: title, chart, legend, note, source and
// credit, stacked in one column of a fixed width. Pure arithmetic on the chart's state and data
// (the legend is map-legend.ts's, as on the page); the caller passes how the image's language
// sets text: a function that measures it in the font the image is drawn with, where its lines
// may break, and which way they run (right to left, each block starts at the right margin and
// the legend reads from the right; the chart mirrors itself where its layout does, by its
// edition: charts/text-direction.ts).
import type { ChartState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import type { MapMeta } from '../model/map.js';
import { fill, type EditionWords } from '../model/edition.js';
import { graphicSize } from '../charts/graphic-size.js';
import { formatCount } from '../charts/format.js';
import { mapLegend, type LegendItem, type MapLegendContent } from '../charts/map-legend.js';
import { wrapText, type LineBreaks, type Measure } from '../charts/wrap-text.js';

export interface TextBlock {
	lines: { text: string; y: number }[];
	/** Where lines start: the left edge, or the right edge of a right-to-left block */
	x: number;
	size: number;
	bold: boolean;
	/** Lines run right to left (drawn from their right edge, as isolates: see scripts.ts) */
	rtl?: true;
}

/** How an image's language sets text: measured in its font, broken where it may break, in its direction. */
export interface Typesetting {
	measure: Measure;
	/** Where lines may break, for a language written without spaces (wrap-text.ts); spaces otherwise */
	breaks?: LineBreaks;
	rtl?: boolean;
}

export interface PlacedLegendItem extends LegendItem {
	x: number;
	y: number;
}

export interface ExportLayout {
	width: number;
	height: number;
	title: TextBlock;
	subtitle: TextBlock | null;
	chart: { x: number; y: number; width: number; height: number };
	note: { x: number; y: number; width: number; height: number; count: string; text: TextBlock } | null;
	legendTitle: TextBlock | null;
	legend: PlacedLegendItem[];
	source: TextBlock;
	credit: TextBlock;
}

/** Sizes in pixels of the exported image; the chart is drawn at its viewBox width, 1:1. */
export const EXPORT = { margin: 20, title: 20, subtitle: 15, legend: 14, small: 13, key: 18, lineHeight: 1.3 };

/** An image's words, in its edition: `source` is the whole line ("Source: …"). */
export interface ExportText {
	title: string;
	subtitle: string | null;
	source: string;
	credit: string;
}

/** What an image shows of a graphic besides its text: the drawing's size, a map's legend and note. */
export interface ExportedGraphic {
	width: number;
	height: number;
	legend: MapLegendContent | null;
	/** A map's note on places nobody has published, its count in bold */
	note: { count: string; text: string } | null;
}

export function exportedGraphic(
	chart: ChartState,
	data: StoryData,
	meta: MapMeta,
	edition: EditionWords
): ExportedGraphic {
	const size = graphicSize(chart, data, meta, edition);
	if (chart.graphic !== 'map') return { ...size, legend: null, note: null };
	const count = chart.unlocated ? formatCount(chart.unlocated.count, edition.locale) : '';
	const note = chart.unlocated ? { count, text: fill(edition.labels.map.unlocated, { count }) } : null;
	return { ...size, legend: mapLegend(chart, data, edition), note };
}

export function layoutExport(graphic: ExportedGraphic, text: ExportText, typesetting: Typesetting): ExportLayout {
	const { measure, breaks, rtl } = typesetting;
	const { margin } = EXPORT;
	const width = graphic.width + 2 * margin;
	const inner = graphic.width;
	let y = margin;

	/** A wrapped paragraph at the current y, `indent` in from the margin on its starting side; moves y below it. */
	function block(content: string, size: number, bold = false, indent = 0, maxWidth = inner): TextBlock {
		const step = Math.round(size * EXPORT.lineHeight);
		const lines = wrapText(content, maxWidth, size, bold, measure, breaks).map((line, i) => ({
			text: line,
			y: y + size + i * step
		}));
		y += lines.length * step;
		if (rtl) return { lines, x: width - margin - indent, size, bold, rtl };
		return { lines, x: margin + indent, size, bold };
	}

	const title = block(text.title, EXPORT.title, true);
	const subtitle = text.subtitle ? block(text.subtitle, EXPORT.subtitle) : null;
	y += 10;
	const chart = { x: margin, y, width: graphic.width, height: graphic.height };
	y += graphic.height + 8;

	// The classes first, under their title, then the marks (the page puts the marks first, so
	// that they stay put from step to step; an image has no steps).
	const legendTitle = graphic.legend?.title ? block(graphic.legend.title, EXPORT.legend, true) : null;
	const legend: PlacedLegendItem[] = [];
	const rowStep = EXPORT.key + 6;
	const rows = graphic.legend ? [graphic.legend.classes, graphic.legend.marks].filter((row) => row.length > 0) : [];
	for (const row of rows) {
		let x = margin;
		for (const item of row) {
			const itemWidth = EXPORT.key + 6 + measure(item.label, EXPORT.legend);
			if (x > margin && x + itemWidth > margin + inner) {
				x = margin;
				y += rowStep;
			}
			// Right to left, the row starts at the right margin: the key, then its label to its left.
			legend.push({ ...item, x: rtl ? width - x - EXPORT.key : x, y });
			x += itemWidth + 14;
		}
		y += rowStep;
	}
	if (legend.length) y += 6;

	let note: ExportLayout['note'] = null;
	// ProvinceMap's dashed note on what nobody has published, below the legend as in the story.
	if (graphic.note) {
		const top = y;
		y += 8;
		const padding = 12;
		const noteText = block(graphic.note.text, EXPORT.subtitle, false, padding, inner - 2 * padding);
		y += 8;
		note = { x: margin, y: top, width: inner, height: y - top, count: graphic.note.count, text: noteText };
		y += 10;
	}

	const source = block(text.source, EXPORT.small);
	y += 2;
	const credit = block(text.credit, EXPORT.small, true);
	return { width, height: Math.ceil(y + margin), title, subtitle, chart, note, legendTitle, legend, source, credit };
}
