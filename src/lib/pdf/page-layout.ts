// A PDF page as a list of placed things (blocks of text, graphics, boxes), in points from the
// page's top left: pure arithmetic on words already measured in the font they are drawn in, as
// the exported images are laid out (export-layout.ts). PdfPage.svelte draws the list as SVG.
// Right to left, a page is mirrored (`Column.rtl`): a block starts at its column's right edge
// and a column on the left goes to the right; graphics are never mirrored themselves.
import type { TextBlock, Typesetting } from '../export/export-layout.js';
import { wrapText, type LineBreaks } from '../charts/wrap-text.js';
import { POP_ISOLATE } from '../charts/text-direction.js';

export interface PlacedText {
	kind: 'text';
	block: TextBlock;
	fill: string;
	/** A link over the whole block */
	href?: string;
}

export interface PlacedGraphic {
	kind: 'graphic';
	/** A standalone SVG document, scaled into the box with its aspect ratio kept */
	svg: string;
	x: number;
	y: number;
	width: number;
	height: number;
	href?: string;
}

export interface PlacedBox {
	kind: 'box';
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
	stroke?: string;
	strokeWidth?: number;
	/** A link over the box (an invisible box: a link over a part of a graphic) */
	href?: string;
}

export type PlacedItem = PlacedText | PlacedGraphic | PlacedBox;

export interface PageLayout {
	width: number;
	height: number;
	background: string;
	items: PlacedItem[];
}

export const LINE_HEIGHT = 1.3;

/** Paper sizes in points: the handout comes on both, the speaker notes on A4. */
export const PAPER_SIZES = {
	a4: { width: 595.28, height: 841.89 },
	letter: { width: 612, height: 792 }
} as const;
export type PaperSize = keyof typeof PAPER_SIZES;

/** A column of a page that text is set in, from `x` (its left edge) `width` wide. */
export interface Column {
	x: number;
	width: number;
	rtl?: boolean;
}

/** A column's mirror image across the page, right to left: the same column otherwise. */
export const mirrored = (column: Column, pageWidth: number): Column =>
	column.rtl ? { ...column, x: pageWidth - column.x - column.width } : column;

/** A box's x on the page: mirrored right to left. */
export const placeX = (x: number, width: number, pageWidth: number, rtl: boolean | undefined) =>
	rtl ? pageWidth - x - width : x;

export interface TextStyle {
	size: number;
	bold?: boolean;
	lineHeight?: number;
	/** Where lines may break, instead of the language's (an address breaks after its slashes) */
	breaks?: LineBreaks;
	/** Each line reads left to right in every edition (an address), isolated inside a right-to-left line */
	leftToRight?: boolean;
}

/** Unicode's isolates: a text set apart in its own direction, left to right or as its first letter goes (as dir="ltr" and dir="auto" do on a page). */
export const leftToRight = (text: string) => `\u2066${text}${POP_ISOLATE}`;
export const ownDirection = (text: string) => `\u2068${text}${POP_ISOLATE}`;

/** An address's places to break a line: after each slash, and before each ? & = # of its query. */
export const addressBreaks: LineBreaks = (url) => [url.split(/(?<=\/)|(?=[?&=#])/)];

/** Text wrapped in a column with its first baseline one size below `top`; `bottom` is under its last line. */
export function setText(
	content: string,
	top: number,
	column: Column,
	style: TextStyle,
	typesetting: Typesetting
): { block: TextBlock; bottom: number } {
	const { size, bold = false } = style;
	const step = size * (style.lineHeight ?? LINE_HEIGHT);
	const lines = wrapText(
		content,
		column.width,
		size,
		bold,
		typesetting.measure,
		style.breaks ?? typesetting.breaks
	).map((text, i) => ({ text: style.leftToRight ? leftToRight(text) : text, y: round(top + size + i * step) }));
	const block: TextBlock = column.rtl
		? { lines, x: round(column.x + column.width), size, bold, rtl: true }
		: { lines, x: round(column.x), size, bold };
	return { block, bottom: top + lines.length * step + (step - size) };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** The box a graphic of `width` × `height` fills inside `box`, its aspect ratio kept, centred. */
export function fitInto(
	width: number,
	height: number,
	box: { x: number; y: number; width: number; height: number }
): { x: number; y: number; width: number; height: number } {
	const scale = Math.min(box.width / width, box.height / height);
	const w = width * scale;
	const h = height * scale;
	return {
		x: round(box.x + (box.width - w) / 2),
		y: round(box.y + (box.height - h) / 2),
		width: round(w),
		height: round(h)
	};
}
