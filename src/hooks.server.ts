// Prerender-time additions to each page's HTML: the province shapes (once per page that
// draws a map) and the static fragments (the story's text, the slides). Both stay out of the
// JavaScript.
import type { Handle } from '@sveltejs/kit';
import shapes from '$lib/generated/map-shapes.json';
import { mapSprite, SPRITE_PLACEHOLDER } from '$lib/charts/map-sprite';
import { fillStaticFragments } from '$lib/server/static-fragments';
import type { MapShapes } from '$lib/types/map';

const sprite = mapSprite(shapes as MapShapes);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: async ({ html }) => {
			// Fragments first: the slides' maps are in them.
			const filled = await fillStaticFragments(html);
			return filled.replace(SPRITE_PLACEHOLDER, filled.includes('href="#prov-') ? sprite : '');
		}
	});
