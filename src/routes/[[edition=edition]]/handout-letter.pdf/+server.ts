// The one-page handout, on US Letter.
import { editionPdf, pdfResponse } from '$lib/pdf/pdf-files.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => pdfResponse(await editionPdf('letter', params.edition));
