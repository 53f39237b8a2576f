// The list of embeddable charts, for editors, with code, images and previews at three widths.
import { htmlResponse, renderEmbedIndex } from '$lib/embed/page-render.server';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

export const GET: RequestHandler = () => htmlResponse(renderEmbedIndex());
