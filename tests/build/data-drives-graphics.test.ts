// What an editor adds to data/ reaches the drawn graphic, as the server draws it for the page,
// the embeds and the images: the 165 schools' provinces, labelled; a new indicator with its
// legend, distinct colours and the count of provinces without data.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Graphic from '$lib/charts/Graphic.svelte';
import shapes from '$lib/generated/map-shapes.json';
import { mapMeta } from '$lib/model/content';
import { renderComponent } from '$lib/export/render-component.server';
import { editionWords } from '$lib/model/edition-words.server';
import { buildOutputs } from '../../src/data-build/build-data.js';
import { chartState, type MapState } from '../../src/lib/model/chart-state.js';
import type { StoryData } from '../../src/lib/model/data.js';
import type { MapShapes } from '../../src/lib/model/map.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dataWith(change: (dir: string) => void): StoryData {
	const dir = mkdtempSync(join(tmpdir(), 'drives-graphics-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	change(dir);
	return JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
}

const draw = (chart: MapState, data: StoryData, labelPixels?: number) =>
	renderComponent(
		Graphic,
		{
			chart,
			data,
			meta: mapMeta,
			standalone: shapes as MapShapes,
			interactive: false,
			labelPixels
		},
		editionWords('en')
	).body;

describe('the drawn map follows data/', () => {
	it('labels every province of the 165 schools once they are listed, at the story’s size and the social card’s', () => {
		const data = dataWith((dir) =>
			writeFileSync(
				join(dir, 'japan-165-provinces.csv'),
				'province,source_id,note\nNangarhar,unicef-165-schools-2023,\nKhowst,unicef-165-schools-2023,\nPaktya,unicef-165-schools-2023,\n'
			)
		);
		const state = chartState('map', 'primary-165', data) as MapState;
		for (const labelPixels of [13, 20]) {
			const html = draw(state, data, labelPixels);
			for (const iso of ['AF-NAN', 'AF-KHO', 'AF-PIA'])
				expect(html, `${iso} at ${labelPixels} px`).toContain(`data-label="${iso}"`);
			expect(html).not.toContain('data-unlocated');
		}
	});

	it('always names a starred province (a value to read with caution), however small the map is drawn', () => {
		const data = dataWith(() => {});
		const state = chartState('map', 'women-secondary', data) as MapState;
		expect(state.caveated).toEqual(['AF-ZAB']);
		// 13 px labels on a map drawn 600, 300 and 200 px wide.
		for (const labelPixels of [13, 26, 39])
			expect(draw(state, data, labelPixels), `${labelPixels}`).toMatch(/data-label="AF-ZAB"[^>]*>Zabul\*<\/text>/);
	});

	it('draws a new indicator with few values in distinct colours, and says how many provinces have no data', () => {
		const data = dataWith((dir) => {
			writeFileSync(
				join(dir, 'indicators/girls-attendance.csv'),
				'province,girls_secondary_nar,source_id\nKabul,51,dhs-2015-fr323\nKhost,2,dhs-2015-fr323\n'
			);
			writeFileSync(
				join(dir, 'indicators.csv'),
				`${readFileSync(join(dir, 'indicators.csv'), 'utf8')}girls-attendance,indicators/girls-attendance.csv,girls_secondary_nar,"Girls' secondary attendance",Girls in secondary school,%,0,100,,,Test.,\n`
			);
			writeFileSync(
				join(dir, 'data-terms.csv'),
				// Every edition's words for the new indicator (the build requires them; these tests do not read them).
				readFileSync(join(dir, 'data-terms.csv'), 'utf8') +
					readdirSync(dir)
						.map((file) => /^copy\.([a-z]+)\.aml$/.exec(file)?.[1])
						.filter((lang) => lang !== undefined && lang !== 'en')
						.map(
							(lang) =>
								`${lang},indicators.csv,label,Girls' secondary attendance,女子の中等学校就学,\n${lang},indicators.csv,short_label,Girls in secondary school,中等学校に通う女子,\n`
						)
						.join('')
			);
		});
		const html = draw(chartState('map', 'choropleth:girls-attendance', data) as MapState, data);
		expect(html).toContain('under 51%');
		expect(html).toContain('51% or more');
		expect(html).toContain('No data (32 of 34)');
		const fill = (iso: string) => new RegExp(`data-iso="${iso}" fill="([^"]+)"`).exec(html)?.[1];
		expect(fill('AF-KAB')).not.toBe(fill('AF-KHO'));
	});
});
