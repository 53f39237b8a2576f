// Where everything of the barred-girls chart goes at a given width: one group of bars per
// agency, each bar under its count, date and what it counts, the text wrapped to the width so
// that nothing is clipped on a phone. SVG text does not wrap, so the lines are cut here, from
// a generous estimate of a character's width (wider than the fonts used), in the browser, on
// the server and in the exported images alike. Right to left it mirrors, as bar charts do in
// Dari and Pashto news graphics: the words start at the right and the bars grow leftwards from
// a baseline on the right (docs/translating.md).
import type { BarredCount } from '../model/data.js';
import { COUNT_SLOT, dataTerm } from '../model/data-terms.js';
import { fill, type EditionWords } from '../model/edition.js';
import { formatCount, formatDate, formatYear } from './format.js';
import { linearScale } from './scales.js';
import { fromStart, readsRightToLeft } from './text-direction.js';
import { estimatedEms, japaneseBreaks, wrapText } from './wrap-text.js';

export interface BarredLine {
	text: string;
	/** Baseline */
	y: number;
}

export interface BarredRow {
	count: BarredCount;
	/** "at least 1.4 million": the bold start of the first head line */
	countText: string;
	headLines: BarredLine[];
	whatLines: BarredLine[];
	barY: number;
	barWidth: number;
}

export interface BarredLayout {
	width: number;
	height: number;
	/** Where every line starts and every bar grows from: near the left edge, or right to left near the right edge */
	start: number;
	rtl: boolean;
	headingSize: number;
	headSize: number;
	whatSize: number;
	barHeight: number;
	groups: { agency: string; heading: string; y: number; rows: BarredRow[] }[];
}

/** Average character width as a share of the font size: above that of DejaVu Sans and the system sans-serifs. */
const CHAR_WIDTH = 0.6;
/** Margins at the side the lines start from and at the other. */
const START = 4;
const END = 8;

/** "at least 1.4 million"; in an edition, as its qualifier's words place the figure ("少なくとも140万"). */
export function countText(count: BarredCount, edition: EditionWords): string {
	const figure = formatCount(count.girlsBarred, edition.locale);
	if (!count.qualifier) return figure;
	const qualifier = dataTerm(edition, 'girls-barred-count.csv:qualifier', count.qualifier);
	return qualifier.includes(COUNT_SLOT) ? qualifier.replace(COUNT_SLOT, figure) : `${qualifier} ${figure}`;
}

/** "15 August 2024" ("August 2024" when `monthOnly`), or "projected for 2030". */
export function whenText(count: BarredCount, { labels, locale }: EditionWords, monthOnly = false): string {
	return count.kind === 'projection'
		? fill(labels.barred.projected, { year: formatYear(count.year, locale) })
		: formatDate(monthOnly ? count.date.slice(0, 7) : count.date, locale);
}

/** Above and below a baseline, as shares of the font size: a sans-serif's full box (Noto Sans, DejaVu Sans), so lines never touch. */
const ASCENT = 1.1;
const DESCENT = 0.32;

export function layoutBarred(counts: BarredCount[], width: number, edition: EditionWords): BarredLayout {
	const { labels, locale } = edition;
	// Text grows with the chart, within what a phone and a projector need.
	const headSize = Math.round(Math.min(19, Math.max(15, width / 38)));
	const whatSize = Math.max(13, Math.round(headSize * 0.82));
	const headingSize = headSize;
	const barHeight = Math.round(headSize * 1.2);
	const textWidth = width - START - END;
	// Measured by the generous estimate: a line fits however the fonts differ. Japanese has no
	// spaces: it breaks between words, never before 、。 or after 「.
	const measure = (text: string, size: number) => estimatedEms(text, CHAR_WIDTH) * size;
	const breaks = /^ja\b/.test(edition.lang) ? (text: string) => japaneseBreaks(text) : undefined;
	// One scale for both agencies: the same number of girls is the same length.
	const x = linearScale([0, Math.max(...counts.map((c) => c.girlsBarred))], [0, textWidth]);

	const groups: BarredLayout['groups'] = [];
	// `bottom` is the lowest point drawn so far; each line's box starts below it.
	let bottom = 0;
	const lineAt = (size: number, gap = 0) => {
		const baseline = Math.round(bottom + gap + size * ASCENT);
		bottom = baseline + size * DESCENT;
		return baseline;
	};
	for (const agency of [...new Set(counts.map((c) => c.agency))]) {
		const group = {
			agency,
			heading: fill(labels.barred.counted_by, { agency: dataTerm(edition, 'girls-barred-count.csv:agency', agency) }),
			y: lineAt(headingSize, groups.length ? headSize * 0.9 : 0),
			rows: [] as BarredRow[]
		};
		for (const count of counts.filter((c) => c.agency === agency)) {
			const lines = (text: string, size: number, gap: number) =>
				wrapText(text, textWidth, size, false, measure, breaks).map((line, i) => ({
					text: line,
					y: lineAt(size, i === 0 ? gap : 0)
				}));
			const head = countText(count, edition);
			const row = fill(labels.barred.row, { count: head, date: whenText(count, edition, true) });
			const headLines = lines(row, headSize, headSize * 0.45);
			const whatLines = lines(
				dataTerm(edition, 'girls-barred-count.csv:what_is_counted', count.whatIsCounted),
				whatSize,
				0
			);
			const barY = Math.round(bottom + whatSize * 0.3);
			bottom = barY + barHeight;
			group.rows.push({
				count,
				countText: head,
				headLines,
				whatLines,
				barY,
				barWidth: Math.round(x(count.girlsBarred) * 10) / 10
			});
		}
		groups.push(group);
	}
	const rtl = readsRightToLeft(edition);
	const start = fromStart(START, width, rtl);
	return { width, height: Math.ceil(bottom + 4), start, rtl, headingSize, headSize, whatSize, barHeight, groups };
}

/** The left edge of a bar `barWidth` long: at the start, or right to left that far left of it. */
export const barX = ({ start, rtl }: Pick<BarredLayout, 'start' | 'rtl'>, barWidth: number) =>
	rtl ? start - barWidth : start;
