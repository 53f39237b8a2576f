// The story page's only script. The page is SvelteKit's HTML with SvelteKit's client turned off
// (csr = false in src/routes/+page.server.ts): a reader's phone downloads, runs and hydrates
// neither its router nor its page tree, and nothing is written to the device's session storage.
// Only the two islands are hydrated here (islands.ts): the motion switch and the graphic beside
// the steps. The steps' Embed and Download tools are static HTML that one listener on the
// document serves. Built as an entry of the site's client build (build-plugins.ts); the page is
// given its <script> by story-script.server.ts.
import { hydrate } from 'svelte';
import MotionToggle from '$lib/story/MotionToggle.svelte';
import ScrollingGraphic from '$lib/story/ScrollingGraphic.svelte';
import { editionContext } from '$lib/model/edition';
import { readPageWords } from '$lib/static-html/page-words';
import { ISLANDS, graphicIslandProps } from './islands';
import { listenToChartTools } from '$lib/embed/chart-tools.client';
import { preparePrinting } from '$lib/story/print-figures.client';

const island = (name: string) => document.querySelector(`[data-island="${name}"]`)!;
// The edition's words, from the page: each island is a root, given them as its context.
const words = readPageWords();
const context = editionContext(words);

// Each island is hydrated in a task of its own, after the one in which the modules ran: on a
// slow phone none of the three then holds the page for long.
setTimeout(() => hydrate(MotionToggle, { target: island(ISLANDS.motionToggle), context }));
setTimeout(() => hydrate(ScrollingGraphic, { target: island(ISLANDS.graphic), props: graphicIslandProps, context }));
listenToChartTools(words);
preparePrinting();
