// The chart as shown in the story, with title, legend, source and credit: a standalone SVG.
import { exportSvg } from '$lib/export/export.server';
import { chartEntries, embedOr404, svgResponse } from '$lib/export/image-routes.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => svgResponse(exportSvg(embedOr404(params)).svg);
