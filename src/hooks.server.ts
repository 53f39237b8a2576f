// Prerender-time changes to each page's HTML: its edition's language and direction on <html>; the province shapes (once per page that draws a
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
import { editionOf } from '$lib/model/editions';

const sprite = mapSprite(shapes as MapShapes);

/** The story page's route: it has SvelteKit's client turned off and hydrates its islands itself. */
const STORY_ROUTE = '/[[edition=edition]]';

export const handle: Handle = ({ event, resolve }) => {
	const edition = editionOf(event.params.edition);
	return resolve(event, {
		transformPageChunk: async ({ html }) => {
			// Fragments first: the slides' maps are in them.
			const filled = await fillStaticFragments(html, edition.code);
			const page = filled
				.replace(SPRITE_PLACEHOLDER, filled.includes('href="#prov-') ? sprite : '')
				.replace('%edition.lang%', edition.lang)
				.replace('%edition.dir%', edition.dir);
			if (event.route.id === STORY_ROUTE) return page.replace('</body>', `${storyScriptTags()}</body>`);
			return preloadScriptsAfterText(page);
		}
	});
};
