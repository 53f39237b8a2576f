// Where everything of the school ladder (GradeLadder.svelte) goes at a given width: a row per
// rung, grade 1 at the bottom and university at the top (a ladder climbs), the boys' and the
// girls' columns, and the bracket that marks what a primary school teaches. The rungs climb, they
// are not read across: right to left the chart mirrors as a table does (the rung labels on the
// right, then the boys', then the girls' column, the bracket on the left), and the ladder still
// climbs from grade 1 at the bottom (docs/translating.md).
import type { LadderRung, LadderState } from '../model/chart-state.js';
import { fill, type EditionWords } from '../model/edition.js';
import { formatCount } from './format.js';
import { fromStart, readsRightToLeft } from './text-direction.js';

export interface LadderRow {
	label: string;
	rung: LadderRung;
	/** Top of the row */
	y: number;
}

export interface LadderLayout {
	width: number;
	height: number;
	narrow: boolean;
	rtl: boolean;
	rowHeight: number;
	/** Where the rung labels end, beside the boys' column: their right end, or right to left their left end */
	labelX: number;
	columnWidth: number;
	/** Left edges of the columns */
	boysX: number;
	girlsX: number;
	rows: LadderRow[];
	/**
	 * The bracket beside grades 1 to 6, when the state marks a primary school: its upright at `x`,
	 * its ends reaching `towards` the outside (1 rightwards, -1 leftwards right to left)
	 */
	bracket: { x: number; top: number; bottom: number; towards: 1 | -1 } | null;
}

/** Grade 1 to 12, then university: each rung's grade, or null for university. */
const RUNGS: { grade: number | null; rung: LadderRung }[] = [
	...Array.from({ length: 12 }, (_, i) => ({
		grade: i + 1,
		rung: (i < 6 ? 'grades-1-6' : 'grades-7-12') as LadderRung
	})),
	{ grade: null, rung: 'university' }
];
const TOP = 34;

export function layoutLadder(chart: LadderState, width: number, edition: EditionWords): LadderLayout {
	const { labels, locale } = edition;
	const rtl = readsRightToLeft(edition);
	/** A box's left edge, from how far its reading-start edge is from the drawing's */
	const boxX = (distance: number, boxWidth: number) => (rtl ? width - distance - boxWidth : distance);
	const narrow = width < 480;
	const rowHeight = narrow ? 25 : 30;
	const labelWidth = narrow ? 84 : 120;
	const bracketWidth = chart.markPrimary ? (narrow ? 104 : 120) : 8;
	const columnWidth = Math.min(200, (width - labelWidth - 16 - bracketWidth) / 2);
	const y = (index: number) => TOP + (RUNGS.length - 1 - index) * rowHeight;
	return {
		width,
		height: TOP + RUNGS.length * rowHeight + 8,
		narrow,
		rtl,
		rowHeight,
		labelX: fromStart(labelWidth - 10, width, rtl),
		columnWidth,
		boysX: boxX(labelWidth, columnWidth),
		girlsX: boxX(labelWidth + columnWidth + 16, columnWidth),
		rows: RUNGS.map(({ grade, rung }, i) => ({
			label: grade === null ? labels.ladder.university : fill(labels.ladder.grade, { n: formatCount(grade, locale) }),
			rung,
			y: y(i)
		})),
		bracket: chart.markPrimary
			? {
					x: fromStart(labelWidth + columnWidth * 2 + 26, width, rtl),
					top: y(5) + 1,
					bottom: y(0) + rowHeight - 1,
					towards: rtl ? -1 : 1
				}
			: null
	};
}
