// The story's words, read on the server: imported by the page instead, the whole copy would
// be bundled into the chunk the page's islands share, and downloaded for nothing.
import { copy } from '$lib/story/content';

// No SvelteKit client on the story, a page with no links to route: it hydrates its two islands
// itself (src/lib/speed/story.client.ts; why, in docs/speed.md).
export const csr = false;

export const load = () => ({
	copy,
	head: {
		title: `${copy.headline} Japan, the Taliban and Afghan girls' schooling`,
		headline: copy.headline,
		description: copy.dek,
		// What /social.png shows: the headline, the dek and the closing step's map.
		socialImageAlt: `${copy.headline} ${copy.dek} ${copy.steps[copy.steps.length - 1].alt}`
	}
});
