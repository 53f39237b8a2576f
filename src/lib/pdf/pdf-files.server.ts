// Each edition's PDFs, made once per build from its deck's data (deckPageData): the slides, the
// speaker notes and the handout in A4 and US Letter. Their endpoints are prerendered, so
// `npm run build` writes them for every edition the data build finds.
import { fill } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import { deckPageData } from '$lib/present/deck-data.server';
import { pdfFromSvgPages } from './pdf-document.server';
import { notesLayouts, pdfSetting, slideLayouts, svgPage } from './deck-pages.server';
import { dataDate, handoutLayout } from './handout-page.server';
import type { PaperSize } from './page-layout';

export type PdfKind = 'slides' | 'notes' | PaperSize;

const made = new Map<string, Promise<Buffer>>();

async function makePdf(kind: PdfKind, code?: string): Promise<Buffer> {
	const deck = await deckPageData(code);
	// All the edition's words: the deck's windows carry only the groups they show.
	const words = editionWords(deck.edition.code);
	const setting = pdfSetting(words);
	const { labels, lang, code: edition } = words;
	const headline = { headline: deck.deck.headline };
	const layouts =
		kind === 'slides'
			? slideLayouts(deck, setting).map(({ page }) => page)
			: kind === 'notes'
				? notesLayouts(deck, setting)
				: [handoutLayout(deck, setting, kind)];
	const title =
		kind === 'slides' ? labels.pdf.slides_title : kind === 'notes' ? labels.pdf.notes_title : labels.pdf.handout_title;
	return pdfFromSvgPages(
		layouts.map((page) => svgPage(page, setting)),
		{ title: fill(title, headline), lang, date: dataDate(edition) }
	);
}

/** A PDF of an edition (its code; English when absent), made once per build. */
export function editionPdf(kind: PdfKind, code?: string): Promise<Buffer> {
	const key = `${kind} ${code ?? 'en'}`;
	if (!made.has(key)) made.set(key, makePdf(kind, code));
	return made.get(key)!;
}

export const pdfResponse = (pdf: Buffer) =>
	new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf' } });
