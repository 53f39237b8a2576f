// Measures what a page actually loads: every response while it loads (and, for the story,
// while it is scrolled), with its gzip and brotli sizes, by kind. Shared by the benchmark
// (which prints it) and the budget tests in npm test (which hold it to the budgets).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'fonts' | 'images' | 'other';
export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}
export interface PageWeight {
	url: string;
	byKind: Record<Kind, Sizes>;
	total: Sizes;
	foreignRequests: string[];
	/** The text of every script it loaded, for the tests that read what a page's code carries */
	scripts: { url: string; text: string }[];
}

function kindOf(url: string, contentType: string): Kind {
	if (contentType.includes('html')) return 'html';
	if (contentType.includes('css')) return 'css';
	if (contentType.includes('javascript')) return 'js';
	if (/font|woff/.test(contentType)) return 'fonts';
	if (contentType.startsWith('image/')) return 'images';
	if (/json|csv|topojson/.test(contentType) || /\.(json|csv|topojson)$/.test(url)) return 'data';
	return 'other';
}

export function compressedSizes(body: Buffer): Sizes {
	return {
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
	};
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/** Loads `url` in `page` and sums what it fetched; `afterLoad` may scroll or click to load more. */
export async function measurePage(
	page: Page,
	url: string,
	afterLoad?: (page: Page) => Promise<void>
): Promise<PageWeight> {
	const origin = new URL(url).origin;
	const bodies: Promise<{ kind: Kind; sizes: Sizes; url: string; body: Buffer } | null>[] = [];
	const foreignRequests: string[] = [];
	page.on('request', (request) => {
		const address = request.url();
		if (/^(data|blob|about):/.test(address)) return;
		if (new URL(address).origin !== origin) foreignRequests.push(address);
	});
	page.on('response', (response) => {
		bodies.push(
			response
				.body()
				.then((body) => ({
					kind: kindOf(response.url(), response.headers()['content-type'] ?? ''),
					sizes: compressedSizes(body),
					url: response.url(),
					body
				}))
				.catch(() => null) // redirects and aborted requests have no body
		);
	});
	let inFlight = 0;
	page.on('request', () => inFlight++);
	page.on('requestfinished', () => inFlight--);
	page.on('requestfailed', () => inFlight--);
	// Not Playwright's "networkidle": on a long page the scripts' preloads sit at the end of the
	// body, and that can fire before the parser has reached them.
	await page.goto(url, { waitUntil: 'load' });
	await networkQuiet(page, () => inFlight);
	if (afterLoad) await afterLoad(page);
	await networkQuiet(page, () => inFlight);
	const byKind = Object.fromEntries(
		(['html', 'css', 'js', 'data', 'fonts', 'images', 'other'] as Kind[]).map((k) => [k, zero()])
	) as Record<Kind, Sizes>;
	const total = zero();
	const scripts: PageWeight['scripts'] = [];
	for (const entry of await Promise.all(bodies)) {
		if (!entry) continue;
		for (const key of ['raw', 'gzip', 'brotli'] as const) {
			byKind[entry.kind][key] += entry.sizes[key];
			total[key] += entry.sizes[key];
		}
		if (entry.kind === 'js') scripts.push({ url: entry.url, text: entry.body.toString('utf8') });
	}
	return { url, byKind, total, foreignRequests, scripts };
}

/** Resolves once no request has been in flight for half a second. */
async function networkQuiet(page: Page, inFlight: () => number) {
	for (let quietSince = Date.now(); Date.now() - quietSince < 500;) {
		await page.waitForTimeout(50);
		if (inFlight() > 0) quietSince = Date.now();
	}
}

/** Scrolls the whole page to the bottom in steps, as a reader would. */
export async function scrollThrough(page: Page, stepPixels = 400) {
	// No named functions inside: tsx would wrap them in a helper the page does not have.
	await page.evaluate(async (step) => {
		while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
			window.scrollBy(0, step);
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
	}, stepPixels);
}

/** The budgets the product promises (docs/performance.md): bytes of brotli-compressed JavaScript, bytes of each PDF, … */
export const BUDGETS = {
	storyJsBrotli: 50 * 1024,
	embedJsBrotli: 15 * 1024,
	/** The deck's slides and its speaker notes, each */
	deckPdfBytes: 2 * 1024 * 1024,
	handoutPdfBytes: 500 * 1024,
	foreignRequests: 0,
	lighthousePerformance: 100,
	lighthouseAccessibility: 100,
	cumulativeLayoutShift: 0,
	longTasksDuringScroll: 0
} as const;
