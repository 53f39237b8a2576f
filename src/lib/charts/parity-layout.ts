// Where everything of the parity chart (ParityChart.svelte) goes at a given width: gridlines
// and ticks, a path per series with a dot on every year that has a value, the era band, the
// marks and annotations of the state, and the key. Gaps in the years stay gaps. Time runs left to
// right in every edition, as in Dari and Pashto news graphics; right to left, the words are set
// from the right (the key's swatches on its right, its labels to their left; a note right-aligned)
// (docs/translating.md).
import { line } from 'd3-shape';
import type { ParityState } from '../model/chart-state.js';
import type { ParityYear } from '../model/data.js';
import { chartLines, fill, type EditionWords } from '../model/edition.js';
import { formatDecimal, formatRatio, formatYear } from './format.js';
import { LINE_PRIMARY, LINE_SECONDARY } from './palette.js';
import { linearScale, ticks } from './scales.js';
import { round2 } from './svg-markup.js';
import { readsRightToLeft } from './text-direction.js';
import { estimatedEms } from './wrap-text.js';

const MARGIN = { top: 24, right: 16, bottom: 34, left: 44 };
const SERIES = [
	{ key: 'primary', pick: (d: ParityYear) => d.primary, colour: LINE_PRIMARY, dash: undefined },
	{ key: 'secondary', pick: (d: ParityYear) => d.secondary, colour: LINE_SECONDARY, dash: '6 4' }
] as const;

/** The chart's height at a width: wide enough to read, never taller than 360. */
export const parityHeight = (width: number) => Math.round(Math.min(360, Math.max(260, width * 0.62)));

export interface ParityLayout {
	width: number;
	height: number;
	rtl: boolean;
	margin: typeof MARGIN;
	gridlines: { value: number; y: number; label: string }[];
	/** Where the note on the line at 1.0 sits */
	parityNoteY: number;
	yearTicks: { year: number; label: string; x: number; anchor: 'start' | 'middle' }[];
	/** The years after the first Taliban era, shaded */
	era: { x: number; width: number } | null;
	series: { key: string; label: string; colour: string; dash: string | undefined; path: string; dots: string }[];
	/** Circled years: the first era's lowest values and zeros */
	marks: { year: number; x: number; y: number }[];
	annotation: { x: number; anchor: 'start' | 'middle' | 'end'; lines: { text: string; y: number }[] };
	/** The key's place, and in it each swatch from x1 to x2 and its label's x, anchored at its reading start */
	key: { x: number; y: number; swatch: { x1: number; x2: number }; labelX: number };
}

/** A generous estimate of a character's width, as a share of the font size (see barred-layout.ts). */
const CHAR_WIDTH = 0.6;
const ANNOTATION_SIZE = 15;
const KEY_WIDTH = 112;

export function layoutParity(
	chart: ParityState,
	years: ParityYear[],
	width: number,
	edition: EditionWords
): ParityLayout {
	const { labels, locale } = edition;
	const rtl = readsRightToLeft(edition);
	const height = parityHeight(width);
	const M = MARGIN;
	const narrow = width < 480;
	const first = years[0].year;
	const last = years[years.length - 1].year;
	const x = (year: number) => round2(linearScale([first, last], [M.left, width - M.right])(year));
	const y = (value: number) => round2(linearScale([0, 1], [height - M.bottom, M.top])(value));

	// A missing year breaks the line: d3's `defined` plus a check for a gap in the years.
	const pathOf = (pick: (d: ParityYear) => number | null) => {
		const points: (ParityYear | null)[] = [];
		years.forEach((d, i) => {
			if (i > 0 && d.year - years[i - 1].year > 1) points.push(null);
			points.push(d);
		});
		return (
			line<ParityYear | null>()
				.defined((d) => d !== null && pick(d) !== null)
				.x((d) => x(d!.year))
				.y((d) => y(pick(d!)!))(points) ?? ''
		);
	};
	// A dot on every year with a value, all in one path.
	const dotsOf = (pick: (d: ParityYear) => number | null) =>
		years
			.flatMap((d) =>
				pick(d) === null ? [] : [`M${round2(x(d.year) - 3)} ${y(pick(d)!)}a3 3 0 1 0 6 0a3 3 0 1 0-6 0`]
			)
			.join('');

	let marks: ParityLayout['marks'] = [];
	let annotation: ParityLayout['annotation'];
	if (chart.emphasis === 'first-taliban-era') {
		const zeroYears = years.filter((d) => d.primary === 0);
		const lowest = years.filter((d) => d.year < 2002 && d.primary !== null && d.primary > 0 && d.primary < 0.2);
		marks = [...lowest, ...zeroYears].map((d) => ({ year: d.year, x: x(d.year), y: y(d.primary!) }));
		// On a phone the only clear space is the top left, above the 1990s values.
		const annotationX = narrow ? M.left + 6 : x(zeroYears[0]?.year ?? 2000) + 12;
		const top = y(narrow ? 0.93 : 0.24);
		const lines = chartLines(labels.parity.first_era).map((text, i) => ({
			text,
			y: round2(top + i * 21)
		}));
		// Right to left, the lines are right-aligned in the same clear space: they end where the
		// longest is estimated to end, within the chart.
		const longest = Math.max(...lines.map((line) => estimatedEms(line.text, CHAR_WIDTH) * ANNOTATION_SIZE));
		annotation = rtl
			? { x: round2(Math.min(annotationX + longest, width - M.right)), anchor: 'end', lines }
			: { x: round2(annotationX), anchor: 'start', lines };
	} else {
		const peak = years.reduce((best, d) => ((d.primary ?? 0) > (best.primary ?? 0) ? d : best));
		annotation = {
			x: x(peak.year),
			anchor: 'middle',
			lines: [
				{
					text: fill(labels.parity.peak, {
						value: formatRatio(peak.primary!, locale),
						year: formatYear(peak.year, locale)
					}),
					y: round2(y(peak.primary!) - 14)
				}
			]
		};
	}

	return {
		width,
		height,
		rtl,
		margin: M,
		gridlines: [0, 0.25, 0.5, 0.75, 1].map((value) => ({
			value,
			y: y(value),
			label: value === 1 ? formatDecimal(1, 1, locale) : formatRatio(value, locale)
		})),
		parityNoteY: y(1) - 6,
		// The first year starts at the axis rather than centring on it: centred, it runs under the "0".
		yearTicks: ticks([first, last], width < 420 ? 10 : 5).map((year) => ({
			year,
			label: formatYear(year, locale),
			x: x(year),
			anchor: year === first ? 'start' : 'middle'
		})),
		era: chart.emphasis === 'after-2001' ? { x: x(2002), width: round2(x(last) - x(2002)) } : null,
		series: SERIES.map((s) => ({
			key: s.key,
			label: labels.parity[s.key],
			colour: s.colour,
			dash: s.dash,
			path: pathOf(s.pick),
			dots: dotsOf(s.pick)
		})),
		marks,
		annotation,
		// The key sits bottom right, where the lines never go (after 2005 both stay above 0.2):
		// from its left edge, or right to left from its right edge.
		key: rtl
			? { x: width - M.right, y: y(0.2), swatch: { x1: -26, x2: 0 }, labelX: -32 }
			: { x: width - M.right - KEY_WIDTH, y: y(0.2), swatch: { x1: 0, x2: 26 }, labelX: 32 }
	};
}
