// The link-preview image (og:image) of one chart, 1200×630.
import { socialCardSvg, svgToPng } from '$lib/export/export.server';
import { SITE_URL, displayAddress } from '$lib/site';
import { chartEntries, embedOr404, pngResponse } from '$lib/export/image-routes.server';
import { editionCopy } from '$lib/model/copies.server';
import { editionPath } from '$lib/model/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => {
	const embed = embedOr404(params);
	const { edition, copy } = editionCopy(params.edition);
	const svg = socialCardSvg(
		embed.state,
		{
			kicker: copy.headline,
			title: embed.title,
			body: embed.subtitle,
			footer: displayAddress(SITE_URL + editionPath(edition, '/'))
		},
		edition.lang
	);
	return pngResponse(svgToPng(svg, 1));
};
