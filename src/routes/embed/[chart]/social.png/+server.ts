// The link-preview image (og:image) of one chart, 1200×630.
import { displayAddress, socialCardSvg, svgToPng } from '$lib/embed/export.server';
import { chartEntries, embedOr404, pngResponse } from '$lib/embed/image-routes.server';
import { copy } from '$lib/story/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => {
	const embed = embedOr404(params.chart);
	const svg = socialCardSvg(embed.state, { kicker: copy.headline, title: embed.title, body: embed.subtitle, footer: displayAddress() });
	return pngResponse(svgToPng(svg, 1));
};
