// Builds the downloadable images of a chart at build time, with no browser: the story's chart
// components draw the chart inside one SVG (ExportedChart) laid out from the chart's state and
// data with its title, legend, source and credit, and resvg turns it into PNG with fonts that
// `npm ci` installs only (DejaVu; Noto Sans JP and Noto Sans Arabic for the editions in those
// scripts), so every machine makes the same pixels.
import type { Component, ComponentProps } from 'svelte';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import type Graphic from '$lib/charts/Graphic.svelte';
import shapes from '$lib/generated/map-shapes.json';
import { graphicSize } from '$lib/charts/graphic-size';
import { japaneseBreaks } from '$lib/charts/wrap-text';
import { data, mapMeta } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';
import { editionPath } from '$lib/model/editions';
import { fill, type EditionWords } from '$lib/model/edition';
import type { ChartState } from '$lib/model/chart-state';
import type { MapShapes } from '$lib/model/map';
import { SITE_URL, displayAddress } from '$lib/site';
import type { Embed } from '../embed/embeds';
import ExportedChart from './ExportedChart.svelte';
import SocialCard from './SocialCard.svelte';
import { layoutSocialCard, type SocialText } from './social-layout';
import { exportedGraphic, layoutExport, type ExportLayout, type Typesetting } from './export-layout';
import { designTokens, exportStylesheet, resolveVariables } from './export-styles.server';
import { renderComponent } from './render-component.server';
import { isRightToLeft, scriptOf, type Script } from './scripts';
import { fontFilesFor, scriptsIn, shapedTextWidth, textWidth } from './text-width.server';

export interface SvgImage {
	svg: string;
	width: number;
	height: number;
}

/** Graphic's props for the chart of a state in a standalone SVG: map paths inline, nothing interactive. */
const graphicProps = (state: ChartState, labelPixels?: number): ComponentProps<typeof Graphic> => ({
	chart: state,
	data,
	meta: mapMeta,
	standalone: shapes as MapShapes,
	interactive: false,
	labelPixels
});

/** The language an SVG says it is in: none for English, as the English images always were. */
const saidLang = (lang?: string) => (lang === undefined || /^en\b/i.test(lang) ? undefined : lang);

let japanesePhrases: ((text: string) => string[]) | undefined;

/** BudouX's Japanese phrases, its package loaded on first use: slow to load, and no English image needs it. */
function loadJapanesePhrases() {
	const budoux = createRequire(import.meta.url)('budoux') as typeof import('budoux');
	const parser = budoux.loadDefaultJapaneseParser();
	return (text: string) => parser.parse(text);
}

/**
 * How an edition's language sets the images' text: English measured from DejaVu's advances and
 * broken at spaces, as always; Japanese shaped in Noto Sans JP and broken between BudouX's
 * phrases; Dari and Pashto shaped in Noto Sans Arabic, broken at spaces, right to left.
 */
export function typesetting(script: Script): Typesetting {
	if (script === 'latin') return { measure: textWidth };
	if (script === 'arabic') return { measure: shapedTextWidth(script), rtl: isRightToLeft(script) };
	japanesePhrases ??= loadJapanesePhrases();
	return { measure: shapedTextWidth(script), breaks: (text) => japaneseBreaks(text, japanesePhrases) };
}

/** A component rendered to a standalone SVG document, in an edition's words: comments out, custom properties resolved (fonts for `script`). */
export function renderSvgDocument<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	edition: EditionWords,
	script: Script = 'latin'
): string {
	const { body } = renderComponent(component, props, edition);
	const svg = resolveVariables(body.replace(/<!--[\s\S]*?-->/g, ''), designTokens(undefined, script)).trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

const exported = new WeakMap<Embed, Map<string, SvgImage & { layout: ExportLayout }>>();

/**
 * The downloadable SVG of an embed: what the story shows, plus title, source and credit, in the
 * words of the embed's edition, set in its language (or `lang`, an `<html lang>`). Made once per
 * build for each embed: its SVG, its PNG, its slide and the handout all draw it.
 */
export function exportSvg(embed: Embed, lang = embed.edition.lang): SvgImage & { layout: ExportLayout } {
	let made = exported.get(embed);
	if (!made) exported.set(embed, (made = new Map()));
	if (!made.has(lang)) made.set(lang, drawExport(embed, lang));
	return made.get(lang)!;
}

function drawExport(embed: Embed, lang: string): SvgImage & { layout: ExportLayout } {
	const script = scriptOf(lang);
	const { edition } = embed;
	const { labels } = edition;
	const layout = layoutExport(
		exportedGraphic(embed.state, data, mapMeta, edition),
		{
			title: embed.title,
			subtitle: embed.subtitle,
			source: fill(labels.chart.source, { source: embed.source }),
			credit: fill(labels.image.credit, {
				headline: editionCopy(edition.code).copy.headline,
				address: displayAddress(SITE_URL + editionPath(edition, '/'))
			})
		},
		typesetting(script)
	);
	const svg = renderSvgDocument(
		ExportedChart,
		{
			layout,
			graphic: graphicProps(embed.state),
			title: embed.title,
			description: embed.alt,
			stylesheet: exportStylesheet('.chart-graphic', script),
			script,
			lang: saidLang(lang)
		},
		edition,
		script
	);
	return { svg, width: layout.width, height: layout.height, layout };
}

/**
 * An SVG document drawn at `zoom` times its size with the bundled fonts only: DejaVu, and the
 * fonts of the other scripts the document has letters of.
 */
export function renderSvg(svg: string, zoom = 2): RenderedImage {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: zoom },
		font: {
			loadSystemFonts: false,
			fontFiles: fontFilesFor(scriptsIn(svg)),
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans',
			serifFamily: 'DejaVu Serif'
		},
		logLevel: 'error'
	});
	return resvg.render();
}

/** PNG of an SVG document at `zoom` times its size (see renderSvg). */
export const svgToPng = (svg: string, zoom = 2): Buffer => renderSvg(svg, zoom).asPng();

/** The 1200×630 link-preview card of a chart state, as SVG, in an edition's words, set in its language (or `lang`). */
export function socialCardSvg(state: ChartState, text: SocialText, edition: EditionWords, lang = edition.lang): string {
	const script = scriptOf(lang);
	const drawing = graphicSize(state, data, mapMeta, edition);
	const layout = layoutSocialCard(text, drawing.height / drawing.width, typesetting(script));
	// The map is drawn smaller on the card than in an export: larger labels keep it legible.
	return renderSvgDocument(
		SocialCard,
		{
			layout,
			graphic: graphicProps(state, 20),
			drawing,
			stylesheet: exportStylesheet('.chart-graphic', script),
			script,
			lang: saidLang(lang)
		},
		edition,
		script
	);
}
