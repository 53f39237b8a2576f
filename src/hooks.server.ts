// Prerender-time changes to each page's HTML: the province shapes (once per page that draws a
// map) and the static fragments (the story's first chart, the slides), both kept out of the
// JavaScript; and on every page, its scripts fetched after its content (the story's own script
// included). See docs/speed.md.
import type { Handle } from '@sveltejs/kit';
import shapes from '$lib/generated/map-shapes.json';
import { mapSprite, SPRITE_PLACEHOLDER } from '$lib/charts/map-sprite';
import { fillStaticFragments } from '$lib/speed/static-fragments.server';
import { preloadScriptsAfterText } from '$lib/speed/preload-after-text.server';
import { storyScriptTags } from '$lib/speed/story-script.server';
import type { MapShapes } from '$lib/model/map';

const sprite = mapSprite(shapes as MapShapes);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: async ({ html }) => {
			// Fragments first: the slides' maps are in them.
			const filled = await fillStaticFragments(html);
			const page = filled.replace(SPRITE_PLACEHOLDER, filled.includes('href="#prov-') ? sprite : '');
			// The story has SvelteKit's client turned off and hydrates its islands itself.
			if (event.route.id === '/') return page.replace('</body>', `${storyScriptTags()}</body>`);
			return preloadScriptsAfterText(page);
		}
	});
