// The embeds come from the copy: one per distinct graphic and state a step shows, with a
// readable id, so a new step with a new state gets its embed without code; each embed page is
// given its own chart's words and data, and the index hands out the story's embed code.
import { describe, expect, it } from 'vitest';
import { embedsFor } from '$lib/embed/embeds';
import { embedIdFor } from '$lib/embed/embed-id';
import { embedCode } from '$lib/embed/embed-code';
import { embedIndexData, embedPageData } from '$lib/embed/embed-pages.server';
import { embedOr404 } from '$lib/export/image-routes.server';
import { renderComponent } from '$lib/export/render-component.server';
import ChartTools from '$lib/embed/ChartTools.svelte';
import Graphic from '$lib/charts/Graphic.svelte';
import { chartTitle } from '$lib/charts/chart-meta';
import { data, mapMeta } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';

const { copy } = editionCopy('en');
const embeds = embedsFor('en');
import type { ChartState } from '$lib/model/chart-state';
import type { StoryData } from '$lib/model/data';

describe('the list of embeds', () => {
	it('has one embed per distinct graphic and state of the steps, in story order', () => {
		const distinct = [...new Set(copy.steps.map((step) => `${step.graphic}/${step.stateName}`))];
		expect(
			embeds.map((embed) => `${embed.state.graphic}/${copy.steps.find((s) => s.id === embed.stepIds[0])!.stateName}`)
		).toEqual(distinct);
	});

	it('gives every step an embed, found from the step alone', () => {
		for (const step of copy.steps)
			expect(embeds.find((embed) => embed.id === embedIdFor(step))?.stepIds).toContain(step.id);
	});

	it('names embeds with readable slugs', () => {
		for (const embed of embeds) expect(embed.id).toMatch(/^(map|ladder|barred|parity)-[a-z0-9]+(-[a-z0-9]+)*$/);
		const ids = embeds.map((embed) => embed.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'map-women-secondary',
				'map-projects-all',
				'map-primary-165',
				'ladder-university-ban',
				'barred-2030',
				'parity-after-2001'
			])
		);
		expect(embedIdFor({ graphic: 'map', stateName: 'project:kabul-city-2009' })).toBe('map-project-kabul-city-2009');
	});

	it('names the project a project map highlights, since every project map has the same title', () => {
		for (const embed of embeds.filter((e) => e.id.startsWith('map-project-')))
			expect(embed.subtitle).toMatch(/^Highlighted: .+, signed \d/);
	});
});

describe('an embed page’s data', () => {
	const draw = (state: ChartState, storyData: StoryData) =>
		renderComponent(Graphic, { chart: state, data: storyData, meta: mapMeta, interactive: false }).body;

	it('draws each chart exactly as the whole data does, with only the part of the data its graphic reads', () => {
		for (const embed of embeds) {
			const page = embedPageData(embed);
			expect(draw(embed.state, page.data), embed.id).toBe(draw(embed.state, data));
			expect(JSON.stringify(page.data).length, embed.id).toBeLessThan(JSON.stringify(data).length / 2);
		}
	});

	it('carries its chart’s words, not the story’s copy', () => {
		const page = embedPageData(embeds[0]);
		expect(page.headline).toBe(copy.headline);
		expect(JSON.stringify(page)).not.toContain(copy.dek);
		expect(JSON.stringify(page)).not.toContain(copy.steps[1].alt);
	});

	it('is a 404 for an unknown chart', () => {
		expect(() => embedOr404({ chart: 'no-such-chart' })).toThrow(expect.objectContaining({ status: 404 }));
	});
});

describe('the embed code', () => {
	it('is an iframe on the site’s address and the resizer script, with the title escaped', () => {
		const code = embedCode(
			{ id: 'barred-2030', title: 'Girls "barred" & more', graphic: 'barred' },
			'https://news.example.org/story'
		);
		expect(code).toContain(
			'<iframe src="https://news.example.org/story/embed/barred-2030/" title="Girls &quot;barred&quot; &amp; more"'
		);
		expect(code).toContain('<script src="https://news.example.org/story/embed/resize.js" async></script>');
	});

	it('is the same in the index as in the story’s Embed button', () => {
		const index = new Map(embedIndexData({ params: {} }).charts.map((chart) => [chart.id, chart.code]));
		for (const step of copy.steps) {
			const html = renderComponent(ChartTools, { step, title: chartTitle(step.state, data) }).body;
			const info = JSON.parse(decode(/data-embed="([^"]*)"/.exec(html)![1])) as { code: string };
			expect(info.code, step.id).toBe(index.get(embedIdFor(step)));
		}
	});
});

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
