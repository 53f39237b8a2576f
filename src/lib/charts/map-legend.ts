// What a map state's legend says, computed from the state and the data: the one source of the
// legend on the page (MapLegend.svelte) and in the exported images (export-layout.ts).
import type { MapState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import { schoolsOf165 } from './chart-meta.js';
import { classRanges } from './format.js';
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

export function mapLegend(chart: MapState, data: StoryData): MapLegendContent {
	const marks: LegendItem[] = [];
	if (chart.highlight.length) {
		marks.push({
			key: { fill: ACCENT_FILL },
			label: chart.choropleth ? `Province of the ${schoolsOf165(data)} schools` : "Named in Japan's project"
		});
	}
	if (chart.earlier.length) marks.push({ key: { fill: EARLIER_FILL }, label: 'Named in an earlier project' });
	if (chart.regionOutlines.length)
		marks.push({
			key: { shape: 'dashed' },
			label: `Region reported for the ${schoolsOf165(data)} schools (unconfirmed)`
		});
	if (chart.reportDots.length)
		marks.push({ key: { shape: 'dot' }, label: 'Local news report of a Japan-funded school (single source)' });

	const indicator = chart.choropleth ? data.indicators[chart.choropleth] : null;
	if (!indicator) return { marks, title: null, classes: [] };
	const withData = Object.keys(indicator.values).length;
	const classes: LegendItem[] = classRanges(indicator.breaks, indicator.unit).map((range, i) => ({
		key: { fill: classFill(i, indicator.breaks.length + 1) },
		label: range
	}));
	classes.push({
		key: { fill: NO_DATA_FILL },
		label: `No data (${data.provinces.length - withData} of ${data.provinces.length})`
	});
	if (chart.caveated.length) classes.push({ key: { shape: 'star' }, label: 'Very small survey base' });
	return { marks, title: `${indicator.shortLabel} (${indicator.unit})`, classes };
}
