// One chart of the story, alone, for an iframe on another site (see page-render.server.ts for
// why this is an endpoint and not a page).
import { htmlResponse, renderEmbedPage } from '$lib/embed/page-render.server';
import { chartEntries } from '$lib/embed/image-routes.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'always';
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => htmlResponse(renderEmbedPage(params.chart));
