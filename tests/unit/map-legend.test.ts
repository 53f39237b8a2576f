// A map's legend is computed from its state and the data, once, for the page and the images:
// these pin what it says in the cases an editor's data can produce.
import { describe, expect, it } from 'vitest';
import { mapLegend } from '../../src/lib/charts/map-legend';
import { ACCENT_FILL, SEQUENTIAL } from '../../src/lib/charts/palette';
import { NO_DATA_FILL } from '../../src/lib/charts/map-sprite';
import type { MapState } from '../../src/lib/model/chart-state';
import { data } from '../../src/lib/model/content';
import { editionWords } from '../../src/lib/model/edition-words.server';
import type { Indicator, Iso, StoryData } from '../../src/lib/model/data';

const plain: MapState = {
	graphic: 'map',
	choropleth: null,
	highlight: [],
	earlier: [],
	regionOutlines: [],
	reportDots: [],
	labels: [],
	caveated: [],
	projects: [],
	unlocated: null
};

/** The story's data with one more indicator, `test`, with these breaks and values. */
function withIndicator(breaks: number[], values: Partial<Record<Iso, number>>): StoryData {
	const indicator: Indicator = {
		id: 'test',
		label: 'Test indicator',
		shortLabel: 'Test',
		unit: '%',
		description: '',
		breaks,
		values: Object.fromEntries(
			Object.entries(values).map(([iso, value]) => [iso, { value: value!, sourceId: 'x', method: null, caveat: null }])
		)
	};
	return { ...data, indicators: { ...data.indicators, test: indicator } };
}

const labels = (items: { label: string }[]) => items.map((item) => item.label);
const english = editionWords('en');

describe('mapLegend', () => {
	it('says nothing for a plain map', () => {
		expect(mapLegend(plain, data, english)).toEqual({ marks: [], title: null, classes: [] });
	});

	it('gives a choropleth with few values its two classes, light and dark, and counts the provinces without data', () => {
		const few = withIndicator([10], { 'AF-KAB': 4, 'AF-HER': 12, 'AF-BAL': 30 });
		const legend = mapLegend({ ...plain, choropleth: 'test' }, few, english);
		expect(legend.title).toBe('Test (%)');
		expect(labels(legend.classes)).toEqual([
			'under 10%',
			'10% or more',
			`No data (${data.provinces.length - 3} of ${data.provinces.length})`
		]);
		expect(legend.classes.map((item) => item.key.fill)).toEqual([
			SEQUENTIAL[0],
			SEQUENTIAL[SEQUENTIAL.length - 1],
			NO_DATA_FILL
		]);
	});

	it('shows a choropleth with no data at all as every province hatched, with no classes to read', () => {
		const none = withIndicator([], {});
		const legend = mapLegend({ ...plain, choropleth: 'test' }, none, english);
		expect(labels(legend.classes)).toEqual([`No data (${data.provinces.length} of ${data.provinces.length})`]);
		expect(legend.classes[0].key.fill).toBe(NO_DATA_FILL);
	});

	it('names the provinces of the 165 schools over a choropleth, and a project’s provinces on a plain map', () => {
		const provinces165 = ['AF-KAB', 'AF-NAN'] as Iso[];
		const over = mapLegend(
			{ ...plain, choropleth: 'women-secondary-or-higher', highlight: provinces165, regionOutlines: ['East'] },
			data,
			english
		);
		expect(labels(over.marks)).toEqual([
			'Province of the 165 schools',
			'Region reported for the 165 schools (unconfirmed)'
		]);
		expect(over.marks[0].key).toEqual({ fill: ACCENT_FILL });
		expect(over.marks[1].key).toEqual({ shape: 'dashed' });
		expect(labels(mapLegend({ ...plain, highlight: provinces165 }, data, english).marks)).toEqual([
			"Named in Japan's project"
		]);
	});

	it('explains the star only where a starred province is drawn', () => {
		const state = { ...plain, choropleth: 'women-secondary-or-higher' };
		expect(labels(mapLegend(state, data, english).classes)).not.toContain('Very small survey base');
		const starred = mapLegend({ ...state, caveated: ['AF-ZAB'] as Iso[] }, data, english);
		expect(starred.classes.at(-1)).toEqual({ key: { shape: 'star' }, label: 'Very small survey base' });
	});
});
