// The Dari and Pashto editions as their readers, embedders and presenters get them: every page
// right to left, the steps on the reader's first side of the graphic, nothing wider than a phone,
// Afghan digits in every figure, the clicker's keys unchanged and embeds that fit a
// right-to-left host page. Every right-to-left edition the data build finds is checked.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import editionsJson from '../../src/lib/generated/editions.json' with { type: 'json' };
import type { Copy } from '../../src/lib/model/copy';
import type { Edition } from '../../src/lib/model/editions';
import { scrollToStep } from './helpers/story';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { openDeck } from './helpers/present';
import { embedCodeFrame, expectFramesFit, useHostServer } from './helpers/embed-host';

const rightToLeft = (editionsJson as Edition[]).filter((edition) => edition.dir === 'rtl');
const copyOf = (code: string) =>
	JSON.parse(readFileSync(`src/lib/generated/copy.${code}.json`, 'utf8')) as unknown as Copy;

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 120_000 });

test('Dari and Pashto are editions, right to left', () => {
	expect(rightToLeft.map((edition) => [edition.code, edition.lang])).toEqual([
		['fa', 'fa-AF'],
		['ps', 'ps-AF']
	]);
});

/** Whether the page is wider than its window: a reader would have to scroll sideways. */
const overflowsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/**
 * Western digits a reader sees, outside what keeps them by design: addresses and code, words
 * marked as another language (the op-ed's English title), the sources' titles and publishers,
 * the data files' names, names written with a number (ISO 3166-2) and text for screen readers only.
 */
function visibleWesternDigits(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const outside =
			'script, style, noscript, code, textarea, [lang]:not([lang^="fa"]):not([lang^="ps"]), ol.sources .title, ol.sources strong, ul.downloads a, [data-story-address], .visually-hidden';
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || element.closest(outside) || !element.checkVisibility()) continue;
			// A number that is part of a Latin name stays as the name is written: ISO 3166-2, FR323, DHS 2015.
			const text = node
				.textContent!.replace(/https?:\/\/\S+|[\w.-]+\.(csv|topojson|org|com)\S*/g, '')
				.replace(/\b[A-Z][A-Za-z]*[\s-]?[0-9][0-9.-]*/g, '');
			if (/[0-9]/.test(text)) found.push(text.trim().slice(0, 80));
		}
		return found;
	});
}

for (const edition of rightToLeft) {
	const { code, lang } = edition;
	const copy = copyOf(code);

	test.describe(`${edition.name} (/${code}/)`, () => {
		test('every page says its language and reads right to left', async ({ page }) => {
			const watch = watchPage(page, new URL(test.info().project.use.baseURL!).origin);
			for (const path of [
				`/${code}/`,
				`/${code}/embed/`,
				`/${code}/embed/map-primary-165/`,
				`/${code}/present/`,
				`/${code}/present/presenter/`
			]) {
				await page.goto(path);
				await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
				await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
			}
			expect(watch.foreignRequests).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		});

		test('at 1280 px the steps sit to the right of the graphic, and every step keeps its graphic state', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(`/${code}/`);
			await expect(page.locator('h1')).toHaveText(copy.headline.replaceAll('\u200b', ''));
			for (const index of [1, 5, copy.steps.length - 1]) {
				const step = copy.steps[index];
				await scrollToStep(page, step);
				await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-state', step.stateName);
				const card = (await page.locator(`[data-step="${step.id}"]`).boundingBox())!;
				const graphic = (await page.locator('.sticky-graphic').boundingBox())!;
				expect(card.x, `step ${step.id}`).toBeGreaterThanOrEqual(graphic.x + graphic.width - 1);
			}
			await expectNoAxeViolations(page, `on /${code}/`);
		});

		test('at 320 and 375 px nothing is wider than the window', async ({ page }) => {
			for (const width of [320, 375]) {
				await page.setViewportSize({ width, height: 740 });
				for (const path of [`/${code}/`, `/${code}/embed/`, `/${code}/embed/barred-2030/`, `/${code}/present/#3`]) {
					await page.goto(path);
					expect(await overflowsSideways(page), `${path} at ${width} px`).toBe(false);
				}
				await page.goto(`/${code}/`);
				await scrollToStep(page, copy.steps[4]);
				expect(await overflowsSideways(page), `a step at ${width} px`).toBe(false);
			}
		});

		test('every figure a reader sees is in Eastern Arabic-Indic digits', async ({ page }) => {
			await page.goto(`/${code}/`);
			const seen = new Set(await visibleWesternDigits(page));
			for (const step of copy.steps) {
				await scrollToStep(page, step);
				for (const text of await visibleWesternDigits(page)) seen.add(text);
			}
			for (const path of [
				`/${code}/present/#5`,
				`/${code}/present/presenter/#5`,
				`/${code}/embed/map-regions-vs-women/`
			])
				for (const text of await page.goto(path).then(() => visibleWesternDigits(page))) seen.add(`${path}: ${text}`);
			expect([...seen]).toEqual([]);
			// And they are there: the figures are written, in the edition's digits.
			await page.goto(`/${code}/`);
			expect(await page.locator('main').textContent()).toMatch(/[۰-۹]/);
		});

		test("the clicker's Page Down and Page Up still go forward and back; the arrow toward the reader's left goes on", async ({
			page
		}) => {
			await openDeck(page, `/${code}/present/`);
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(/#1$/);
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(/#2$/);
			await page.keyboard.press('PageUp');
			await expect(page).toHaveURL(/#1$/);
			await page.keyboard.press('ArrowLeft');
			await expect(page).toHaveURL(/#2$/);
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(/#1$/);
			await expectNoAxeViolations(page, `on /${code}/present/`);
		});
	});
}

const host = useHostServer();

test('an embed of each right-to-left edition takes its height in a right-to-left host page', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 600, height: 900 });
	const charts = ['map-primary-165', 'barred-2030', 'parity-after-2001'];
	const ids = rightToLeft.flatMap((edition) => charts.map((chart) => `${edition.code}-${chart}`));
	const frames = rightToLeft
		.flatMap((edition) =>
			charts.map((chart) => embedCodeFrame(`${baseURL}/${edition.code}`, chart, `${edition.code}-${chart}`))
		)
		.join('\n');
	await host.open(
		page,
		`<div dir="rtl" lang="fa-AF"><p>متن مقاله</p>${frames}</div><script src="${baseURL}/embed/resize.js" async></script>`
	);
	await expectFramesFit(page, ids, 'in a right-to-left page');
});
