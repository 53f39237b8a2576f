// The story's link-preview image (og:image), 1200×630: headline, dek and the closing map.
import { displayAddress, socialCardSvg, svgToPng } from '$lib/embed/export.server';
import { pngResponse } from '$lib/embed/image-routes.server';
import { copy } from '$lib/story/content';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const closing = copy.steps[copy.steps.length - 1];
	const svg = socialCardSvg(closing.state, { kicker: 'A data story', title: copy.headline, body: copy.dek, footer: displayAddress() });
	return pngResponse(svgToPng(svg, 1));
};
