// Builds the downloadable images of a chart at build time, with no browser: the story's chart
// components draw the chart inside one SVG (ExportedChart) laid out from the chart's state and
// data with its title, legend, source and credit, and resvg turns it into PNG with the bundled
// DejaVu fonts only, so every machine makes the same pixels.
import type { Component, ComponentProps } from 'svelte';
import { Resvg } from '@resvg/resvg-js';
import type Graphic from '$lib/charts/Graphic.svelte';
import shapes from '$lib/generated/map-shapes.json';
import { graphicSize } from '$lib/charts/graphic-size';
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
import { exportedGraphic, layoutExport } from './export-layout';
import { designTokens, exportStylesheet, resolveVariables } from './export-styles.server';
import { renderComponent } from './render-component.server';
import { FONT_FILES, textWidth } from './text-width.server';

export interface SvgImage {
	svg: string;
	width: number;
	height: number;
}

/** "news.example.org/schools-for-whom/": the story's address as a reader would type it. */

/** Graphic's props for the chart of a state in a standalone SVG: map paths inline, nothing interactive. */
const graphicProps = (state: ChartState, labelPixels?: number): ComponentProps<typeof Graphic> => ({
	chart: state,
	data,
	meta: mapMeta,
	standalone: shapes as MapShapes,
	interactive: false,
	labelPixels
});

/** A component rendered to a standalone SVG document, in an edition's words: comments out, custom properties resolved. */
export function renderSvgDocument<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	edition: EditionWords
): string {
	const { body } = renderComponent(component, props, edition);
	const svg = resolveVariables(body.replace(/<!--[\s\S]*?-->/g, ''), designTokens()).trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The downloadable SVG of an embed: what the story shows, plus title, source and credit. */
export function exportSvg(embed: Embed): SvgImage {
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
		textWidth
	);
	const svg = renderSvgDocument(
		ExportedChart,
		{
			layout,
			graphic: graphicProps(embed.state),
			title: embed.title,
			description: embed.alt,
			stylesheet: exportStylesheet('.chart-graphic')
		},
		edition
	);
	return { svg, width: layout.width, height: layout.height };
}

/** PNG of an SVG document at `zoom` times its size, drawn with the DejaVu fonts only. */
export function svgToPng(svg: string, zoom = 2): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: zoom },
		font: {
			loadSystemFonts: false,
			fontFiles: Object.values(FONT_FILES),
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans',
			serifFamily: 'DejaVu Serif'
		},
		logLevel: 'error'
	});
	return resvg.render().asPng();
}

/** The 1200×630 link-preview card of a chart state, as SVG, in an edition's words. */
export function socialCardSvg(state: ChartState, text: SocialText, edition: EditionWords): string {
	const drawing = graphicSize(state, data, mapMeta, edition);
	const layout = layoutSocialCard(text, drawing.height / drawing.width, textWidth);
	// The map is drawn smaller on the card than in an export: larger labels keep it legible.
	return renderSvgDocument(
		SocialCard,
		{
			layout,
			graphic: graphicProps(state, 20),
			drawing,
			stylesheet: exportStylesheet('.chart-graphic')
		},
		edition
	);
}
