// Every word a page shows comes from its edition: the story's parts, the charts, the Embed tools
// and dialog, and the presentation's windows, drawn in the Japanese edition's words, say nothing
// in English but what the sources say (titles, publishers), proper names and the names of files and
// keys; the data's words (regions, indicators, counts, projects) are the edition's, from data-terms.csv. And the English pages read as before.
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import copyEn from '$lib/generated/copy.en.json';
import copyJa from '$lib/generated/copy.ja.json';
import methodsJson from '$lib/generated/methods.json';
import { data, mapMeta } from '$lib/model/content';
import type { Copy } from '$lib/model/copy';
import type { MethodsData } from '$lib/model/data';
import type { EditionWords } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import { chartState, type MapState } from '$lib/model/chart-state';
import { renderComponent } from '$lib/export/render-component.server';
import ChartFrame from '$lib/charts/ChartFrame.svelte';
import ProvincePanel from '$lib/charts/ProvincePanel.svelte';
import ChartTools from '$lib/embed/ChartTools.svelte';
import EmbedDialog from '$lib/embed/EmbedDialog.svelte';
import StoryHeader from '$lib/story/StoryHeader.svelte';
import StepCard from '$lib/story/StepCard.svelte';
import StoryMethods from '$lib/story/StoryMethods.svelte';
import MotionToggle from '$lib/story/MotionToggle.svelte';
import DeckSlides from '$lib/present/DeckSlides.svelte';
import SlidePreview from '$lib/present/SlidePreview.svelte';
import SpeakerNotes from '$lib/present/SpeakerNotes.svelte';
import KeyHelp from '$lib/present/KeyHelp.svelte';
import ControlBar from '$lib/present/ControlBar.svelte';
import PresenterControls from '$lib/present/PresenterControls.svelte';
import PresenterClock from '$lib/present/PresenterClock.svelte';
import PopupBlocked from '$lib/present/PopupBlocked.svelte';
import { deckCopy } from '$lib/present/deck-content';
import { buildSlides } from '$lib/present/slides';
import { Presentation } from '$lib/present/presentation.svelte';
import { exportSvg } from '$lib/export/export.server';
import { embedsFor } from '$lib/embed/embeds';
import { chartTitle } from '$lib/charts/chart-meta';
import { tableFor } from '$lib/charts/chart-table';
import { displayAddress } from '$lib/site';

const english = copyEn as unknown as Copy;
const japanese = copyJa as unknown as Copy;
const methods = methodsJson as unknown as MethodsData;
const noop = () => {};

/** Everything the Japanese (or English) edition's components draw: page parts, charts in every state, tools, dialog, deck. */
function drawAll(copy: Copy, words: EditionWords): string {
	const draw = <Props extends Record<string, unknown>>(component: Component<Props>, props: Props) =>
		renderComponent(component, props, words).body;
	const deck = deckCopy(copy, methods.corrections);
	const slides = buildSlides(deck);
	// An address with no words in it, as the closing slide writes it.
	const content = { copy: deck, data, meta: mapMeta, qrSvg: '', storyUrl: 'https://127.0.0.1/' };
	const choropleth = chartState('map', 'regions-vs-women', data);
	const pages = [
		draw(StoryHeader, { copy }),
		...copy.steps.map((step, i) => draw(StepCard, { step, number: i + 1, copy, data, meta: mapMeta })),
		...copy.steps.map((step) => draw(ChartFrame, { chart: step.state, data, meta: mapMeta })),
		draw(StoryMethods, { copy, methods }),
		draw(MotionToggle, {}),
		...(['AF-KAB', 'AF-ZAB', 'AF-NAN', 'AF-NUR'] as const).map((iso) =>
			draw(ProvincePanel, { iso, chart: choropleth as MapState, data, onclose: noop })
		),
		draw(ChartTools, { step: copy.steps[0], title: chartTitle(copy.steps[0].state, data, words) }),
		draw(EmbedDialog, {}),
		draw(DeckSlides, { slides, content }),
		draw(SlidePreview, { slide: undefined, content, last: slides.length - 1 }),
		...slides.map((slide) => draw(SpeakerNotes, { slide })),
		draw(KeyHelp, { open: true }),
		draw(ControlBar, {
			current: 0,
			last: slides.length - 1,
			blanked: false,
			onprevious: noop,
			onnext: noop,
			onblank: noop,
			onfullscreen: noop,
			onpresenter: noop,
			onhelp: noop
		}),
		draw(PresenterControls, { deck: new Presentation(slides), onaudience: noop, onhelp: noop }),
		draw(PresenterClock, { slide: null }),
		draw(PopupBlocked, { url: 'https://example.org/', onclose: noop })
	];
	// The downloaded image of each chart, with its legend, note, source and credit.
	for (const embed of embedsFor(words.code)) pages.push(exportSvg(embed).svg);
	return pages.join('\n');
}

/** What a reader or a screen reader gets of some HTML: its text, and the names and titles of its elements. */
function readable(html: string): string {
	const decode = (text: string) =>
		text
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	const attributes = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
	// Attributes out first (an Embed button's carries its code, with tags in it), then the tags:
	// inline ones leave nothing, so that "Data table<span>: …" reads as it shows.
	const text = html
		.replace(/\s[\w:-]+="[^"]*"/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<(script|textarea)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\/?(span|strong|em|a|cite|kbd|tspan|time|code)>/g, '')
		.replace(/<[^>]+>/g, ' ');
	return (
		decode([text, ...attributes].join(' '))
			// Addresses are no language's: the story's, as an image credit writes it, with its path.
			.replace(/https?:\/\/\S+/g, ' ')
			// Data files' and columns' names (province-names.csv, name_ja) are code, as the downloads name them.
			.replace(/[\w/-]+\.(csv|topojson)|\b[a-z]+_[a-z_]+\b/g, ' ')
			.replace(new RegExp(`${displayAddress().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S*`, 'g'), ' ')
			.replace(/\s+/g, ' ')
	);
}

/** Every string of the data and the sources: English the data says, which an edition shows as it is. */
function dataStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(dataStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
	return [];
}

/** Latin words that are no language's: proper names, file formats, keys and code. */
const NOT_ENGLISH = new Set(
	'PNG SVG PDF QR Ctrl Tab Enter Home End Page Up Down Backspace Shift HTML iframe pym js Datawrapper px csv CSV ID ISO topojson afghanistan provinces DHS FR MICS NSIA JICA UNDP README Schools for Whom'.split(
		' '
	)
);

/** English labels' words: each label cut at its placeholders, brackets and line breaks; not the names of formats and keys. */
const englishLabelPhrases = Object.values(english.labels)
	.flatMap((group) => Object.values(group) as string[])
	.flatMap((label) => label.split(/\{[a-z_]+\}|[[\]|]/))
	.map((phrase) => phrase.trim().replace(/^[\s:;,.·–()“”-]+|[\s:;,.·–()“”-]+$/g, ''))
	.filter((phrase) => /[A-Za-z]{3}/.test(phrase))
	.filter((phrase) => !(phrase.match(/[A-Za-z]+/g) ?? []).every((word) => NOT_ENGLISH.has(word)));

describe('the Japanese edition, as its components draw it', () => {
	const ja = editionWords('ja');
	// The data's and the sources' own words, longest first, taken out: what is left is the edition's.
	// The op-ed's title is given in English in every edition.
	const fromData = [...new Set([...dataStrings(data), ...dataStrings(methods), japanese.opEd.title])].sort(
		(a, b) => b.length - a.length
	);
	let shown = readable(drawAll(japanese, ja));
	for (const text of fromData) if (text.length > 1) shown = shown.split(text).join(' ');

	it('shows no English label anywhere', () => {
		const leaks = englishLabelPhrases.filter((phrase) =>
			new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(shown)
		);
		expect(leaks).toEqual([]);
	});

	it('shows no English word but names, formats and keys', () => {
		const words = [...new Set(shown.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !NOT_ENGLISH.has(word));
		expect(words).toEqual([]);
	});

	it('leaves no placeholder unfilled', () => {
		expect(shown).not.toMatch(/\{[a-z_]+\}/);
	});

	it('writes the map’s province names in Japanese', () => {
		expect(shown).toContain('カブール');
		expect(shown).not.toMatch(/\bKabul\b/);
	});
});

describe('the data’s words in the Japanese edition (data-terms.csv)', () => {
	const ja = editionWords('ja');
	const step = japanese.steps.find((s) => s.id === 'regions-vs-women')!;
	const frame = renderComponent(ChartFrame, { chart: step.state, data, meta: mapMeta }, ja).body;
	const text = readable(frame);

	it('titles the map and its legend with the indicator’s Japanese name', () => {
		expect(chartTitle(step.state, data, ja)).toContain('（背景：中等学校以上に通った女性）');
		expect(text).toContain('中等学校以上に通った女性（%）');
		expect(text).not.toContain('Women with secondary school');
	});

	it('names the reported regions in Japanese on the map and in its table', () => {
		expect(frame).toMatch(/region-label[^>]*>中部</);
		for (const region of ['中部', '東部', '南部']) expect(text).toContain(region);
		expect(frame).not.toMatch(/>(Central|East|South)</);
		const table = tableFor(step.state, data, ja);
		const cells = [
			table.caption,
			...table.columns.map((c) => c.label),
			...table.rows.flatMap((row) => row.slice(0, 3))
		].join(' '); // not the sources' names
		for (const region of ['中部', '東部', '南部', '中央高地', '南東部']) expect(cells).toContain(region);
		const where = japanese.steps.find((s) => s.id === 'primary-165')!;
		expect(tableFor(where.state, data, ja).rows.flat()).toEqual(
			expect.arrayContaining(['東部地域', '南部地域', '中部地域'])
		);
		expect(cells).toContain('中等学校以上に通ったことのある15〜49歳の結婚経験のある女性（2015年）');
		expect(cells).not.toMatch(/\b(Central|East|South|Women)\b/);
	});

	it('says what each count of girls barred covers, and its qualifier, in Japanese', () => {
		const barred = japanese.steps.find((s) => s.state.graphic === 'barred' && s.stateName === '2030')!;
		const shown = readable(renderComponent(ChartFrame, { chart: barred.state, data, meta: mapMeta }, ja).body);
		expect(shown).toContain('中等教育から締め出された女子');
		expect(shown).toMatch(/少なくとも140万/);
		expect(shown).toContain('ユネスコの集計');
		expect(shown).not.toMatch(/at least|girls/);
	});
});

describe('the English edition, as its components draw it', () => {
	const shown = readable(drawAll(english, editionWords('en')));

	it('leaves no placeholder unfilled and no bracket for screen readers showing', () => {
		expect(shown).not.toMatch(/\{[a-z_]+\}/);
		expect(shown).not.toMatch(/\[ this chart/);
	});

	it('reads as it always has: the words once in the code, now in copy.en.aml', () => {
		for (const text of [
			'Embed this chart: ',
			'Data table: ',
			'Download this chart: ',
			'Animation: on',
			'No data (9 of 34)',
			'Step 1: ',
			'Slide 3 of ',
			'Reading: Sadiq Amini, “Japan shouldn',
			'Under the first Taliban government: none recorded'
		])
			expect(shown).toContain(text);
	});
});
