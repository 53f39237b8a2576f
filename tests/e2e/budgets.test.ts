// The deterministic budgets (docs/performance.md): bytes of JavaScript per page, zero requests
// to other origins, a Content Security Policy on every page that stops injected scripts; and
// the compile hint at the top of every script, which the load's timings depend on.
// Timings and Lighthouse scores are measured by `npm run bench`, not here.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUDGETS, measurePage, scrollThrough } from '../bench/page-weight';
import { builtPages, isChartEmbed, isDeck, isStory } from './helpers/built-pages';

const pages = builtPages();

test('the built site has the story, embeds and the presentation to measure, in every edition', () => {
	expect(pages).toEqual(expect.arrayContaining(['/', '/present/', '/ja/', '/ja/present/']));
});

for (const path of pages.filter(isStory)) {
	test(`the story at ${path} loads at most ${BUDGETS.storyJsBrotli / 1024} KB of JavaScript (brotli), scrolled top to bottom, and nothing from other origins`, async ({
		page,
		baseURL
	}) => {
		const weight = await measurePage(page, `${baseURL}${path}`, (p) => scrollThrough(p));
		expect(weight.byKind.js.brotli).toBeGreaterThan(0);
		expect(weight.byKind.js.brotli).toBeLessThanOrEqual(BUDGETS.storyJsBrotli);
		expect(weight.foreignRequests).toEqual([]);
	});
}

for (const path of pages.filter(isChartEmbed)) {
	test(`embed ${path} loads at most ${BUDGETS.embedJsBrotli / 1024} KB of JavaScript (brotli) and nothing from other origins`, async ({
		page,
		baseURL
	}) => {
		const weight = await measurePage(page, `${baseURL}${path}`);
		expect(weight.byKind.js.brotli).toBeLessThanOrEqual(BUDGETS.embedJsBrotli);
		expect(weight.foreignRequests).toEqual([]);
	});
}

test('every other page requests nothing from other origins', async ({ page, baseURL }) => {
	const others = pages.filter((p) => !isStory(p) && !isChartEmbed(p));
	// Each edition adds its deck, presenter view and embed list: a few seconds each on a busy machine.
	test.setTimeout(30_000 + 5_000 * others.length);
	for (const path of others) {
		const weight = await measurePage(page, `${baseURL}${path}`);
		expect(weight.foreignRequests, path).toEqual([]);
	}
});

// Chrome then compiles each file as it arrives, on another thread, not function by function on
// the main thread as hydration first calls them (see compileHints in src/lib/speed/build-plugins.ts).
test('every script the story and the presentation load starts with the compile hint', async ({ page, baseURL }) => {
	const storiesAndDecks = pages.filter((p) => isStory(p) || isDeck(p));
	test.setTimeout(30_000 + 10_000 * storiesAndDecks.length);
	for (const path of storiesAndDecks) {
		const { scripts } = await measurePage(page, `${baseURL}${path}`);
		expect(scripts.length, path).toBeGreaterThan(3);
		for (const { url, text } of scripts) expect(text.slice(0, 29), url).toBe('//# allFunctionsCalledOnLoad\n');
	}
});

test('every built page carries a Content Security Policy that allows scripts only from the site', () => {
	for (const path of pages) {
		const html = readFileSync(`build${path}index.html`, 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	}
});

test('a script injected into the page does not run', async ({ page }) => {
	await page.goto('/');
	const outcome = await page.evaluate(
		() =>
			new Promise<{ ran: boolean; blocked: boolean }>((resolve) => {
				let blocked = false;
				document.addEventListener('securitypolicyviolation', () => (blocked = true));
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
				setTimeout(
					() => resolve({ ran: (window as unknown as { __injected?: boolean }).__injected === true, blocked }),
					200
				);
			})
	);
	expect(outcome).toEqual({ ran: false, blocked: true });
});
