// The same image as chart.svg, as a PNG at twice its size for sharp slides and print.
import { exportSvg, svgToPng } from '$lib/export/export.server';
import { chartEntries, embedOr404, pngResponse } from '$lib/export/image-routes.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => pngResponse(svgToPng(exportSvg(embedOr404(params)).svg, 2));
