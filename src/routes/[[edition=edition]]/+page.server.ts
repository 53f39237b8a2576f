// The story's words and methods reach the page through load, on the server: imported by the
// page, the copy would be bundled into the chunk the islands share (6 KB brotli more for every
// reader), and both into the page's client build, which the presentation's offline copy stores.
import { editionCopy } from '$lib/model/copies.server';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/model/data';
import type { PageServerLoad } from './$types';

// No SvelteKit client on the story, a page with no links to route: it hydrates its two islands
// itself (src/lib/speed/story.client.ts; why, in docs/speed.md).
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const { edition, copy } = editionCopy(params.edition);
	return {
		edition,
		copy,
		methods: methods as MethodsData,
		head: {
			title: `${copy.headline} Japan, the Taliban and Afghan girls' schooling`,
			headline: copy.headline,
			description: copy.dek,
			// What social.png shows: the headline, the dek and the closing step's map.
			socialImageAlt: `${copy.headline} ${copy.dek} ${copy.steps[copy.steps.length - 1].alt}`
		}
	};
};
