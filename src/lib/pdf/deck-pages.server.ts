// The deck as PDF pages: one 16:9 page per slide, in the deck's order and states (buildSlides),
// each drawn as the slide is (TitleSlide, StepSlide, ClosingSlide) with the chart the story's
// image export draws; and the speaker notes, each slide small above its notes, what its graphic
// shows and its sources, on A4 pages that the presenter prints.
import { data } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';
import { dataTerm } from '$lib/model/data-terms';
import { fill, type EditionWords } from '$lib/model/edition';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/model/data';
import { chartSources } from '$lib/charts/chart-meta';
import { formatDateInText, formatInteger } from '$lib/charts/format';
import { displayAddress } from '$lib/site';
import { embedsFor } from '$lib/embed/embeds';
import { exportSvg, renderSvgDocument, typesetting } from '$lib/export/export.server';
import { designTokens } from '$lib/export/export-styles.server';
import type { Typesetting } from '$lib/export/export-layout';
import { scriptOf, type Script } from '$lib/export/scripts';
import { buildSlides, slideName, slidePosition, type Slide } from '$lib/present/slides';
import type { DeckPageData } from '$lib/present/deck-session';
import PdfPage from './PdfPage.svelte';
import {
	addressBreaks,
	fitInto,
	leftToRight,
	ownDirection,
	mirrored,
	PAPER_SIZES,
	placeX,
	round,
	setText,
	type Column,
	type PageLayout,
	type PlacedItem,
	type TextStyle
} from './page-layout';
import type { SvgPage } from './pdf-document.server';
import { svgForPdf } from './svg-for-pdf.server';

/** A slide page in points: 16:9, the size of a presentation program's widescreen slide. */
export const SLIDE = { width: 960, height: 540 };
const A4 = PAPER_SIZES.a4;

/** What every page of an edition's PDFs is set with: its words, its fonts and way of setting text, its colours. */
export interface PdfSetting {
	words: EditionWords;
	script: Script;
	type: Typesetting;
	rtl: boolean;
	colour: Record<'ink' | 'soft' | 'paper' | 'accent' | 'argument' | 'record' | 'rule', string>;
}

export function pdfSetting(words: EditionWords): PdfSetting {
	const script = scriptOf(words.lang);
	const tokens = designTokens(undefined, script);
	return {
		words,
		script,
		type: typesetting(script),
		rtl: words.dir === 'rtl',
		colour: {
			ink: tokens['--ink'],
			soft: tokens['--ink-soft'],
			paper: tokens['--paper'],
			accent: tokens['--accent'],
			argument: tokens['--argument'],
			record: tokens['--record'],
			rule: tokens['--rule']
		}
	};
}

/** A page's layout as an SVG page for the PDF. */
export const svgPage = (page: PageLayout, setting: PdfSetting): SvgPage => ({
	svg: renderSvgDocument(
		PdfPage,
		{ page, script: setting.script, lang: setting.words.lang },
		setting.words,
		setting.script
	),
	width: page.width,
	height: page.height
});

/** Capitals where the language has them, as the deck's kicker and voice labels are set (text-transform). */
const upper = (text: string, setting: PdfSetting) => text.toLocaleUpperCase(setting.words.lang);

/** A block of text placed on a page: a column's text, with its colour and link; returns the y under it. */
export function textItem(
	items: PlacedItem[],
	content: string,
	top: number,
	column: Column,
	style: TextStyle,
	setting: PdfSetting,
	fill: string,
	href?: string
): number {
	const { block, bottom } = setText(content, top, column, style, setting.type);
	items.push({ kind: 'text', block, fill, href });
	return bottom;
}

/** The counter in the slide's corner, "5 / 19", at its end (right, or left right to left). */
function counter(items: PlacedItem[], index: number, last: number, setting: PdfSetting) {
	const { labels, locale } = setting.words;
	const text = fill(labels.deck.counter, { index: formatInteger(index, locale), count: formatInteger(last, locale) });
	const size = 12;
	const width = setting.type.measure(text, size) + 1;
	const column = mirrored({ x: SLIDE.width - 29 - width, width, rtl: setting.rtl }, SLIDE.width);
	textItem(items, text, SLIDE.height - 24 - size * 1.3, column, { size }, setting, setting.colour.soft);
}

function titleSlide(deck: DeckPageData, setting: PdfSetting): PlacedItem[] {
	const { labels } = setting.words;
	const copy = deck.deck;
	const column = mirrored({ x: 77, width: 740, rtl: setting.rtl }, SLIDE.width);
	const reading = fill(labels.deck.reading, {
		author: copy.opEd.author,
		title: fill(labels.page.op_ed_title, { title: copy.opEd.title }),
		outlet: copy.opEd.outlet,
		date: copy.opEd.date
	});
	// Set once to find the column's height, then again centred on the slide.
	const draw = (top: number) => {
		const items: PlacedItem[] = [];
		let y = textItem(
			items,
			upper(labels.page.kicker, setting),
			top,
			column,
			{ size: 16, bold: true },
			setting,
			setting.colour.accent
		);
		y = textItem(
			items,
			copy.headline,
			y + 6,
			column,
			{ size: 62, bold: true, lineHeight: 1.1 },
			setting,
			setting.colour.ink
		);
		y = textItem(
			items,
			copy.dek,
			y + 14,
			{ ...column, width: 680, x: setting.rtl ? column.x + 60 : column.x },
			{ size: 21, lineHeight: 1.35 },
			setting,
			setting.colour.ink
		);
		y = textItem(items, reading, y + 18, column, { size: 15, lineHeight: 1.35 }, setting, setting.colour.soft);
		y = textItem(items, copy.byline, y + 4, column, { size: 15 }, setting, setting.colour.soft);
		return { items, height: y - top };
	};
	return draw((SLIDE.height - draw(0).height) / 2).items;
}

/** A step's chart as its image, and a link to the story's sources over its source line. */
function stepSlide(slide: Extract<Slide, { kind: 'step' }>, last: number, deck: DeckPageData, setting: PdfSetting) {
	const { step } = slide;
	const items: PlacedItem[] = [];
	const embed = embedsFor(setting.words.code).find((e) => e.stepIds.includes(step.id))!;
	const chart = exportSvg(embed);
	const box = fitInto(chart.width, chart.height, {
		x: placeX(368, 562, SLIDE.width, setting.rtl),
		y: 22,
		width: 562,
		height: SLIDE.height - 44
	});
	items.push({ kind: 'graphic', svg: svgForPdf(chart.svg), ...box });
	const scale = box.width / chart.width;
	const source = chart.layout.source;
	const sourceTop = (source.lines[0]?.y ?? 0) - source.size;
	items.push({
		kind: 'box',
		fill: 'none',
		x: box.x,
		y: round(box.y + sourceTop * scale),
		width: box.width,
		height: round(source.lines.length * source.size * 1.3 * scale),
		href: `${deck.storyUrl}#sources`
	});

	const column = mirrored({ x: 48, width: 290, rtl: setting.rtl }, SLIDE.width);
	const draw = (top: number) => {
		const words: PlacedItem[] = [];
		let y = top;
		if (step.voice !== 'context') {
			const colour = setting.colour[step.voice];
			const size = 14;
			const barWidth = 5;
			const labelColumn = { ...column, x: setting.rtl ? column.x : column.x + 12, width: column.width - 12 };
			const bottom = textItem(
				words,
				upper(deck.deck.voiceLabels[step.voice], setting),
				y,
				labelColumn,
				{ size, bold: true },
				setting,
				colour
			);
			words.push({
				kind: 'box',
				x: setting.rtl ? column.x + column.width - barWidth : column.x,
				y,
				width: barWidth,
				height: round(bottom - y),
				fill: colour
			});
			y = bottom + 12;
		}
		y = textItem(
			words,
			step.short,
			y,
			column,
			{ size: step.short.length > 70 ? 25 : 29, bold: true, lineHeight: 1.2 },
			setting,
			setting.colour.ink
		);
		return { words, height: y - top };
	};
	items.push(...draw((SLIDE.height - draw(0).height) / 2).words);
	counter(items, slide.number, last, setting);
	return items;
}

function closingSlide(deck: DeckPageData, last: number, setting: PdfSetting): PlacedItem[] {
	const { labels } = setting.words;
	const qrSize = 335;
	const items: PlacedItem[] = [];
	items.push({
		kind: 'graphic',
		svg: deck.qrSvg,
		x: placeX(SLIDE.width - 67 - qrSize, qrSize, SLIDE.width, setting.rtl),
		y: (SLIDE.height - qrSize) / 2,
		width: qrSize,
		height: qrSize,
		href: deck.storyUrl
	});
	const column = mirrored({ x: 67, width: SLIDE.width - 67 * 2 - qrSize - 48, rtl: setting.rtl }, SLIDE.width);
	const draw = (top: number) => {
		const words: PlacedItem[] = [];
		let y = textItem(words, deck.deck.headline, top, column, { size: 24, bold: true }, setting, setting.colour.accent);
		y = textItem(
			words,
			labels.deck.closing_heading,
			y + 8,
			column,
			{ size: 38, bold: true, lineHeight: 1.15 },
			setting,
			setting.colour.ink
		);
		y = textItem(words, labels.deck.closing_hint, y + 18, column, { size: 18 }, setting, setting.colour.ink);
		y = textItem(
			words,
			displayAddress(deck.storyUrl),
			y + 4,
			column,
			{ size: 24, bold: true, leftToRight: true },
			setting,
			setting.colour.record,
			deck.storyUrl
		);
		return { words, height: y - top };
	};
	items.push(...draw((SLIDE.height - draw(0).height) / 2).words);
	counter(items, last, last, setting);
	return items;
}

/** Every slide of the deck as a page layout, in the deck's order. */
export function slideLayouts(deck: DeckPageData, setting: PdfSetting): { slide: Slide; page: PageLayout }[] {
	const slides = buildSlides(deck.deck);
	const last = slides.length - 1;
	return slides.map((slide) => ({
		slide,
		page: {
			...SLIDE,
			background: setting.colour.paper,
			items:
				slide.kind === 'title'
					? titleSlide(deck, setting)
					: slide.kind === 'step'
						? stepSlide(slide, last, deck, setting)
						: closingSlide(deck, last, setting)
		}
	}));
}

/** The sources a step's slide rests on: its chart's, then those its text cites, each once, as the methods list them. */
function stepSources(stepId: string, code: string) {
	const step = editionCopy(code).copy.steps.find((s) => s.id === stepId)!;
	const cited = step.body.flatMap((p) =>
		p.inlines.flatMap((inline) => (inline.kind === 'cite' ? [inline.sourceId] : []))
	);
	const ids = [...new Set([...chartSources(step.state, data), ...cited])];
	const { sources } = methods as MethodsData;
	return ids.flatMap((id) => sources.filter((source) => source.id === id));
}

/** The speaker notes' pages: each slide small, then its notes, what its graphic shows and its sources; a slide's notes go on over a page if they must. */
export function notesLayouts(deck: DeckPageData, setting: PdfSetting): PageLayout[] {
	const { labels, locale } = setting.words;
	const margin = 48;
	const column: Column = { x: margin, width: A4.width - 2 * margin, rtl: setting.rtl };
	const slides = slideLayouts(deck, setting);
	const last = slides.length - 1;
	const pages: PageLayout[] = [];
	const newPage = () => {
		const page: PageLayout = { ...A4, background: '#ffffff', items: [] };
		pages.push(page);
		return page;
	};

	slides.forEach(({ slide, page: slidePage }, index) => {
		const name = fill(labels.deck.slide_label, {
			position: slidePosition(index, last, labels, locale),
			name: slideName(slide, deck.deck, labels)
		});
		let page = newPage();
		let y = textItem(page.items, name, margin - 8, column, { size: 13, bold: true }, setting, setting.colour.ink);
		const thumbWidth = column.width;
		const thumbHeight = (thumbWidth * SLIDE.height) / SLIDE.width;
		page.items.push(
			{
				kind: 'box',
				x: margin - 0.5,
				y: y + 5.5,
				width: thumbWidth + 1,
				height: thumbHeight + 1,
				fill: 'none',
				stroke: setting.colour.rule,
				strokeWidth: 1
			},
			{
				kind: 'graphic',
				svg: svgPage(slidePage, setting).svg,
				x: margin,
				y: y + 6,
				width: thumbWidth,
				height: thumbHeight
			}
		);
		y += thumbHeight + 24;

		/** A paragraph below the last, on a new page (headed by the slide's name) where it would run off this one. */
		const paragraph = (content: string, style: TextStyle, colour: string, gap: number, href?: string) => {
			const { bottom } = setText(content, y + gap, column, style, setting.type);
			if (bottom > A4.height - margin) {
				page = newPage();
				y =
					textItem(
						page.items,
						fill(labels.pdf.notes_continued, { name }),
						margin - 8,
						column,
						{ size: 13, bold: true },
						setting,
						setting.colour.ink
					) + 6;
			}
			y = textItem(page.items, content, y + gap, column, style, setting, colour, href);
		};
		const notes = slide.kind === 'step' ? slide.step.notes : '';
		paragraph(labels.deck.notes, { size: 13, bold: true }, setting.colour.ink, 0);
		paragraph(notes || labels.deck.no_notes, { size: 12 }, notes ? setting.colour.ink : setting.colour.soft, 4);
		if (slide.kind === 'step') {
			paragraph(labels.deck.describe_graphic, { size: 13, bold: true }, setting.colour.ink, 14);
			paragraph(slide.step.alt, { size: 12 }, setting.colour.ink, 4);
			paragraph(labels.methods.sources, { size: 13, bold: true }, setting.colour.ink, 14);
			for (const source of stepSources(slide.step.id, setting.words.code)) {
				// As the story's list of sources has it: its publisher and title each in their own direction.
				const line = fill(source.date ? labels.methods.source : labels.methods.source_undated, {
					publisher: ownDirection(source.publisher),
					date: source.date ? formatDateInText(source.date, locale) : '',
					title: ownDirection(source.url ? source.title : `${source.title} ${labels.methods.no_link}`)
				});
				paragraph(line, { size: 10.5 }, setting.colour.ink, 4);
				if (source.url)
					paragraph(
						source.url,
						{ size: 9.5, breaks: addressBreaks, leftToRight: true },
						setting.colour.record,
						1,
						source.url
					);
			}
		}
		if (slide.kind === 'closing' && slide.corrections.length) {
			paragraph(labels.deck.corrections, { size: 13, bold: true }, setting.colour.ink, 14);
			for (const correction of slide.corrections)
				paragraph(
					`${formatDateInText(correction.date, locale)}: ${dataTerm(setting.words, 'corrections.csv:correction', correction.correction)}`,
					{ size: 11 },
					setting.colour.ink,
					6
				);
		}
	});
	return pages;
}
