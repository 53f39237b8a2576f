// The one-page handout, on A4.
import { editionPdf, pdfResponse } from '$lib/pdf/pdf-files.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => pdfResponse(await editionPdf('a4', params.edition));
