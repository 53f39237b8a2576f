// The story page's only script. The page is SvelteKit's HTML with SvelteKit's client turned off
// (csr = false in src/routes/+page.server.ts): a reader's phone downloads, runs and hydrates
// neither its router nor its page tree, and nothing is written to the device's session storage.
// Only the two parts that change in the browser are hydrated here, each from the static
// fragment it is drawn as (src/lib/server/static-fragments.ts): the motion switch and the
// graphic beside the steps. The steps' Embed and Download tools are static HTML that one
// listener on the document serves.
// Built as an entry of the site's client build (vite.config.ts); the page is given its
// <script> by src/lib/server/story-script.ts.
import { hydrate } from 'svelte';
import MotionToggle from './MotionToggle.svelte';
import ScrollingGraphic from './ScrollingGraphic.svelte';
import { data, mapMeta, storySteps } from './content';
import { STORY_ISLANDS } from './islands';
import { listenToChartTools } from '$lib/embed/chart-tools.client';

const island = (name: string) => document.querySelector(`[data-static-fragment="${name}"]`)!;

// Each island is hydrated in a task of its own, after the one in which the modules ran: on a
// slow phone none of the three then holds the page for long.
setTimeout(() => hydrate(MotionToggle, { target: island(STORY_ISLANDS.motionToggle) }));
setTimeout(() =>
	hydrate(ScrollingGraphic, {
		target: island(STORY_ISLANDS.graphic),
		// The props the server drew it with (src/lib/server/static-fragments.ts).
		props: { steps: storySteps, data, meta: mapMeta, stepsId: STORY_ISLANDS.stepsId }
	})
);
listenToChartTools();
