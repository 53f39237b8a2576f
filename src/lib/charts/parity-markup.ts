// The parity chart's drawing (ParityChart.svelte) as SVG markup, at a given width. Nothing in
// it animates, so it is written as one string: the browser parses it far faster than a slow
// phone builds or hydrates its hundred-odd elements one by one (see map-layer-markup.ts).
import { line } from 'd3-shape';
import type { ParityState } from '../story/chart-state.js';
import type { ParityYear } from '../types/data.js';
import { ACCENT_FILL, LINE_PRIMARY, LINE_SECONDARY } from './palette.js';
import { linearScale, ticks } from './scales.js';
import { round2 } from './svg-markup.js';

const MARGIN = { top: 24, right: 16, bottom: 34, left: 44 };
const SERIES = [
	{ key: 'primary', label: 'Primary', pick: (d: ParityYear) => d.primary, colour: LINE_PRIMARY, dash: '' },
	{ key: 'secondary', label: 'Secondary', pick: (d: ParityYear) => d.secondary, colour: LINE_SECONDARY, dash: '6 4' }
] as const;

/** The chart's height at a width: wide enough to read, never taller than 360. */
export const parityHeight = (width: number) => Math.round(Math.min(360, Math.max(260, width * 0.62)));

export function parityMarkup(chart: ParityState, years: ParityYear[], width: number): string {
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
		return line<ParityYear | null>().defined((d) => d !== null && pick(d) !== null).x((d) => x(d!.year)).y((d) => y(pick(d!)!))(points) ?? '';
	};
	// A dot on every year with a value, all in one path.
	const dotsOf = (pick: (d: ParityYear) => number | null) =>
		years.flatMap((d) => (pick(d) === null ? [] : [`M${round2(x(d.year) - 3)} ${y(pick(d)!)}a3 3 0 1 0 6 0a3 3 0 1 0-6 0`])).join('');
	const dash = (pattern: string) => (pattern ? ` stroke-dasharray="${pattern}"` : '');

	const parts: string[] = [];
	for (const t of [0, 0.25, 0.5, 0.75, 1]) {
		parts.push(`<line class="grid${t === 1 ? ' parity-line' : ''}" x1="${M.left}" x2="${width - M.right}" y1="${y(t)}" y2="${y(t)}"/>`);
		parts.push(`<text class="tick" x="${M.left - 6}" y="${y(t)}" dy="0.35em" text-anchor="end">${t === 1 ? '1.0' : t}</text>`);
	}
	parts.push(`<text class="note" x="${width - M.right}" y="${y(1) - 6}" text-anchor="end">1.0 = girls' rate equals boys'</text>`);
	// The first year starts at the axis rather than centring on it: centred, it runs under the "0".
	for (const t of ticks([first, last], width < 420 ? 10 : 5)) {
		parts.push(`<text class="tick" x="${x(t)}" y="${height - M.bottom + 20}" text-anchor="${t === first ? 'start' : 'middle'}">${t}</text>`);
	}
	if (chart.emphasis === 'after-2001') {
		parts.push(`<rect class="era after" x="${x(2002)}" y="${M.top}" width="${round2(x(last) - x(2002))}" height="${height - M.top - M.bottom}"/>`);
	}
	for (const s of SERIES) {
		parts.push(`<path class="series" d="${pathOf(s.pick)}" stroke="${s.colour}"${dash(s.dash)} data-series="${s.key}"/>`);
		parts.push(`<path d="${dotsOf(s.pick)}" fill="${s.colour}" data-dots="${s.key}"/>`);
	}
	if (chart.emphasis === 'first-taliban-era') {
		const zeroYears = years.filter((d) => d.primary === 0);
		const lowest = years.filter((d) => d.year < 2002 && d.primary !== null && d.primary > 0 && d.primary < 0.2);
		for (const d of [...lowest, ...zeroYears]) {
			parts.push(`<circle class="mark" cx="${x(d.year)}" cy="${y(d.primary!)}" r="7" stroke="${ACCENT_FILL}" data-marked="${d.year}"/>`);
		}
		// On a phone the only clear space is the top left, above the 1990s values.
		const annotationX = narrow ? M.left + 6 : x(zeroYears[0]?.year ?? 2000) + 12;
		['Under the first', 'Taliban government:', 'none recorded'].forEach((text, i) => {
			parts.push(`<text class="annotation" x="${round2(annotationX)}" y="${round2(y(narrow ? 0.93 : 0.24) + i * 21)}">${text}</text>`);
		});
	} else {
		const peak = years.reduce((best, d) => ((d.primary ?? 0) > (best.primary ?? 0) ? d : best));
		parts.push(`<text class="annotation" x="${x(peak.year)}" y="${round2(y(peak.primary!) - 14)}" text-anchor="middle">${peak.primary} in ${peak.year}</text>`);
	}
	// The key sits bottom right, where the lines never go (after 2005 both stay above 0.2).
	const key = SERIES.map(
		(s, i) =>
			`<line x1="0" x2="26" y1="${i * 20 + 8}" y2="${i * 20 + 8}" stroke="${s.colour}" stroke-width="3"${dash(s.dash)}/>` +
			`<text x="32" y="${i * 20 + 8}" dy="0.35em">${s.label}</text>`
	);
	parts.push(`<g class="key" transform="translate(${width - M.right - 112}, ${y(0.2)})">${key.join('')}</g>`);
	return parts.join('');
}
