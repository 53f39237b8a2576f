// The deck as a PDF, one 16:9 page per slide, for events that ask for the slides ahead.
import { editionPdf, pdfResponse } from '$lib/pdf/pdf-files.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => pdfResponse(await editionPdf('slides', params.edition));
