// The Japanese edition as its readers, embedders and presenters get it: every page in Japanese
// and saying so, linked both ways with English, the same graphics as English step for step,
// Japanese typography, an unreviewed translation flagged, and none of its words on English pages.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jaJson from '../../src/lib/generated/copy.ja.json' with { type: 'json' };
import type { Copy } from '../../src/lib/model/copy';
import type { MethodsData } from '../../src/lib/model/data';
import methodsJson from '../../src/lib/generated/methods.json' with { type: 'json' };
import { copy as english, scrollToStep } from './helpers/story';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { expectSlide, openDeck } from './helpers/present';

const ja = jaJson as unknown as Copy;
/** Kana and kanji: what no English page may contain. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

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
			['ja', `${origin}/ja${path}`],
			['x-default', `${origin}${path}`]
		])
	);
}

test('/ja/ is the whole story in Japanese, says so, and links its English edition both ways', async ({ page }) => {
	const watch = watchPage(page, new URL(test.info().project.use.baseURL!).origin);
	await page.goto('/ja/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('h1')).toHaveText(ja.headline);
	await expectEditionLinks(page, '/');

	// The language switch: English is a link, Japanese is where the reader is.
	const languages = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('[aria-current="page"]') });
	await expect(languages.locator('[aria-current="page"]')).toHaveText('日本語');
	await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');

	// Not yet reviewed by a native speaker: said at the top, in Japanese, with English as the reference.
	const notice = page.locator('[data-unreviewed-notice]');
	await expect(notice).toContainText(ja.edition!.unreviewed!.notice);
	await expect(notice.getByRole('link')).toHaveAttribute('href', '/');
	expect(await notice.evaluate((n) => n.getBoundingClientRect().top)).toBeLessThan(60);

	// Each step in Japanese, with the graphic in the same state as English.
	for (const index of [1, 4, ja.steps.length - 1]) {
		const step = ja.steps[index];
		expect(step.id).toBe(english.steps[index].id);
		await scrollToStep(page, step);
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-state', english.steps[index].stateName);
		await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(ja.steps[index].short.slice(0, 8));
	}

	// The step's Embed tool hands out the Japanese embed.
	const code = await page.locator('[data-embed-button]').first().getAttribute('data-embed');
	expect(JSON.parse(code!).code).toContain('/ja/embed/');

	expect(watch.foreignRequests).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
	await expectNoAxeViolations(page, 'on /ja/');
});

test('the English story links the Japanese edition, and carries none of its words', async ({ page, request }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectEditionLinks(page, '/');
	await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', '/ja/');
	await expect(page.locator('[data-unreviewed-notice]')).toHaveCount(0);

	// None of the edition's words, copy or labels, are in the English page or in its scripts (which
	// hold code only: the line-breaking rules name Japanese punctuation, no words).
	const words = [
		ja.headline,
		ja.dek,
		ja.edition!.unreviewed!.notice,
		...ja.steps.map((step) => step.short),
		...Object.values(ja.labels).flatMap((group) => Object.values(group as Record<string, string>))
	]
		.map((text) => text.replaceAll('\u200b', ''))
		.filter((text) => JAPANESE.test(text) && text.length >= 4);
	expect(words.length).toBeGreaterThan(100);
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

test('Japanese type: no italics, emphasis by sesame dots, headings broken between phrases, Japanese faces', async ({
	page
}) => {
	await page.goto('/ja/');
	const argument = page.locator('.voice-argument').first();
	await expect(argument).toHaveCSS('font-style', 'normal');
	// Headings break only between the phrases the data build marked (zero-width spaces).
	await expect(page.locator('h1')).toHaveCSS('word-break', 'keep-all');
	expect(await page.locator('h1').textContent()).toContain('\u200b');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-sans'))).toMatch(
		/Hiragino Sans.*Noto Sans CJK JP/
	);
	// The English title of the op-ed keeps its language, beside its Japanese rendering.
	await expect(page.locator('.op-ed [lang="en"]')).toContainText(english.opEd.title);
	await expect(page.locator('.op-ed')).toContainText(ja.opEd.titleTranslation!);
});

test('/ja/embed/ hands out Japanese embeds; a Japanese embed page is in Japanese and points at the Japanese story', async ({
	page
}) => {
	await page.goto('/ja/embed/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	const codes = await page.locator('textarea, pre, code').allTextContents();
	expect(codes.join('\n')).toContain('/ja/embed/map-primary-165/');
	const frames = [...codes.join('\n').matchAll(/<iframe src="([^"]+)"/g)].map((match) => new URL(match[1]).pathname);
	expect(frames.length).toBeGreaterThan(5);
	for (const frame of frames) expect(frame).toMatch(/^\/ja\/embed\/[a-z0-9-]+\/$/);

	await page.goto('/ja/embed/map-primary-165/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expectEditionLinks(page, '/embed/map-primary-165/');
	const primary = ja.steps.find((step) => step.stateName === 'primary-165')!;
	await expect(page.locator('#embed-alt')).toHaveText(primary.alt);
	const origin = new URL(page.url()).origin;
	await expect(page.locator('.credit a').first()).toHaveAttribute('href', new RegExp(`^${origin}/ja/#step-`));
	await expectNoAxeViolations(page, 'on a Japanese embed');
});

test('/ja/present/ is the deck in Japanese, driven by keys, and its closing slide points at /ja/', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openDeck(page, '/ja/present/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('.deck section.slide:visible')).toContainText(ja.headline);
	await page.keyboard.press('PageDown');
	await expectSlide(page, 1);
	await expect(page.locator('.deck section.slide:visible')).toContainText(ja.steps[0].short.slice(0, 8));
	await page.keyboard.press('End');
	const origin = new URL(page.url()).origin;
	await expect(page.locator('[data-story-address]')).toHaveText(`${origin.replace(/^https?:\/\//, '')}/ja`);
	await expectNoAxeViolations(page, 'on the Japanese deck');
});

test('the Japanese deck keeps its own offline copy, apart from the English one', async ({ page }) => {
	await page.goto('/ja/present/');
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/ja/present/');
	// The presenter view of the Japanese deck is the Japanese presenter view.
	await page.goto('/ja/present/presenter/#1');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/present/presenter/');
	await expect(page.locator('[data-unreviewed-notice]')).toContainText(ja.edition!.unreviewed!.notice);
	await expectEditionLinks(page, '/present/presenter/');
	expect(readFileSync('build/ja/present/presenter/index.html', 'utf8')).toContain(ja.steps[0].notes.slice(0, 12));
});

/** Proper names: acronyms the Japanese copy keeps, key caps, and the words of every source's publisher. */
const PROPER_NAMES = [
	...['UNICEF', 'UNESCO', 'UNDP', 'UNHCR', 'JICA', 'DHS', 'MICS', 'NSIA', 'ICF', 'ISO', 'CSV', 'PNG', 'SVG', 'PDF'],
	...['English', 'Schools', 'for', 'Whom', 'Natural', 'Earth'],
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
 * the list of sources (titles in their own language) and the data files' names. The list of
 * downloads is left out too: its titles are still English (issue 21's note).
 */
async function visibleEnglish(page: Page): Promise<string[]> {
	return page.evaluate((kept) => {
		const outside =
			'script, style, noscript, code, textarea, [lang="en"], .cite, .chart-source, .source, ol.sources, ul.downloads, .visually-hidden';
		const found = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || element.closest(outside) || !element.checkVisibility()) continue;
			const text = node.textContent!.replace(/[\w-]+\.(csv|topojson)/g, '');
			for (const word of text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []) if (!kept.includes(word)) found.add(word);
		}
		return [...found];
	}, PROPER_NAMES);
}

test('no English leaks into the Japanese story, deck or embeds outside proper names and the list of sources', async ({
	page
}) => {
	await page.goto('/ja/');
	const seen = new Set(await visibleEnglish(page));
	for (const step of ja.steps) {
		await scrollToStep(page, step);
		for (const word of await visibleEnglish(page)) seen.add(word);
	}
	expect([...seen], 'on /ja/').toEqual([]);
	for (const path of ['/ja/present/#7', '/ja/present/presenter/#5', '/ja/embed/', '/ja/embed/map-regions-vs-women/']) {
		await page.goto(path);
		expect(await visibleEnglish(page), path).toEqual([]);
	}
});
