// Puts the province shapes into the prerendered HTML of pages that draw a map, once per page.
import type { Handle } from '@sveltejs/kit';
import shapes from '$lib/generated/map-shapes.json';
import { mapSprite, SPRITE_PLACEHOLDER } from '$lib/charts/map-sprite';
import type { MapShapes } from '$lib/types/map';

const sprite = mapSprite(shapes as MapShapes);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace(SPRITE_PLACEHOLDER, html.includes('href="#prov-') ? sprite : '')
	});
