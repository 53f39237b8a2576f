// The story's <head> words, read on the server so the full copy stays out of the JavaScript.
import { copy } from '$lib/story/content';

export const load = () => ({
	head: {
		title: `${copy.headline} Japan, the Taliban and Afghan girls' schooling`,
		headline: copy.headline,
		description: copy.dek,
		// What /social.png shows: the headline, the dek and the closing step's map.
		socialImageAlt: `${copy.headline} ${copy.dek} ${copy.steps[copy.steps.length - 1].alt}`
	}
});
