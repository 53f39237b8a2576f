// The link-preview image (og:image) of one chart, 1200×630.
import { socialCardSvg, svgToPng } from '$lib/export/export.server';
import { displayAddress } from '$lib/site';
import { chartEntries, embedOr404, pngResponse } from '$lib/export/image-routes.server';
import { copy } from '$lib/model/content';
import { editionWords } from '$lib/model/edition-words.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => {
	const embed = embedOr404(params.chart);
	const svg = socialCardSvg(
		embed.state,
		{
			kicker: copy.headline,
			title: embed.title,
			body: embed.subtitle,
			footer: displayAddress()
		},
		editionWords('en')
	);
	return pngResponse(svgToPng(svg, 1));
};
