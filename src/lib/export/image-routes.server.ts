// What the embed routes (the page and its images) share: the list of charts to prerender, the lookup of
// a chart by its route parameter, and the response headers of each kind of file.
import { error } from '@sveltejs/kit';
import { embedById, embeds, type Embed } from '../embed/embeds';

export const chartEntries = () => embeds.map((embed) => ({ chart: embed.id }));

export function embedOr404(id: string): Embed {
	const embed = embedById(id);
	if (!embed) error(404, `No embeddable chart "${id}"`);
	return embed;
}

export const pngResponse = (png: Buffer) =>
	new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
export const svgResponse = (svg: string) =>
	new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
