// The story's link-preview image (og:image), 1200×630: headline, dek and the closing map.
import { socialCardSvg, svgToPng } from '$lib/export/export.server';
import { displayAddress } from '$lib/site';
import { pngResponse } from '$lib/export/image-routes.server';
import { copy } from '$lib/model/content';
import { editionWords } from '$lib/model/edition-words.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const closing = copy.steps[copy.steps.length - 1];
	const edition = editionWords('en');
	const svg = socialCardSvg(
		closing.state,
		{ kicker: edition.labels.page.kicker, title: copy.headline, body: copy.dek, footer: displayAddress() },
		edition
	);
	return pngResponse(svgToPng(svg, 1));
};
