// Kept as markup, not Svelte elements: built one by one, its ~100 elements would cost a slow phone about half as much again (measured on the ladder: docs/architecture.md).
// The inside of one map drawing (MapLayer.svelte) as SVG markup: the province fills and
// borders, highlighted edges and region outlines, then the report dots and labels. Written as
// strings rather than as Svelte elements because a map has a hundred-odd elements: the browser
// parses a string far faster than a slow phone runs the code that builds or hydrates the same
// elements one by one.
//
// The provinces and their borders are written once per drawing and kept: a new state only
// changes their fills (updateProvinceFills), which a browser repaints without laying anything
// out again. Laying out 34 new <use> elements, each a copy of a province's path, was about two
// thirds of the style and layout of a new drawing (7 of 11 ms at 4x CPU slowdown).
import type { MapState } from '../model/chart-state.js';
import type { Iso, StoryData } from '../model/data.js';
import type { MapMeta } from '../model/map.js';
import { fontSizeFor, placeLabels, type LabelCandidate, type PlacedLabel } from './label-placement.js';
import { ACCENT_BORDER, ACCENT_FILL, BASE_FILL, BORDER, EARLIER_FILL, choroplethFill } from './palette.js';
import { BORDERS_REF, NO_DATA_FILL, OUTLINE_REF, provinceRef, regionRef } from './map-sprite.js';
import { attributes, escapeMarkup, round2 } from './svg-markup.js';
import { chartText } from './text-direction.js';

/** Fill of a province: highlighted, else its class on the choropleth (hatched when unknown), else earlier project or base. */
export function provinceFill(iso: Iso, chart: MapState, data: StoryData): string {
	if (chart.highlight.includes(iso)) return ACCENT_FILL;
	const indicator = chart.choropleth ? data.indicators[chart.choropleth] : null;
	if (indicator) {
		const value = indicator.values[iso];
		return value ? choroplethFill(value.value, indicator.breaks) : NO_DATA_FILL;
	}
	return chart.earlier.includes(iso) ? EARLIER_FILL : BASE_FILL;
}

/** The 34 provinces with their fills in this state, then the borders between them. */
export function provincesMarkup(chart: MapState, data: StoryData, meta: MapMeta): string {
	const provinces = meta.provinces
		.map(
			(p) =>
				`<use${attributes({ href: provinceRef(p.iso), 'data-iso': p.iso, fill: provinceFill(p.iso as Iso, chart, data) })}/>`
		)
		.join('');
	return (
		`<g class="provinces">${provinces}</g>` +
		`<use${attributes({ href: BORDERS_REF, class: 'borders', fill: 'none', stroke: BORDER })}/>`
	);
}

/** Gives each province drawn by provincesMarkup its fill in this state, touching only those that change. */
export function updateProvinceFills(svg: Element, chart: MapState, data: StoryData): void {
	for (const province of svg.querySelectorAll('.provinces [data-iso]')) {
		const fill = provinceFill(province.getAttribute('data-iso') as Iso, chart, data);
		if (province.getAttribute('fill') !== fill) province.setAttribute('fill', fill);
	}
}

/** The edges of the highlighted provinces, drawn over the borders. */
export function highlightMarkup(chart: MapState): string {
	return chart.highlight
		.map(
			(iso) =>
				`<use${attributes({ href: provinceRef(iso), class: 'highlight-edge', fill: 'none', stroke: ACCENT_BORDER })}/>`
		)
		.join('');
}

/** The country's outline, over the highlighted edges: the same in every state. */
export const OUTLINE_MARKUP = `<use${attributes({ href: OUTLINE_REF, class: 'outline', fill: 'none', stroke: BORDER })}/>`;

/** Dashed region outlines, each on a halo that keeps it legible over any fill. */
export function regionsMarkup(chart: MapState): string {
	return chart.regionOutlines
		.map(
			(region) =>
				`<use${attributes({ href: regionRef(region), class: 'region-halo', fill: 'none' })}/>` +
				`<use${attributes({ href: regionRef(region), class: 'region-outline', fill: 'none', 'data-region': region })}/>`
		)
		.join('');
}

/** Where each report dot goes: under its province's label, at the label's size. */
export function reportDots(chart: MapState, meta: MapMeta, fontSize: number) {
	return chart.reportDots.map((iso) => {
		const [x, y] = meta.provinces.find((p) => p.iso === iso)!.centroid;
		return { id: iso, x, y: y + fontSize * 1.1, r: fontSize * 0.42 };
	});
}

/**
 * The labels of a map drawn `drawnWidth` CSS pixels wide, each `labelPixels` tall on screen:
 * region names first (a dashed outline without its name would be a riddle), then provinces in
 * the state's order, by their `names` in the edition (provinces by code, regions by their English
 * name; the data's own where it has none); a highlighted or starred province is
 * always named, farther out with a leader line if need be; no label covers another province's
 * report dot.
 */
export function mapLabels(
	chart: MapState,
	meta: MapMeta,
	labelPixels: number,
	drawnWidth: number,
	names: Record<string, string>
): { fontSize: number; placed: PlacedLabel[] } {
	const fontSize = fontSizeFor(labelPixels, meta.width, drawnWidth);
	const regionLabels: LabelCandidate[] = chart.regionOutlines.map((name) => {
		const region = meta.regions.find((r) => r.name === name)!;
		return { id: `region-${name}`, text: names[name] ?? name, x: region.centroid[0], y: region.centroid[1] };
	});
	const provinceLabels: LabelCandidate[] = chart.labels.map((iso) => {
		const p = meta.provinces.find((province) => province.iso === iso)!;
		const caveated = chart.caveated.includes(iso);
		const name = names[iso] ?? p.name;
		return {
			id: iso,
			text: caveated ? `${name}*` : name,
			x: p.centroid[0],
			y: p.centroid[1],
			required: caveated || chart.highlight.includes(iso)
		};
	});
	const dots = reportDots(chart, meta, fontSize).map(({ id, x, y, r }) => ({
		id,
		box: { left: x - r, right: x + r, top: y - r, bottom: y + r }
	}));
	return {
		fontSize,
		placed: placeLabels(
			[...regionLabels, ...provinceLabels],
			{ fontSize, width: meta.width, height: meta.height },
			dots
		)
	};
}

/** Report dots under their provinces' labels, then the labels that fit at this size, in the edition's direction (`rtl`: a caveat's star after a name, on its left). */
export function mapMarksMarkup(
	chart: MapState,
	meta: MapMeta,
	labels: { fontSize: number; placed: PlacedLabel[] },
	rtl = false
): string {
	const dots = reportDots(chart, meta, labels.fontSize).map(
		({ id, x, y, r }) =>
			`<circle${attributes({ class: 'report-dot', cx: round2(x), cy: round2(y), r: round2(r), 'data-report': id })}/>`
	);
	const texts = labels.placed.map((label) => {
		const hooks = { 'data-label': label.id, class: label.id.startsWith('region-') ? 'region-label' : undefined };
		return `<text${attributes({ x: round2(label.x), y: round2(label.y), dy: '0.35em', 'text-anchor': 'middle', ...hooks })}>${escapeMarkup(chartText(label.text, rtl))}</text>`;
	});
	// From a province to its label placed away from it, stopping short of the label's box.
	const leaders = labels.placed
		.filter((label) => label.leaderFrom)
		.map((label) => {
			const { x, y } = label.leaderFrom!;
			const endY = label.y > y ? label.box.top : label.box.bottom;
			const endX = Math.min(Math.max(x, label.box.left), label.box.right);
			return `<line${attributes({ x1: round2(x), y1: round2(y), x2: round2(endX), y2: round2(endY), 'data-leader': label.id })}/>`;
		});
	return `${dots.join('')}<g class="leaders">${leaders.join('')}</g><g class="labels" font-size="${round2(labels.fontSize)}">${texts.join('')}</g>`;
}
