// The presentation's weight, and the story's protection from it: the slides' copy (speaker notes
// included) travels in the presentation's own pages, never in JavaScript the story's readers load.
import { expect, test } from '@playwright/test';
import { measurePage } from '../bench/page-weight';
import { STEPS } from './helpers/present';

/**
 * The Svelte runtime, the charts and the data are shared with the story; SvelteKit's client adds
 * about 14 KB, the presentation's own code about 5 KB, and the editions' machinery (words from
 * the page, locale formats, the language switch) about 3 KB.
 */
const PRESENT_JS_BROTLI = 60 * 1024;

for (const path of ['/present/', '/present/presenter/']) {
	test(`${path} loads at most ${PRESENT_JS_BROTLI / 1024} KB of JavaScript (brotli) and nothing from other origins`, async ({
		page,
		baseURL
	}) => {
		const weight = await measurePage(page, `${baseURL}${path}`);
		console.log(`${path}: JavaScript ${weight.byKind.js.brotli} B brotli, HTML ${weight.byKind.html.brotli} B brotli`);
		expect(weight.byKind.js.brotli).toBeGreaterThan(0);
		expect(weight.byKind.js.brotli).toBeLessThanOrEqual(PRESENT_JS_BROTLI);
		expect(weight.foreignRequests).toEqual([]);
	});
}

test("the story's JavaScript carries no speaker notes", async ({ page, baseURL }) => {
	const { scripts } = await measurePage(page, `${baseURL}/`);
	const code = scripts.map((script) => script.text).join('\n');
	expect(code.length).toBeGreaterThan(0);
	for (const step of STEPS.filter((s) => s.notes)) expect(code.includes(step.notes), `notes of ${step.id}`).toBe(false);
});
