// Where everything of the school ladder (GradeLadder.svelte) goes at a given width: a row per
// rung, grade 1 at the bottom and university at the top (a ladder climbs), the boys' and the
// girls' columns, and the bracket that marks what a primary school teaches.
import type { LadderRung, LadderState } from '../model/chart-state.js';
import { fill, type EditionWords } from '../model/edition.js';
import { formatCount } from './format.js';

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
	rowHeight: number;
	/** Right edge of the rung labels, and left of the boys' column */
	labelWidth: number;
	columnWidth: number;
	girlsX: number;
	rows: LadderRow[];
	/** The bracket beside grades 1 to 6, when the state marks a primary school */
	bracket: { x: number; top: number; bottom: number } | null;
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

export function layoutLadder(chart: LadderState, width: number, { labels, locale }: EditionWords): LadderLayout {
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
		rowHeight,
		labelWidth,
		columnWidth,
		girlsX: labelWidth + columnWidth + 16,
		rows: RUNGS.map(({ grade, rung }, i) => ({
			label: grade === null ? labels.ladder.university : fill(labels.ladder.grade, { n: formatCount(grade, locale) }),
			rung,
			y: y(i)
		})),
		bracket: chart.markPrimary
			? { x: labelWidth + columnWidth * 2 + 26, top: y(5) + 1, bottom: y(0) + rowHeight - 1 }
			: null
	};
}
