// What the embed routes (the page and its images) share: the list of charts to prerender, the lookup of
// a chart by its route parameter, and the response headers of each kind of file.
import { error } from '@sveltejs/kit';
import { embedById, embedsFor, type Embed } from '../embed/embeds';
import { editionParams } from '$lib/model/editions';

/** Every chart of every edition, for prerendering. */
export const chartEntries = () =>
	editionParams().flatMap((edition) => embedsFor(edition).map((embed) => ({ edition, chart: embed.id })));

/** The chart of a route's parameters, in its edition. */
export function embedOr404({ chart, edition }: { chart: string; edition?: string }): Embed {
	const embed = embedById(chart, edition);
	if (!embed) error(404, `No embeddable chart "${chart}"`);
	return embed;
}

export const pngResponse = (png: Buffer) =>
	new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
export const svgResponse = (svg: string) =>
	new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
