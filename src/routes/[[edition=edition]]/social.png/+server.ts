// The story's link-preview image (og:image), 1200×630: headline, dek and the closing map.
import { socialCardSvg, svgToPng } from '$lib/export/export.server';
import { SITE_URL, displayAddress } from '$lib/site';
import { pngResponse } from '$lib/export/image-routes.server';
import { editionCopy } from '$lib/model/copies.server';
import { editionPath } from '$lib/model/editions';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ params }) => {
	const { edition, copy } = editionCopy(params.edition);
	const closing = copy.steps[copy.steps.length - 1];
	const svg = socialCardSvg(
		closing.state,
		{
			kicker: 'A data story',
			title: copy.headline,
			body: copy.dek,
			footer: displayAddress(SITE_URL + editionPath(edition, '/'))
		},
		edition.lang
	);
	return pngResponse(svgToPng(svg, 1));
};
