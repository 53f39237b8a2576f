// The story's <head> words, read on the server so the full copy stays out of the JavaScript.
import { copy } from '$lib/story/content';

// No SvelteKit client on the story: its router and page tree were 14 of the page's 48.5 KB of
// JavaScript (brotli), and their start as long a task as any while the page loads, for a page
// with no links to route. The page hydrates its two interactive parts itself
// (src/lib/story/story.client.ts).
export const csr = false;

export const load = () => ({
	head: {
		title: `${copy.headline} Japan, the Taliban and Afghan girls' schooling`,
		headline: copy.headline,
		description: copy.dek,
		// What /social.png shows: the headline, the dek and the closing step's map.
		socialImageAlt: `${copy.headline} ${copy.dek} ${copy.steps[copy.steps.length - 1].alt}`
	}
});
