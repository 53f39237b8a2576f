// The embeds come from the copy: one per distinct graphic and state a step shows, with a
// readable id, so a new step with a new state gets its embed without code; and every embed
// page is a complete, standalone document.
import { describe, expect, it } from 'vitest';
import { embeds } from '$lib/embed/embeds';
import { embedIdFor } from '$lib/embed/embed-id';
import { embedCode } from '$lib/embed/embed-code';
import { renderEmbedIndex, renderEmbedPage } from '$lib/embed/page-render.server';
import { copy } from '$lib/story/content';
import { SITE_URL } from '$lib/site';

describe('the list of embeds', () => {
	it('has one embed per distinct graphic and state of the steps, in story order', () => {
		const distinct = [...new Set(copy.steps.map((step) => `${step.graphic}/${step.stateName}`))];
		expect(embeds.map((embed) => `${embed.state.graphic}/${copy.steps.find((s) => s.id === embed.stepIds[0])!.stateName}`)).toEqual(distinct);
	});

	it('gives every step an embed, found from the step alone', () => {
		for (const step of copy.steps) expect(embeds.find((embed) => embed.id === embedIdFor(step))?.stepIds).toContain(step.id);
	});

	it('names embeds with readable slugs', () => {
		for (const embed of embeds) expect(embed.id).toMatch(/^(map|ladder|barred|parity)-[a-z0-9]+(-[a-z0-9]+)*$/);
		const ids = embeds.map((embed) => embed.id);
		expect(ids).toEqual(expect.arrayContaining(['map-women-secondary', 'map-projects-all', 'map-primary-165', 'ladder-university-ban', 'barred-2030', 'parity-after-2001']));
		expect(embedIdFor({ graphic: 'map', stateName: 'project:kabul-city-2009' })).toBe('map-project-kabul-city-2009');
	});

	it('names the project a project map highlights, since every project map has the same title', () => {
		for (const embed of embeds.filter((e) => e.id.startsWith('map-project-'))) expect(embed.subtitle).toMatch(/^Highlighted: .+, signed \d/);
	});
});

describe('an embed page', () => {
	const html = renderEmbedPage('map-women-secondary');

	it('is a whole document with the site’s CSP, noindex, its own title and a canonical link to the story', () => {
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<meta http-equiv="content-security-policy" content="default-src \'self\';');
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/"`);
		expect(html).toMatch(/<title>Ever-married women[^<]*– Schools for whom\?<\/title>/);
		expect(html).not.toContain('%sveltekit');
	});

	it('draws its map from the sprite in the page, and loads only the site’s own small scripts', () => {
		expect(html).toContain('<path id="prov-AF-KAB"');
		const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes);
		expect(scripts.every((attributes) => /src="\/(embed\/frame-height|embed\/fit-map-labels)\.js"/.test(attributes))).toBe(true);
	});

	it('has the components’ scoped CSS', () => {
		expect(html).toMatch(/\.province-map\.svelte-[a-z0-9]+/);
	});

	it('is a 404 for an unknown chart', () => {
		expect(() => renderEmbedPage('no-such-chart')).toThrow(expect.objectContaining({ status: 404 }));
	});
});

describe('the embed code', () => {
	it('is an iframe on the site’s address and the resizer script, with the title escaped', () => {
		const code = embedCode({ id: 'barred-2030', title: 'Girls "barred" & more', graphic: 'barred' }, 'https://news.example.org/story');
		expect(code).toContain('<iframe src="https://news.example.org/story/embed/barred-2030/" title="Girls &quot;barred&quot; &amp; more"');
		expect(code).toContain('<script src="https://news.example.org/story/embed/resize.js" async></script>');
	});

	it('is the same in the index as in the story', () => {
		const index = renderEmbedIndex();
		const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
		const codes = [...index.matchAll(/<textarea[^>]*>([\s\S]*?)<\/textarea>/g)].map(([, text]) => decode(text));
		expect(codes).toEqual(embeds.map((embed) => embedCode({ id: embed.id, title: embed.title, graphic: embed.state.graphic })));
	});
});
