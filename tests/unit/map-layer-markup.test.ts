// The map drawing written as markup: every province once with its fill, and text escaped.
import { describe, expect, it } from 'vitest';
import { highlightMarkup, mapMarksMarkup, provinceFill, provincesMarkup } from '../../src/lib/charts/map-layer-markup';
import { ACCENT_FILL } from '../../src/lib/charts/palette';
import { data, mapMeta } from '../../src/lib/model/content';
import type { MapState } from '../../src/lib/model/chart-state';
import type { Iso } from '../../src/lib/model/data';

const chart: MapState = {
	graphic: 'map',
	choropleth: null,
	highlight: ['AF-KAB'] as Iso[],
	earlier: [],
	labels: ['AF-KAB'] as Iso[],
	regionOutlines: [],
	reportDots: ['AF-KAB'] as Iso[],
	caveated: ['AF-KAB', 'AF-ZAB'] as Iso[]
} as unknown as MapState;

describe('map layer markup', () => {
	it('draws all 34 provinces once, the highlighted one in the accent', () => {
		const markup = provincesMarkup(chart, data, mapMeta);
		expect(markup.match(/data-iso="/g)).toHaveLength(34);
		expect(markup).toContain(`<use href="#prov-AF-KAB" data-iso="AF-KAB" fill="${ACCENT_FILL}"/>`);
		expect(provinceFill('AF-KAB' as Iso, chart, data)).toBe(ACCENT_FILL);
		expect(highlightMarkup(chart)).toContain('href="#prov-AF-KAB" class="highlight-edge"');
	});

	it('marks report dots and labels with their province', () => {
		const labels = {
			fontSize: 12,
			placed: [{ id: 'AF-KAB', text: 'Kabul', x: 10, y: 20, box: { left: 0, top: 0, right: 1, bottom: 1 } }]
		};
		const markup = mapMarksMarkup(chart, mapMeta, labels);
		expect(markup).toContain('data-report="AF-KAB"');
		expect(markup).toContain('data-label="AF-KAB"');
	});

	it('escapes label text', () => {
		const labels = {
			fontSize: 12,
			placed: [{ id: 'region-x', text: 'A & <B>', x: 1, y: 2, box: { left: 0, top: 0, right: 1, bottom: 1 } }]
		};
		expect(mapMarksMarkup({ ...chart, reportDots: [] }, mapMeta, labels)).toContain('>A &amp; &lt;B&gt;</text>');
	});
});
