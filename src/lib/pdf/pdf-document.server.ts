// A PDF made of SVG pages, at build time with no browser: pdfkit writes the document and
// svg-to-pdfkit draws each page from its SVG (made ready by svg-for-pdf), so charts stay vectors,
// text stays text (selectable, searchable) in embedded subsets of the bundled fonts, and an SVG
// link (<a href>) becomes a link on the page.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { bundledFamily, faceFile, fontBytes } from './pdf-fonts.server';

/** A page: an SVG document whose user units are PDF points, ready for svg-to-pdfkit (PdfPage.svelte, its graphics made ready by svgForPdf). */
export interface SvgPage {
	svg: string;
	width: number;
	height: number;
}

export interface PdfInfo {
	title: string;
	/** `<html lang>`: en, ja, fa-AF */
	lang: string;
	/** The date the document's content is from (YYYY-MM-DD): its creation date, so a build gives the same bytes */
	date: string;
}

/** pdfkit's font as svg-to-pdfkit reads it: glyph ids and their positions, in font units. */
interface LaidOutFont {
	encode(text: string, features?: unknown): [string[], { advanceWidth: number; yOffset: number }[]];
}

/**
 * svg-to-pdfkit skips every glyph of no advance and moves a glyph down by its vertical offset,
 * which fonts give upwards: so it would drop the dots and vowel marks that Noto Sans Arabic
 * places on its letters (marks of no advance, above or below). The font it reads gives them a
 * hair of advance and their offset the other way.
 */
function placeMarks(font: LaidOutFont) {
	const encode = font.encode.bind(font);
	font.encode = (text, features) => {
		const [glyphs, positions] = encode(text, features);
		return [glyphs, positions.map((p) => ({ ...p, advanceWidth: p.advanceWidth || 0.001, yOffset: -p.yOffset }))];
	};
}

export async function pdfFromSvgPages(pages: SvgPage[], info: PdfInfo): Promise<Buffer> {
	const doc = new PDFDocument({
		autoFirstPage: false,
		margin: 0,
		lang: info.lang,
		displayTitle: true,
		info: { Title: info.title, CreationDate: new Date(`${info.date}T00:00:00Z`), Producer: 'pdfkit' },
		tagged: false
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const ended = new Promise<void>((resolve) => doc.on('end', resolve));

	const registered = new Set<string>();
	const fontCallback = (family: string, bold: boolean, italic: boolean) => {
		const file = faceFile(bundledFamily(family), bold, italic);
		if (!registered.has(file)) {
			doc.registerFont(file, fontBytes(file));
			doc.font(file);
			placeMarks((doc as unknown as { _font: LaidOutFont })._font);
			registered.add(file);
		}
		return file;
	};
	for (const page of pages) {
		doc.addPage({ size: [page.width, page.height], margin: 0 });
		SVGtoPDF(doc, page.svg, 0, 0, {
			width: page.width,
			height: page.height,
			assumePt: true,
			fontCallback,
			warningCallback: (warning: string) => {
				throw new Error(`svg-to-pdfkit: ${warning}`);
			}
		});
	}
	doc.end();
	await ended;
	return Buffer.concat(chunks);
}
