// Every edition other than English as its readers, embedders and presenters get it: every page
// in its language and saying so, linked both ways with English, the same graphics as English step
// for step, an unreviewed translation flagged, no English words leaking, and none of its words
// on English pages. Each edition the data build finds is checked (src/lib/generated/editions.json).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import editionsJson from '../../src/lib/generated/editions.json' with { type: 'json' };
import type { Copy } from '../../src/lib/model/copy';
import type { MethodsData } from '../../src/lib/model/data';
import type { Edition } from '../../src/lib/model/editions';
import methodsJson from '../../src/lib/generated/methods.json' with { type: 'json' };
import { copy as english, scrollToStep } from './helpers/story';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { expectSlide, openDeck } from './helpers/present';

const editions = (editionsJson as Edition[]).filter((edition) => edition.code !== 'en');
const copyOf = (code: string) =>
	JSON.parse(readFileSync(`src/lib/generated/copy.${code}.json`, 'utf8')) as unknown as Copy;
/** Letters of the editions' scripts (kana, kanji, Arabic): what no English page may contain in words. */
const EDITION_SCRIPT = /[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]/;
/** The first words of a text, to find it on a page (without the phrase breaks the build adds to Japanese). */
const opening = (text: string) => text.replaceAll('\u200b', '').slice(0, 8);

test.use({ reducedMotion: 'reduce' });

async function expectEditionLinks(page: Page, path: string) {
	const origin = new URL(page.url()).origin;
	const alternates = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
	// Each resolves: a page of the site, not a 404.
	for (const [, href] of alternates) expect((await page.request.get(href!)).status(), href!).toBe(200);
	expect(alternates).toEqual(
		expect.arrayContaining([
			['en', `${origin}${path}`],
			...editions.map((edition) => [edition.lang, `${origin}/${edition.code}${path}`]),
			['x-default', `${origin}${path}`]
		])
	);
}

test('the English story links every edition, and carries none of their words', async ({ page, request }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectEditionLinks(page, '/');
	for (const edition of editions)
		await expect(page.getByRole('link', { name: edition.name })).toHaveAttribute('href', `/${edition.code}/`);
	await expect(page.locator('[data-unreviewed-notice]')).toHaveCount(0);

	// None of the editions' words, copy or labels, are in the English page or in its scripts (which
	// hold code only: the line-breaking rules name Japanese punctuation, no words).
	const words = editions
		.map((edition) => copyOf(edition.code))
		.flatMap((copy) => [
			copy.headline,
			copy.dek,
			copy.edition!.unreviewed!.notice,
			...copy.steps.map((step) => step.short),
			...Object.values(copy.labels).flatMap((group) => Object.values(group as Record<string, string>))
		])
		.map((text) => text.replaceAll('\u200b', ''))
		.filter((text) => EDITION_SCRIPT.test(text) && text.length >= 4);
	expect(words.length).toBeGreaterThan(100 * editions.length);
	const html = await (await request.get('/')).text();
	for (const text of words) expect(html, text).not.toContain(text);
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => name.endsWith('.js'))
	);
	expect(scripts.length).toBeGreaterThan(0);
	for (const script of scripts) {
		const code = await (await request.get(script)).text();
		for (const text of words) expect(code, `${script}: ${text}`).not.toContain(text);
	}
});

/** Proper names: acronyms the Japanese copy keeps, key caps, and the words of every source's publisher. */
const PROPER_NAMES = [
	...['UNICEF', 'UNESCO', 'UNDP', 'UNHCR', 'JICA', 'DHS', 'MICS', 'NSIA', 'ICF', 'ISO', 'CSV', 'PNG', 'SVG', 'PDF'],
	...['English', 'Schools', 'for', 'Whom', 'Natural', 'Earth', 'README'],
	// Names of web technologies, which Japanese writes in Latin letters (the embed instructions).
	...['HTML', 'iframe', 'pym', 'Datawrapper', 'JavaScript'],
	// Keys as printed on a keyboard's caps.
	...['Tab', 'Esc', 'Enter', 'Shift', 'Space', 'Home', 'End', 'Page', 'Up', 'Down', 'Backspace'],
	...(methodsJson as unknown as MethodsData).sources.flatMap(
		(source) => source.publisher.match(/[A-Za-z][\w'’-]+/g) ?? []
	)
];

/**
 * English words a reader sees on a page, outside what stays in English by design: proper names,
 * words marked lang="en" (the op-ed's title), citations and source lines (a publisher's name),
 * the sources' titles and publishers (as they published them) and the data files' names.
 */
async function visibleEnglish(page: Page): Promise<string[]> {
	return page.evaluate((kept) => {
		const outside =
			'script, style, noscript, code, textarea, [lang="en"], .cite, .chart-source, .source, ol.sources .title, ol.sources strong, ul.downloads a, .visually-hidden';
		const found = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || element.closest(outside) || !element.checkVisibility()) continue;
			// Data files' and columns' names (provinces.csv, name_ja) are code, as the downloads name them.
			const text = node.textContent!.replace(/[\w/-]+\.(csv|topojson)|\b[a-z]+_[a-z_]+\b/g, '');
			for (const word of text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []) if (!kept.includes(word)) found.add(word);
		}
		return [...found];
	}, PROPER_NAMES);
}

for (const edition of editions) {
	const { code, lang } = edition;
	const copy = copyOf(code);

	test.describe(`${edition.name} (/${code}/)`, () => {
		test('the whole story in its language, saying so, linked both ways with English', async ({ page }) => {
			const watch = watchPage(page, new URL(test.info().project.use.baseURL!).origin);
			await page.goto(`/${code}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(copy.headline.replaceAll('\u200b', ''));
			await expectEditionLinks(page, '/');

			// The language switch: English is a link, this edition is where the reader is.
			const languages = page
				.getByRole('navigation', { name: /./ })
				.filter({ has: page.locator('[aria-current="page"]') });
			await expect(languages.locator('[aria-current="page"]')).toHaveText(edition.name);
			await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');

			// Not yet reviewed by a native speaker: said at the top, in its language, with English as the reference.
			const notice = page.locator('[data-unreviewed-notice]');
			await expect(notice).toContainText(copy.edition!.unreviewed!.notice);
			await expect(notice.getByRole('link')).toHaveAttribute('href', '/');
			expect(await notice.evaluate((n) => n.getBoundingClientRect().top)).toBeLessThan(60);

			// Each step in its language, with the graphic in the same state as English.
			for (const index of [1, 4, copy.steps.length - 1]) {
				const step = copy.steps[index];
				expect(step.id).toBe(english.steps[index].id);
				await scrollToStep(page, step);
				await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-state', english.steps[index].stateName);
				await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(opening(step.short));
			}

			// The step's Embed tool hands out this edition's embed.
			const embedCode = await page.locator('[data-embed-button]').first().getAttribute('data-embed');
			expect(JSON.parse(embedCode!).code).toContain(`/${code}/embed/`);

			expect(watch.foreignRequests).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await expectNoAxeViolations(page, `on /${code}/`);
		});

		test('its embed list hands out its embeds; an embed page is in its language and points at its story', async ({
			page
		}) => {
			await page.goto(`/${code}/embed/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const codes = await page.locator('textarea, pre, code').allTextContents();
			expect(codes.join('\n')).toContain(`/${code}/embed/map-primary-165/`);
			const frames = [...codes.join('\n').matchAll(/<iframe src="([^"]+)"/g)].map(
				(match) => new URL(match[1]).pathname
			);
			expect(frames.length).toBeGreaterThan(5);
			for (const frame of frames) expect(frame).toMatch(new RegExp(`^/${code}/embed/[a-z0-9-]+/$`));

			await page.goto(`/${code}/embed/map-primary-165/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expectEditionLinks(page, '/embed/map-primary-165/');
			const primary = copy.steps.find((step) => step.stateName === 'primary-165')!;
			await expect(page.locator('#embed-alt')).toHaveText(primary.alt);
			const origin = new URL(page.url()).origin;
			await expect(page.locator('.credit a').first()).toHaveAttribute('href', new RegExp(`^${origin}/${code}/#step-`));
			await expectNoAxeViolations(page, `on a /${code}/ embed`);
		});

		test("its deck, driven by keys, closes on its story's address", async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			await openDeck(page, `/${code}/present/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('.deck section.slide:visible')).toContainText(opening(copy.headline));
			await page.keyboard.press('PageDown');
			await expectSlide(page, 1);
			await expect(page.locator('.deck section.slide:visible')).toContainText(opening(copy.steps[0].short));
			await page.keyboard.press('End');
			const origin = new URL(page.url()).origin;
			await expect(page.locator('[data-story-address]')).toHaveText(`${origin.replace(/^https?:\/\//, '')}/${code}`);
			await expectNoAxeViolations(page, `on /${code}/present/`);
		});

		test('its deck keeps its own offline copy, and its presenter view is in its language', async ({ page }) => {
			await page.goto(`/${code}/present/`);
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			expect(new URL(scope).pathname).toBe(`/${code}/present/`);
			await page.goto(`/${code}/present/presenter/#1`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/present/presenter/');
			await expect(page.locator('[data-unreviewed-notice]')).toContainText(copy.edition!.unreviewed!.notice);
			await expectEditionLinks(page, '/present/presenter/');
			expect(readFileSync(`build/${code}/present/presenter/index.html`, 'utf8')).toContain(
				copy.steps[0].notes.slice(0, 12)
			);
		});

		test("no English leaks into its story, deck or embeds outside proper names and the sources' titles", async ({
			page
		}) => {
			await page.goto(`/${code}/`);
			const seen = new Set(await visibleEnglish(page));
			for (const step of copy.steps) {
				await scrollToStep(page, step);
				for (const word of await visibleEnglish(page)) seen.add(word);
			}
			expect([...seen], `on /${code}/`).toEqual([]);
			for (const path of [
				`/${code}/present/#7`,
				`/${code}/present/presenter/#5`,
				`/${code}/embed/`,
				`/${code}/embed/map-regions-vs-women/`
			]) {
				await page.goto(path);
				expect(await visibleEnglish(page), path).toEqual([]);
			}
		});
	});
}
