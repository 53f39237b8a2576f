// One chart of the story, alone, for an iframe on another site. Prerendered with a trailing
// slash, as every page is (src/routes/+layout.ts).
import { chartEntries, embedOr404 } from '$lib/export/image-routes.server';
import { embedPageData } from '$lib/embed/embed-pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client: the page's only scripts are the height messages (static/embed/
// frame-height.js) and, on maps, the labels' fitting to the width (fit-map-labels.ts).
export const csr = false;
export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params }) => embedPageData(embedOr404(params));
