// The charts in a right-to-left edition (Dari, Pashto), as the server draws them for the page,
// the embeds, the slides and the exported images: the barred-girls chart and the ladder mirror,
// the parity chart's time still runs left to right with its words set from the right, the map
// never mirrors; every line is a right-to-left isolate anchored at its reading start, and every
// chart's <svg> says direction="ltr", so the anchors mean the same in a right-to-left page as
// in resvg (src/lib/charts/text-direction.ts). Drawn here with the English words in a
// right-to-left edition, as the Dari and Pashto editions will have them.
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import BarredChart from '$lib/charts/BarredChart.svelte';
import GradeLadder from '$lib/charts/GradeLadder.svelte';
import ParityChart from '$lib/charts/ParityChart.svelte';
import MapLayer from '$lib/charts/MapLayer.svelte';
import { layoutBarred } from '$lib/charts/barred-layout';
import { embedsFor } from '$lib/embed/embeds';
import { exportSvg, renderSvg } from '$lib/export/export.server';
import { data, mapMeta } from '$lib/model/content';
import type { BarredState, LadderState, MapState, ParityState } from '$lib/model/chart-state';
import type { EditionWords } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import { renderComponent } from '$lib/export/render-component.server';

const english = editionWords('en');
/** The English words, in a right-to-left edition's direction and locale. */
const rightToLeft: EditionWords = { ...english, dir: 'rtl', lang: 'fa-AF', locale: 'fa-AF' };
const embeds = embedsFor('en');
const stateOf = <T>(id: string) => embeds.find((embed) => embed.id === id)!.state as T;

const RLI = '\u2067';
const PDI = '\u2069';
const WIDTH = 600;

/** The chart's markup as the server draws it in an edition. */
function draw<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, edition: EditionWords) {
	return renderComponent(component, props, edition).body.replace(/<!--[\s\S]*?-->/g, '');
}

interface SvgText {
	x: number;
	anchor: string;
	content: string;
	className: string;
}
/** Every <text> of some markup: its x, anchor (start when none is said), words and class. */
const textsOf = (markup: string): SvgText[] =>
	[...markup.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)].map(([, attributes, content]) => ({
		x: Number(/\bx="([-\d.]+)"/.exec(attributes)?.[1]),
		anchor: /text-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'start',
		content: content.replace(/<[^>]+>/g, ''),
		className: /class="([^"]*)"/.exec(attributes)?.[1] ?? ''
	}));
const rectsOf = (markup: string) =>
	[...markup.matchAll(/<rect([^>]*)>/g)].map(([, attributes]) => ({
		x: Number(/\bx="([-\d.]+)"/.exec(attributes)![1]),
		width: Number(/\bwidth="([-\d.]+)"/.exec(attributes)![1]),
		className: /class="([^"]*)"/.exec(attributes)?.[1] ?? ''
	}));
/** Whether an element has a class, beside Svelte's scoping class. */
const hasClass = (element: { className: string }, name: string) => element.className.split(' ').includes(name);
const isolated = (text: SvgText) => text.content.startsWith(RLI) && text.content.endsWith(PDI);

describe('every chart says direction="ltr", so its anchors mean left and right in a right-to-left page too', () => {
	const charts: [string, () => string][] = [
		[
			'barred',
			() => draw(BarredChart, { chart: stateOf<BarredState>('barred-2030'), data, width: WIDTH }, rightToLeft)
		],
		[
			'ladder',
			() => draw(GradeLadder, { chart: stateOf<LadderState>('ladder-primary-schools'), width: WIDTH }, rightToLeft)
		],
		[
			'parity',
			() =>
				draw(ParityChart, { chart: stateOf<ParityState>('parity-first-taliban-era'), data, width: WIDTH }, rightToLeft)
		],
		[
			'map',
			() =>
				draw(
					MapLayer,
					{ chart: stateOf<MapState>('map-women-secondary'), data, meta: mapMeta, labelPixels: 13, renderedWidth: 0 },
					rightToLeft
				)
		]
	];
	it.each(charts)('%s', (_name, markup) => {
		expect(markup()).toMatch(/^<svg[^>]* direction="ltr"/);
		// Every line of words is a right-to-left isolate (a map's province names included).
		const texts = textsOf(markup());
		expect(texts.length).toBeGreaterThan(2);
		for (const text of texts) expect(isolated(text), text.content).toBe(true);
	});
});

describe('the barred-girls chart mirrors right to left', () => {
	const chart = stateOf<BarredState>('barred-2030');
	const markup = draw(BarredChart, { chart, data, width: WIDTH }, rightToLeft);
	const layout = layoutBarred(data.barredCount, WIDTH, rightToLeft);

	it('sets every line from the right, anchored at its right end', () => {
		for (const text of textsOf(markup)) {
			expect(text.x, text.content).toBe(layout.start);
			expect(text.anchor, text.content).toBe('end');
		}
		expect(layout.start).toBeGreaterThan(WIDTH - 10);
	});

	it('grows every bar leftwards from a baseline on the right, the same length as left to right', () => {
		const bars = rectsOf(markup);
		const leftToRight = rectsOf(draw(BarredChart, { chart, data, width: WIDTH }, english));
		expect(bars).toHaveLength(data.barredCount.length);
		bars.forEach((bar, i) => {
			expect(bar.x + bar.width).toBeCloseTo(layout.start, 5);
			expect(bar.width).toBe(leftToRight[i].width);
		});
		expect(new Set(leftToRight.map((bar) => bar.x))).toEqual(new Set([WIDTH - layout.start]));
	});

	it('keeps a bar not yet shown at its baseline, so it grows from the right', () => {
		const early = draw(BarredChart, { chart: stateOf<BarredState>('barred-2023'), data, width: WIDTH }, rightToLeft);
		const hidden = rectsOf(early).filter((bar) => bar.width === 0);
		expect(hidden.length).toBeGreaterThan(0);
		for (const bar of hidden) expect(bar.x).toBe(layout.start);
	});

	it('left to right, as before: lines from the left at SVG’s default anchor, no isolates', () => {
		const texts = textsOf(draw(BarredChart, { chart, data, width: WIDTH }, english));
		for (const text of texts) {
			expect(text.anchor).toBe('start');
			expect(text.x).toBe(WIDTH - layout.start);
			expect(text.content).not.toContain(RLI);
		}
	});
});

describe('the ladder mirrors as a table does, and still climbs', () => {
	const chart = stateOf<LadderState>('ladder-primary-schools');
	const markup = draw(GradeLadder, { chart, width: WIDTH }, rightToLeft);
	const texts = textsOf(markup);
	const columns = rectsOf(markup);
	const boys = columns.filter((rect) => !hasClass(rect, 'girls'));
	const girls = columns.filter((rect) => hasClass(rect, 'girls'));

	it('the rung labels on the right, then the boys’ column, then the girls’, the bracket on the left', () => {
		const rungLabels = texts.filter((text) => hasClass(text, 'rung-label'));
		expect(rungLabels).toHaveLength(13);
		for (const label of rungLabels) {
			// Its left end beside the boys' column, reading leftwards towards it.
			expect(label.anchor).toBe('start');
			expect(label.x).toBeGreaterThan(boys[0].x + boys[0].width);
		}
		expect(girls[0].x + girls[0].width).toBeLessThan(boys[0].x);
		const bracket = /<path class="bracket[^"]*" d="M([\d.]+) [\d.]+ h(-?\d+)/.exec(markup)!;
		expect(Number(bracket[1])).toBeLessThan(girls[0].x);
		expect(Number(bracket[2])).toBeLessThan(0);
		for (const label of texts.filter((text) => hasClass(text, 'bracket-label'))) {
			expect(label.x).toBeLessThan(Number(bracket[1]));
			expect(label.anchor).toBe('end');
		}
	});

	it('grade 1 at the bottom, university at the top, in both directions', () => {
		for (const edition of [english, rightToLeft]) {
			const rows = [
				...draw(GradeLadder, { chart, width: WIDTH }, edition).matchAll(/class="rung-label[^"]*"[^>]*y="([\d.]+)"/g)
			];
			const ys = rows.map(([, y]) => Number(y));
			expect(ys).toEqual([...ys].sort((a, b) => b - a));
		}
	});
});

describe('the parity chart keeps time left to right and sets its words from the right', () => {
	const chart = stateOf<ParityState>('parity-first-taliban-era');
	const markup = draw(ParityChart, { chart, data, width: WIDTH }, rightToLeft);
	const leftToRight = draw(ParityChart, { chart, data, width: WIDTH }, english);

	it('draws the years and the lines where it draws them left to right', () => {
		const yearTicks = (svg: string) =>
			textsOf(svg)
				.filter((text) => hasClass(text, 'tick') && /\d{4}|[۰-۹]{4}/.test(text.content))
				.map((text) => text.x);
		expect(yearTicks(markup)).toEqual(yearTicks(leftToRight));
		expect(yearTicks(markup)).toEqual([...yearTicks(markup)].sort((a, b) => a - b));
		const paths = (svg: string) => [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map(([, d]) => d);
		expect(paths(markup)).toEqual(paths(leftToRight));
	});

	it('its key reads from the right: each swatch on the right, its label to its left', () => {
		const key = /<g class="key[^"]*" transform="translate\(([\d.]+), [\d.]+\)">([\s\S]*?)<\/g>/.exec(markup)!;
		const swatches = [...key[2].matchAll(/<line x1="(-?[\d.]+)" x2="(-?[\d.]+)"/g)];
		const labels = textsOf(key[2]);
		expect(Number(key[1]) + Math.max(...swatches.map(([, , x2]) => Number(x2)))).toBeLessThanOrEqual(WIDTH);
		labels.forEach((label, i) => {
			expect(label.anchor).toBe('end');
			expect(label.x).toBeLessThan(Number(swatches[i][1]));
		});
	});

	it('right-aligns its note on the first Taliban era', () => {
		const notes = textsOf(markup).filter((text) => hasClass(text, 'annotation'));
		expect(notes.length).toBeGreaterThan(1);
		for (const note of notes) expect([note.anchor, note.x]).toEqual(['end', notes[0].x]);
	});
});

describe('an exported image of a right-to-left edition', () => {
	const embed = embeds.find((e) => e.id === 'barred-2030')!;
	const { svg, width } = exportSvg({ ...embed, edition: { ...embed.edition, dir: 'rtl' } });

	/**
	 * The filled bars in an image drawn by resvg: in each row, the longest run of the accent red
	 * (#b3261e) at least 20 px long (a projection's dashed outline has none).
	 */
	const barRows = (image: ReturnType<typeof renderSvg>) => {
		const pixels = image.pixels; // a copy at each read
		const isRed = (x: number, y: number) => {
			const i = (y * image.width + x) * 4;
			return pixels[i] === 0xb3 && pixels[i + 1] === 0x26 && pixels[i + 2] === 0x1e;
		};
		const rows: { left: number; right: number }[] = [];
		for (let y = 0; y < image.height; y++) {
			let best = { left: 0, right: -1 };
			for (let x = 0, start = -1; x <= image.width; x++) {
				if (x < image.width && isRed(x, y)) start = start < 0 ? x : start;
				else if (start >= 0) {
					if (x - 1 - start > best.right - best.left) best = { left: start, right: x - 1 };
					start = -1;
				}
			}
			if (best.right - best.left >= 20) rows.push(best);
		}
		return rows;
	};

	it('draws the chart mirrored, as the page does: in resvg, every bar ends at the right, the longest reaching past the middle', () => {
		const rows = barRows(renderSvg(svg, 1));
		expect(rows.length).toBeGreaterThan(50);
		for (const row of rows) expect(row.right).toBeGreaterThan(width - 30);
		expect(Math.min(...rows.map((row) => row.left))).toBeLessThan(width / 2);
		// Left to right, every bar starts at the left.
		for (const row of barRows(renderSvg(exportSvg(embed).svg, 1))) expect(row.left).toBeLessThan(30);
	});
});
