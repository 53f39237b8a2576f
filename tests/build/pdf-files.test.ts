// Every edition's PDFs, as their prerendered endpoints make them at build time, read back the
// way a reader's PDF program reads them (poppler's pdfinfo, pdftotext, pdffonts, pdftoppm): the
// deck page by page in the deck's order, the speaker notes, the one-page handout on A4 and
// Letter with figures that equal data/, fonts embedded, the QR code decoded from the picture.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { editions, editionPath } from '$lib/model/editions';
import { editionCopy } from '$lib/model/copies.server';
import { editionWords } from '$lib/model/edition-words.server';
import { dataTerm, COUNT_SLOT } from '$lib/model/data-terms';
import { fill, provinceName } from '$lib/model/edition';
import { formatCount, formatValue, formatWholePercent } from '$lib/charts/format';
import { buildSlides, slideName } from '$lib/present/slides';
import { deckCopy } from '$lib/present/deck-content';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/model/data';
import { SITE_URL } from '$lib/site';
import { BUDGETS } from '../bench/page-weight';
import { GET as slidesPdf } from '../../src/routes/[[edition=edition]]/present/slides.pdf/+server';
import { GET as notesPdf } from '../../src/routes/[[edition=edition]]/present/notes.pdf/+server';
import { GET as handoutPdf } from '../../src/routes/[[edition=edition]]/handout.pdf/+server';
import { GET as handoutLetterPdf } from '../../src/routes/[[edition=edition]]/handout-letter.pdf/+server';

const MB = 1024 * 1024;
// An edition's deck and notes take a few seconds each to make and read back, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const { deckPdfBytes, handoutPdfBytes } = BUDGETS;
const folder = mkdtempSync(join(tmpdir(), 'pdf-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Handler = (event: never) => Response | Promise<Response>;

/** A PDF as its endpoint serves it, written to a file for poppler. */
async function fetchPdf(handler: Handler, code: string, name: string) {
	const response = await handler({ params: { edition: code === 'en' ? undefined : code } } as never);
	expect(response.headers.get('content-type')).toBe('application/pdf');
	const bytes = Buffer.from(await response.arrayBuffer());
	const file = join(folder, `${code}-${name}.pdf`);
	writeFileSync(file, bytes);
	return { file, bytes };
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * MB });

/** Page count and each page's size in points, rounded. */
function pages(file: string): { count: number; sizes: string[] } {
	const info = poppler('pdfinfo', '-f', '1', '-l', '999', file);
	const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
		([, w, h]) => `${Math.round(Number(w))}x${Math.round(Number(h))}`
	);
	return { count: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), sizes };
}

const pageText = (file: string, page: number) => poppler('pdftotext', '-f', `${page}`, '-l', `${page}`, file, '-');

/**
 * Text to compare as a PDF program extracts it: its letters and digits only (a PDF keeps no line
 * breaks of its own, and a program that reads a right-to-left line back places its punctuation
 * and direction marks its own way), and Arabic letters by their shape without dots: Noto Sans
 * Arabic draws several letters with one dotless glyph, and a PDF maps a glyph back to the first
 * letter it was drawn for.
 */
const ARABIC_SHAPES: [RegExp, string][] = [
	[/[بتثپنیيئىېۍټ]/g, 'ب'],
	[/[جحخچځڅ]/g, 'ح'],
	[/[دذډ]/g, 'د'],
	[/[رزژړږ]/g, 'ر'],
	[/[سشښ]/g, 'س'],
	[/[صض]/g, 'ص'],
	[/[طظ]/g, 'ط'],
	[/[عغ]/g, 'ع'],
	[/[فق]/g, 'ف'],
	[/[کكگګ]/g, 'ک'],
	[/[هةۀ]/g, 'ه'],
	[/[وؤ]/g, 'و'],
	[/[اأإآ]/g, 'ا']
];
/** A text's words as they compare: a page has a slide's title words if it has each of them. */
const wordsOf = (text: string) =>
	text
		.split(/[^\p{L}\p{N}]+/u)
		.map(comparable)
		.filter(Boolean);
const hasWords = (page: string, text: string) => wordsOf(text).filter((word) => !comparable(page).includes(word));

const comparable = (text: string) =>
	ARABIC_SHAPES.reduce((t, [letters, shape]) => t.replace(letters, shape), text.replace(/[^\p{L}\p{N}]/gu, ''));

/** The QR code on a page, decoded from the page drawn as a picture. */
function qrCode(file: string, page: number): string | null {
	const prefix = join(folder, `qr-${page}-${Math.random().toString(36).slice(2)}`);
	poppler('pdftoppm', '-r', '150', '-f', `${page}`, '-l', `${page}`, '-singlefile', '-png', file, prefix);
	const png = PNG.sync.read(readFileSync(`${prefix}.png`));
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

const readCsv = (name: string) => csvParse(readFileSync(join('data', name), 'utf8'));

describe.each(editions.map((edition) => [edition.code]))('the PDFs of the %s edition', (code) => {
	const { edition, copy } = editionCopy(code);
	const words = editionWords(code);
	const { labels, locale } = words;
	const storyUrl = SITE_URL + editionPath(edition, '/');
	const deck = deckCopy(copy, (methods as MethodsData).corrections);
	const slides = buildSlides(deck);

	it('the deck: one 16:9 page per slide, in the deck order, each with its title words, under 2 MB, fonts embedded', async () => {
		const { file, bytes } = await fetchPdf(slidesPdf as Handler, code, 'slides');
		expect(bytes.length).toBeLessThan(deckPdfBytes);
		const { count, sizes } = pages(file);
		expect(count).toBe(slides.length);
		expect(new Set(sizes)).toEqual(new Set(['960x540']));
		slides.forEach((slide, i) => {
			const title =
				slide.kind === 'title' ? copy.headline : slide.kind === 'step' ? slide.step.short : labels.deck.closing_heading;
			expect(hasWords(pageText(file, i + 1), title), `slide ${i}: ${slideName(slide, deck, labels)}`).toEqual([]);
		});
		const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
	});

	it("the deck's closing slide: its QR code reads the story's address, which it and the address link to", async () => {
		const { file, bytes } = await fetchPdf(slidesPdf as Handler, code, 'slides');
		expect(qrCode(file, slides.length)).toBe(storyUrl);
		expect(bytes.toString('latin1')).toContain(`/URI (${storyUrl})`);
		// Each chart's source line links to the story's sources.
		expect(bytes.toString('latin1')).toContain(`/URI (${storyUrl}#sources)`);
	});

	it('the speaker notes: every slide in order, each with its notes, on A4', async () => {
		const { file, bytes } = await fetchPdf(notesPdf as Handler, code, 'notes');
		expect(bytes.length).toBeLessThan(deckPdfBytes);
		const { count, sizes } = pages(file);
		expect(count).toBeGreaterThanOrEqual(slides.length);
		expect(new Set(sizes)).toEqual(new Set(['595x842']));
		// Each slide's name heads a page after the last one's; its notes follow on that page or the next.
		const texts = Array.from({ length: count }, (_, page) => pageText(file, page + 1));
		let page = 0;
		for (const slide of slides) {
			const name = slideName(slide, deck, labels);
			while (page < count && hasWords(texts[page], name).length) page++;
			expect(page, name).toBeLessThan(count);
			const notes = slide.kind === 'step' && slide.step.notes ? slide.step.notes : labels.deck.no_notes;
			expect(hasWords(texts[page] + (texts[page + 1] ?? ''), notes), name).toEqual([]);
			page++;
		}
	});

	/** The handout's figures, computed here from the CSV files of data/ and written in the edition's locale. */
	function expectedFigures(): string[] {
		const counts = readCsv('girls-barred-count.csv');
		const newest = (kind: string) =>
			counts
				.filter((row) => row.kind === kind)
				.sort((a, b) => a.date!.localeCompare(b.date!))
				.at(-1)!;
		const withQualifier = (row: (typeof counts)[number]) => {
			const figure = formatCount(Number(row.girls_barred), locale);
			if (!row.qualifier) return figure;
			const qualifier = dataTerm(words, 'girls-barred-count.csv:qualifier', row.qualifier);
			return qualifier.includes(COUNT_SLOT) ? qualifier.replace(COUNT_SLOT, figure) : `${qualifier} ${figure}`;
		};
		const schools = readCsv('japan-education-projects.csv').find((row) => row.project_id === 'primary-165-2023')!;
		const parity = readCsv('gender-parity-national.csv')
			.map((row) => Number(row.gpi_primary_gross || 0))
			.reduce((a, b) => Math.max(a, b));
		const women = readCsv('indicators/dhs2015-women-education.csv')
			.filter((row) => row.secondary_or_higher_pct)
			.map((row) => ({ province: row.province!, value: Number(row.secondary_or_higher_pct) }))
			.sort((a, b) => a.value - b.value);
		return [
			formatCount(Number(schools.schools), locale),
			withQualifier(newest('count')),
			withQualifier(newest('projection')),
			formatWholePercent(parity, locale),
			formatValue(women.at(-1)!.value, '%', locale),
			provinceName(words, women.at(-1)!.province),
			formatValue(women[0].value, '%', locale),
			provinceName(words, women[0].province)
		];
	}

	it.each([
		['A4', handoutPdf, '595x842'],
		['Letter', handoutLetterPdf, '612x792']
	] as const)(
		'the handout on %s: one page under 500 KB, its figures equal to data/, its QR code the story',
		async (name, handler, size) => {
			const { file, bytes } = await fetchPdf(handler as Handler, code, `handout-${name}`);
			expect(bytes.length).toBeLessThan(handoutPdfBytes);
			expect(pages(file)).toEqual({ count: 1, sizes: [size] });
			const text = comparable(pageText(file, 1));
			for (const words of [copy.headline, labels.pdf.question, labels.pdf.figures])
				expect(text).toContain(comparable(words));
			for (const figure of expectedFigures()) expect(text, figure).toContain(comparable(figure));
			for (const words of labels.pdf.data_date.split(/\{[a-z_]+\}/)) expect(text).toContain(comparable(words));
			expect(qrCode(file, 1)).toBe(storyUrl);
			for (const font of poppler('pdffonts', file).split('\n').slice(2).filter(Boolean))
				expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
		}
	);
});
