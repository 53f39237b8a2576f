// The speaker notes as a PDF to print: each slide, its notes, what its graphic shows and its sources.
import { editionPdf, pdfResponse } from '$lib/pdf/pdf-files.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => pdfResponse(await editionPdf('notes', params.edition));
