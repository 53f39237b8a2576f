// Host pages for the embed tests, served by a server of their own on another port: another
// origin, so the origin checks of the resizers are real. (A made-up public origin served by a
// Playwright route would not do: Chromium refuses to frame the loopback test site from it.)
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedIdFor } from '../../../src/lib/embed/embed-id';
import { copy } from './story';

export const WIDTHS = [320, 600, 1000] as const;

/** Every embed id, derived from the copy as the site derives them. */
export const embedIds = [...new Set(copy.steps.map((step) => embedIdFor(step)))];

const PYM_PARENT = readFileSync('node_modules/pym.js/dist/pym.v1.js', 'utf8');

export interface HostServer {
	/** e.g. http://127.0.0.1:41234: not the site's origin */
	origin: string;
	/** Opens a host page with this body (no margins, like a column of an article). */
	open(page: Page, body: string): Promise<void>;
}

/**
 * Starts a host server for the tests of the file (one per worker): /pym.v1.js is pym.js's real
 * parent script from node_modules; every other path is the page body last given to open().
 */
export function useHostServer(): HostServer {
	let server: Server;
	let body = '';
	const host: HostServer = {
		origin: '',
		async open(page, pageBody) {
			body = pageBody;
			await page.goto(`${host.origin}/host-${Date.now()}`);
		}
	};
	test.beforeAll(async () => {
		server = createServer((request, response) => {
			if (request.url === '/pym.v1.js') {
				response.writeHead(200, { 'content-type': 'text/javascript' });
				return response.end(PYM_PARENT);
			}
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
				<style>body { margin: 0; } iframe { display: block; }</style></head><body>${body}</body></html>`);
		});
		await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
		host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
	return host;
}

/** The frame of the iframe element with this data-test-id. */
export async function frameOf(page: Page, testId: string): Promise<Frame> {
	const handle = await page.locator(`iframe[data-test-id="${testId}"]`).elementHandle();
	const frame = await handle!.contentFrame();
	if (!frame) throw new Error(`no frame for ${testId}`);
	return frame;
}

interface FrameFit {
	id: string;
	iframeHeight: number;
	contentHeight: number;
	scrolls: boolean;
}

/** How an embed iframe fits its content: the iframe's height on the host, the content's own height, and whether the frame scrolls. */
export async function measureFit(page: Page, testId: string): Promise<FrameFit> {
	const iframeHeight = await page
		.locator(`iframe[data-test-id="${testId}"]`)
		.evaluate((el) => el.getBoundingClientRect().height);
	const frame = await frameOf(page, testId);
	const inner = await frame.evaluate(() => {
		const root = document.documentElement;
		return {
			// Measured independently of the embed's own script: the body's box.
			contentHeight: document.body.getBoundingClientRect().height,
			scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth
		};
	});
	return { id: testId, iframeHeight, ...inner };
}

/**
 * Waits until every listed iframe ends within 2 px of its content, with no scrollbar inside.
 * Each frame is scrolled into view first, as a reader would: browsers pause the rendering of
 * off-screen frames from other origins (their own viewport keeps its old size until seen), and
 * some resizers rely on the frame's own observers, which pause too.
 */
export async function expectFramesFit(page: Page, testIds: string[], context: string) {
	for (const testId of testIds) {
		await page.locator(`iframe[data-test-id="${testId}"]`).scrollIntoViewIfNeeded();
		await expect
			.poll(async () => describeFit(await measureFit(page, testId)), {
				message: `${testId} ${context}`,
				timeout: 10_000
			})
			.toBe('fits');
	}
}

/** Checks the heights only, without scrolling: for resizers that keep frames out of view up to date. */
export async function expectHeightsFit(page: Page, testIds: string[], context: string) {
	for (const testId of testIds) {
		await expect
			.poll(async () => describeFit({ ...(await measureFit(page, testId)), scrolls: false }), {
				message: `${testId} out of view ${context}`,
				timeout: 10_000
			})
			.toBe('fits');
	}
}

const describeFit = (fit: FrameFit) =>
	Math.abs(fit.iframeHeight - fit.contentHeight) <= 2 && !fit.scrolls ? 'fits' : JSON.stringify(fit);

/**
 * Resizes the host page and checks every iframe again: the frames follow a change of width.
 * With `outOfView`, the heights must be right before any frame is scrolled to.
 */
export async function expectFitAtEveryWidth(page: Page, testIds: string[], outOfView = false) {
	for (const width of WIDTHS) {
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.setViewportSize({ width, height: 900 });
		if (outOfView) await expectHeightsFit(page, testIds, `at ${width} px`);
		await expectFramesFit(page, testIds, `at ${width} px`);
	}
}

/** An iframe as the site's embed code writes it, plus attributes for the test. */
export function embedCodeFrame(siteUrl: string, id: string, testId: string, extra = '') {
	return `<iframe src="${siteUrl}/embed/${id}/" title="${id}" width="100%" height="500" scrolling="no" style="width:100%;border:0;display:block" data-test-id="${testId}" ${extra}></iframe>`;
}
