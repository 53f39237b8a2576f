// What a map state's legend says, computed from the state and the data: the one source of the
// legend on the page (MapLegend.svelte) and in the exported images (export-layout.ts).
import type { MapState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import { dataTerm } from '../model/data-terms.js';
import { fill, type EditionWords } from '../model/edition.js';
import { schoolsOf165 } from './chart-meta.js';
import { classRanges, formatCount } from './format.js';
import { NO_DATA_FILL } from './map-sprite.js';
import { ACCENT_FILL, EARLIER_FILL, classFill } from './palette.js';

/** A legend swatch, as LegendKey draws it. */
export interface LegendKeyStyle {
	/** A colour or url(#pattern) for a square key */
	fill?: string;
	shape?: 'square' | 'dashed' | 'dot' | 'star';
}

export interface LegendItem {
	key: LegendKeyStyle;
	label: string;
}

export interface MapLegendContent {
	/** The marks the state uses: they carry over from step to step */
	marks: LegendItem[];
	/** The choropleth's title, "Label (unit)", or null for a map without one */
	title: string | null;
	/** The choropleth's classes, then "no data", then the star of a small survey base */
	classes: LegendItem[];
}

export function mapLegend(chart: MapState, data: StoryData, edition: EditionWords): MapLegendContent {
	const { labels, locale } = edition;
	const map = labels.map;
	const schools = schoolsOf165(data, locale);
	const marks: LegendItem[] = [];
	if (chart.highlight.length) {
		marks.push({
			key: { fill: ACCENT_FILL },
			label: chart.choropleth ? fill(map.highlighted_165, { schools }) : map.highlighted
		});
	}
	if (chart.earlier.length) marks.push({ key: { fill: EARLIER_FILL }, label: map.earlier });
	if (chart.regionOutlines.length) marks.push({ key: { shape: 'dashed' }, label: fill(map.regions, { schools }) });
	if (chart.reportDots.length) marks.push({ key: { shape: 'dot' }, label: map.reports });

	const indicator = chart.choropleth ? data.indicators[chart.choropleth] : null;
	if (!indicator) return { marks, title: null, classes: [] };
	const withData = Object.keys(indicator.values).length;
	const phrases = { under: map.class_under, between: map.class_between, orMore: map.class_or_more };
	const classes: LegendItem[] = classRanges(indicator.breaks, indicator.unit, locale, phrases).map((range, i) => ({
		key: { fill: classFill(i, indicator.breaks.length + 1) },
		label: range
	}));
	const total = data.provinces.length;
	classes.push({
		key: { fill: NO_DATA_FILL },
		label: fill(map.no_data, { missing: formatCount(total - withData, locale), total: formatCount(total, locale) })
	});
	if (chart.caveated.length) classes.push({ key: { shape: 'star' }, label: map.small_base });
	const title = fill(map.legend_title, {
		indicator: dataTerm(edition, 'indicators.csv:short_label', indicator.shortLabel),
		unit: dataTerm(edition, 'indicators.csv:unit', indicator.unit)
	});
	return { marks, title, classes };
}
