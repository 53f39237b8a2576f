// Takes apart the server-rendered HTML of a graphic (Graphic.svelte) into what a standalone SVG
// file can hold: the chart's own <svg>, and, for maps, the legend and the "not yet located"
// note that ProvinceMap draws as HTML. The legend's keys are LegendKey's own SVG, so an
// exported legend is the story's legend, redrawn in SVG.

export interface LegendItem {
	/** LegendKey's <svg> markup, 18×18 */
	key: string;
	label: string;
}

export interface RenderedGraphic {
	/** The chart's <svg> element, markup as rendered */
	svg: string;
	width: number;
	height: number;
	legendTitle: string | null;
	/** Rows of legend items: the choropleth's classes, then the marks */
	legend: LegendItem[][];
	/** A map's note on places nobody has published, as plain text */
	note: string | null;
	/** Whether the note comes before the legend, as ProvinceMap orders them */
	noteFirst: boolean;
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Plain text of a rendered fragment: tags and Svelte's hydration comments removed, entities decoded. */
export function plainText(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity])
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first <svg>…</svg> at or after `from`, nested <svg> elements included. */
function svgElementAt(html: string, from = 0): { markup: string; end: number } | null {
	const start = html.indexOf('<svg', from);
	if (start < 0) return null;
	const tags = /<svg\b|<\/svg>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		depth += match[0] === '</svg>' ? -1 : 1;
		if (depth === 0) return { markup: html.slice(start, tags.lastIndex), end: tags.lastIndex };
	}
	return null;
}

function legendItem(html: string): LegendItem | null {
	const key = svgElementAt(html);
	return key ? { key: key.markup.replace(/<!--[\s\S]*?-->/g, ''), label: plainText(html.slice(key.end)) } : null;
}

export function splitRenderedGraphic(html: string): RenderedGraphic {
	const chart = svgElementAt(html);
	if (!chart) throw new Error('the rendered graphic has no <svg>');
	const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart.markup);
	if (!viewBox) throw new Error('the chart <svg> has no "0 0 width height" viewBox');
	const rest = html.slice(chart.end);

	// The classes first, under their title, then the marks, whatever their order on the page.
	const list = (name: string) => new RegExp(`<ul class="${name}\\b[^"]*"[^>]*>([\\s\\S]*?)<\\/ul>`).exec(rest)?.[1] ?? '';
	const legend = ['classes', 'marks']
		.map((name) => [...list(name).matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => legendItem(item)).filter((item) => item !== null))
		.filter((row) => row.length > 0);
	const legendTitle = /<p class="legend-title[^"]*">([\s\S]*?)<\/p>/.exec(rest)?.[1];
	const noteMatch = /<p class="unlocated[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(rest);
	const note = noteMatch?.[1];
	const legendStart = rest.search(/<div class="legend\b/);
	return {
		svg: chart.markup.replace(/<!--[\s\S]*?-->/g, ''),
		width: Number(viewBox[1]),
		height: Number(viewBox[2]),
		legendTitle: legendTitle ? plainText(legendTitle) : null,
		legend,
		note: note ? plainText(note) : null,
		noteFirst: noteMatch !== null && (legendStart < 0 || noteMatch.index < legendStart)
	};
}
