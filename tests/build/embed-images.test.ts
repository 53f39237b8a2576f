// The downloadable images are made at build time, with no browser: for every embed, an SVG
// that carries the chart's title, source and credit and that resvg can read, and a PNG of it
// at twice its size; and a 1200×630 social image. These call the same functions as the
// prerendered endpoints (src/routes/[[edition=edition]]/embed/[chart]/chart.svg, chart.png, social.png).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { embedsFor } from '$lib/embed/embeds';
import { exportSvg, socialCardSvg, svgToPng } from '$lib/export/export.server';
import { mapLegend } from '$lib/charts/map-legend';
import { data } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';
import { fill } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import { GET as storySocialImage } from '../../src/routes/[[edition=edition]]/social.png/+server';

const { copy } = editionCopy('en');
const embeds = embedsFor('en');
const english = editionWords('en');

/** Width and height of a PNG, from its IHDR chunk, after checking the signature. */
function pngSize(png: Buffer | Uint8Array) {
	const bytes = Buffer.from(png);
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const decodeXmlText = (svg: string) =>
	svg
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe.each(embeds.map((embed) => [embed.id, embed] as const))('the images of %s', (_id, embed) => {
	const { svg, width, height } = exportSvg(embed);

	it('is a standalone SVG document that resvg reads, at its stated size', () => {
		expect(svg.startsWith('<?xml')).toBe(true);
		expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
		const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
		expect([resvg.width, resvg.height]).toEqual([width, height]);
	});

	it('carries the title, the source, the credit and a text description', () => {
		const text = decodeXmlText(svg);
		expect(text).toContain(embed.title);
		expect(text).toContain(`Source: ${embed.source.split(' ').slice(0, 3).join(' ')}`);
		expect(text).toContain(copy.headline);
		expect(svg).toContain(`<desc id="export-description">`);
	});

	it('depends on nothing outside the file: no custom properties, no external references, fonts named', () => {
		expect(svg).not.toMatch(/var\(--/);
		expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
		expect(svg).not.toMatch(/url\((?!#)/);
		expect(svg).toContain("'DejaVu Sans'");
	});

	it('says what the legend says on the page, computed from the data: title, classes, then marks, then the note', () => {
		const text = decodeXmlText(svg);
		const expected: string[] = [];
		if (embed.state.graphic === 'map') {
			const legend = mapLegend(embed.state, data, english);
			expected.push(
				...(legend.title ? [legend.title] : []),
				...legend.classes.map((item) => item.label),
				...legend.marks.map((item) => item.label)
			);
			if (embed.state.unlocated)
				expected.push(fill(english.labels.map.unlocated, { count: String(embed.state.unlocated.count) }));
		}
		let from = text.indexOf(embed.title);
		for (const words of expected) {
			const at = text.indexOf(words, from);
			expect(at, words).toBeGreaterThan(from);
			from = at;
		}
	});

	it('styles the chart with its components’ own rules: every class Svelte scopes an element by has rules in the file', () => {
		const [, stylesheet] = /<style>([\s\S]*?)<\/style>/.exec(svg)!;
		const scoped = new Set([...svg.matchAll(/class="[^"]*\b(svelte-[\w-]+)/g)].map(([, hash]) => hash));
		expect(scoped.size).toBeGreaterThan(0);
		for (const hash of scoped) expect(stylesheet, hash).toContain(`.${hash}`);
	});

	it('becomes a PNG at twice its size', () => {
		expect(pngSize(svgToPng(svg, 2))).toEqual([width * 2, height * 2]);
	});

	it('has a 1200×630 social image', () => {
		const card = socialCardSvg(
			embed.state,
			{ kicker: copy.headline, title: embed.title, body: embed.subtitle, footer: 'example.org/' },
			english
		);
		expect(pngSize(svgToPng(card, 1))).toEqual([1200, 630]);
	});
});

describe('the story’s social image', () => {
	const socialImage = storySocialImage as unknown as (event: { params: { edition?: string } }) => Promise<Response>;

	it('is a 1200×630 PNG in every edition', async () => {
		for (const edition of [undefined, 'ja']) {
			const response = await socialImage({ params: { edition } });
			expect(response.headers.get('content-type')).toBe('image/png');
			expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual([1200, 630]);
		}
	});
});
