// A page as a right-to-left edition (Dari, Pashto) serves it, before those editions exist: each
// HTML page the browser loads has its <html dir> and the edition words its scripts read (the
// story's page words, the deck's data) turned to rtl, so the stylesheet and the components the
// browser draws (the story's graphics after the first, the deck, its keys) work right to left.
// The server's own drawings (the first graphic, the figures for readers without JavaScript, an
// embed's chart) stay as English draws them: tests/build/right-to-left-charts.test.ts checks
// those. On a right-to-left edition's own pages (/fa/, /ps/) this changes nothing.
// Usage: await servedRightToLeft(page); await page.goto('/');
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
/** The hash a Content Security Policy allows an inline script by. */
const scriptHash = (content: string) => `sha256-${createHash('sha256').update(content).digest('base64')}`;

export async function servedRightToLeft(page: Page) {
	await page.route(
		(url) => url.pathname.endsWith('/'),
		async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const served = await response.text();
			let html = served
				.replace(/(<html[^>]*\bdir=")ltr"/, '$1rtl"')
				// The story's page words (JSON) and the deck's data (SvelteKit's inline object).
				.replaceAll('"dir":"ltr"', '"dir":"rtl"')
				.replaceAll('dir:"ltr"', 'dir:"rtl"');
			// An inline script changed changes its hash: the page's policy allows the new one instead.
			const before = [...served.matchAll(INLINE_SCRIPT)].map(([, content]) => scriptHash(content));
			const after = [...html.matchAll(INLINE_SCRIPT)].map(([, content]) => scriptHash(content));
			before.forEach((hash, i) => (html = html.replaceAll(hash, after[i])));
			// The body as read is decoded: the headers must not say it is compressed.
			const headers = { ...response.headers() };
			delete headers['content-encoding'];
			delete headers['content-length'];
			await route.fulfill({ status: response.status(), headers, body: html });
		}
	);
}
