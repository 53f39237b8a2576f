// The one-page handout that people take home from a talk: the headline, the op-ed's question in
// two lines, five key figures from the data (each with its source), the map of the 165 schools'
// reported regions over women's schooling (the story's own chart, whose "no data" hatching,
// dashed "unconfirmed" outlines and asterisk survive a greyscale printer), the QR code and
// address of the story, the date of the data and the corrections line. A4 or US Letter.
import { data } from '$lib/model/content';
import { provinceName, fill } from '$lib/model/edition';
import { dataTerm } from '$lib/model/data-terms';
import { editionCopy } from '$lib/model/copies.server';
import methods from '$lib/generated/methods.json';
import type { BarredCount, MethodsData } from '$lib/model/data';
import { sourceLine } from '$lib/charts/chart-meta';
import { countText } from '$lib/charts/barred-layout';
import { formatCount, formatDateInText, formatValue, formatWholePercent, formatYear } from '$lib/charts/format';
import { displayAddress } from '$lib/site';
import { embedsFor } from '$lib/embed/embeds';
import { exportSvg } from '$lib/export/export.server';
import type { DeckPageData } from '$lib/present/deck-session';
import {
	fitInto,
	leftToRight,
	mirrored,
	placeX,
	setText,
	type Column,
	type PageLayout,
	PAPER_SIZES,
	type PaperSize,
	type PlacedItem,
	type TextStyle
} from './page-layout';
import { textItem, type PdfSetting } from './deck-pages.server';
import { svgForPdf } from './svg-for-pdf.server';

/** The step whose map the handout shows: the reported regions over women's schooling. */
const MAP_STEP = 'regions-vs-women';
const WOMEN = 'women-secondary-or-higher';

export interface KeyFigure {
	/** The figure, set large */
	value: string;
	/** What it counts, in the edition's words */
	text: string;
	sourceIds: string[];
}

const latest = (counts: BarredCount[]) => counts.reduce((a, b) => (b.date > a.date ? b : a));

/** The handout's key figures, each computed from the data and formatted in the edition's locale. */
export function keyFigures(setting: PdfSetting): KeyFigure[] {
	const { words } = setting;
	const { labels, locale } = words;
	const schools = data.projects.find((p) => p.id === data.primary165.projectId)!;
	const barred = latest(data.barredCount.filter((c) => c.kind === 'count'));
	const projected = latest(data.barredCount.filter((c) => c.kind === 'projection'));
	const agency = (count: BarredCount) => dataTerm(words, 'girls-barred-count.csv:agency', count.agency);
	const peak = data.parity.reduce((a, b) => ((b.primary ?? 0) > (a.primary ?? 0) ? b : a));
	const indicator = data.indicators[WOMEN];
	const values = Object.entries(indicator.values).flatMap(([iso, v]) => (v ? [{ iso, ...v }] : []));
	const highest = values.reduce((a, b) => (b.value > a.value ? b : a));
	const lowest = values.reduce((a, b) => (b.value < a.value ? b : a));
	return [
		{ value: formatCount(schools.schools!, locale), text: labels.pdf.schools, sourceIds: [schools.sourceId] },
		{
			value: countText(barred, words),
			text: fill(labels.pdf.barred, { agency: agency(barred), date: formatDateInText(barred.date, locale) }),
			sourceIds: [barred.sourceId]
		},
		{
			value: countText(projected, words),
			text: fill(labels.pdf.projected, { agency: agency(projected), year: formatYear(projected.year, locale) }),
			sourceIds: [projected.sourceId]
		},
		{
			value: formatWholePercent(peak.primary!, locale),
			text: fill(labels.pdf.parity, { year: formatYear(peak.year, locale) }),
			sourceIds: [peak.sourceId]
		},
		{
			value: formatValue(highest.value, indicator.unit, locale),
			text: fill(labels.pdf.women, {
				province: provinceName(words, highest.iso),
				lowest: provinceName(words, lowest.iso),
				lowest_value: formatValue(lowest.value, indicator.unit, locale)
			}),
			sourceIds: [...new Set([highest.sourceId, lowest.sourceId])]
		}
	];
}

/** The day the data last changed: the newest correction, or the story's publication. */
export function dataDate(code: string): string {
	const { corrections } = methods as MethodsData;
	return [editionCopy(code).copy.published, ...corrections.map((c) => c.date)].sort().at(-1)!;
}

export function handoutLayout(deck: DeckPageData, setting: PdfSetting, size: PaperSize): PageLayout {
	const { words, colour, rtl } = setting;
	const { labels, locale } = words;
	const paper = PAPER_SIZES[size];
	const margin = 40;
	const inner = paper.width - 2 * margin;
	const items: PlacedItem[] = [];
	/** Words set in a column of the page (mirrored right to left) into a list of placed things. */
	const put = (
		placed: PlacedItem[],
		content: string,
		top: number,
		column: Column,
		style: TextStyle,
		ink: string,
		href?: string
	) => textItem(placed, content, top, mirrored({ ...column, rtl }, paper.width), style, setting, ink, href);
	const text = (content: string, top: number, column: Column, style: TextStyle, ink: string, href?: string) =>
		put(items, content, top, column, style, ink, href);
	const full: Column = { x: margin, width: inner };

	let y = text(
		labels.page.kicker.toLocaleUpperCase(words.lang),
		margin - 6,
		full,
		{ size: 10, bold: true },
		colour.accent
	);
	y = text(deck.deck.headline, y, full, { size: 30, bold: true, lineHeight: 1.1 }, colour.ink);
	// The question in two lines: the largest size at which it takes no more.
	let questionSize = 16;
	while (
		questionSize > 10 &&
		setText(labels.pdf.question, 0, full, { size: questionSize }, setting.type).block.lines.length > 2
	)
		questionSize -= 0.5;
	y = text(labels.pdf.question, y + 4, full, { size: questionSize, lineHeight: 1.3 }, colour.ink);
	items.push({ kind: 'box', x: margin, y: y + 6, width: inner, height: 1, fill: colour.rule });
	y += 14;

	// The key figures down one column; the map, then the way to the story, down the other.
	const figuresWidth = Math.round(inner * 0.4);
	const figures: Column = { x: margin, width: figuresWidth };
	const other: Column = { x: margin + figuresWidth + 18, width: inner - figuresWidth - 18 };
	let figureY = text(labels.pdf.figures, y, figures, { size: 13, bold: true }, colour.ink);
	for (const figure of keyFigures(setting)) {
		figureY = text(figure.value, figureY + 10, figures, { size: 24, bold: true, lineHeight: 1.15 }, colour.accent);
		figureY = text(figure.text, figureY - 3, figures, { size: 10.5, lineHeight: 1.3 }, colour.ink);
		figureY = text(
			fill(labels.pdf.source, { source: sourceLine(figure.sourceIds, data) }),
			figureY - 2,
			figures,
			{ size: 8 },
			colour.soft
		);
	}
	if (figureY > paper.height - margin)
		throw new Error(`The handout's key figures run off the page on ${size} in ${words.code}: shorten them`);

	// The foot of the other column first (QR code, address, date of the data, corrections), so the map takes what is left.
	const qrSize = 84;
	const foot = (top: number) => {
		const placed: PlacedItem[] = [];
		const beside: Column = { x: other.x + qrSize + 4, width: other.width - qrSize - 4 };
		const set = (content: string, at: number, column: Column, style: TextStyle, ink: string, href?: string) =>
			put(placed, content, at, column, style, ink, href);
		placed.push({
			kind: 'box',
			x: placeX(other.x, other.width, paper.width, rtl),
			y: top,
			width: other.width,
			height: 1,
			fill: colour.rule
		});
		placed.push({
			kind: 'graphic',
			svg: deck.qrSvg,
			x: placeX(other.x - 6, qrSize, paper.width, rtl),
			y: top + 6,
			width: qrSize,
			height: qrSize,
			href: deck.storyUrl
		});
		let at = set(labels.deck.closing_heading, top + 12, beside, { size: 11, bold: true }, colour.ink);
		at = set(
			displayAddress(deck.storyUrl),
			at,
			beside,
			{ size: 11, bold: true, leftToRight: true },
			colour.record,
			deck.storyUrl
		);
		at = Math.max(at, top + 6 + qrSize) + 2;
		at = set(
			fill(labels.pdf.data_date, { date: formatDateInText(dataDate(words.code), locale) }),
			at,
			other,
			{ size: 8.5 },
			colour.soft
		);
		at = set(
			fill(labels.pdf.corrections, { address: leftToRight(displayAddress(`${deck.storyUrl}#corrections`)) }),
			at,
			other,
			{ size: 8.5 },
			colour.soft
		);
		return { placed, height: at - top };
	};
	const footHeight = foot(0).height;
	const footTop = paper.height - margin - footHeight;
	items.push(...foot(footTop).placed);

	const embed = embedsFor(words.code).find((e) => e.stepIds.includes(MAP_STEP))!;
	const map = exportSvg(embed);
	const box = fitInto(map.width, map.height, {
		x: placeX(other.x, other.width, paper.width, rtl),
		y: y + 4,
		width: other.width,
		height: footTop - 14 - y
	});
	items.push({ kind: 'graphic', svg: svgForPdf(map.svg), ...box, y: y + 4 });
	return { ...paper, background: '#ffffff', items };
}
