// After one visit, the presentation opens and runs with no network: a venue's network fails.
import { expect, test, type Page } from '@playwright/test';
import { expectSlide, LAST_SLIDE, openDeck } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

/** Waits until the service worker has stored the presentation and controls the page. */
async function waitForOfflineCopy(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every province shape the slide draws must resolve: the map sprite came with the stored page. */
const unresolvedShapes = (page: Page) =>
	page
		.locator('.deck section.slide:visible')
		.evaluate(
			(slide) =>
				[...slide.querySelectorAll('use[href^="#prov-"]')].filter(
					(use) => !document.getElementById(use.getAttribute('href')!.slice(1))
				).length
		);

test('with the network off, a reload still shows every slide, and the presenter view opens', async ({
	page,
	context
}) => {
	await openDeck(page, '/present/#2');
	await waitForOfflineCopy(page);

	await context.setOffline(true);
	// Truly offline: what the service worker did not store cannot be fetched.
	expect(
		await page.evaluate(() =>
			fetch('/robots.txt').then(
				() => 'fetched',
				() => 'failed'
			)
		)
	).toBe('failed');
	const reload = await page.reload();
	expect(reload?.fromServiceWorker(), 'the page came from the stored copy').toBe(true);
	await expect(page.locator('.deck.live')).toHaveCount(1);
	await expectSlide(page, 2);

	await page.keyboard.press('Home');
	for (let slide = 0; slide <= LAST_SLIDE; slide++) {
		await expectSlide(page, slide);
		await expect(page.locator('.deck section.slide:visible')).not.toBeEmpty();
		expect(await unresolvedShapes(page), `slide ${slide}`).toBe(0);
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.locator('.deck section.slide:visible [data-qr] svg')).toBeVisible();

	const presenter = await context.newPage();
	await presenter.goto('/present/presenter/#7');
	await expect(presenter.locator('.deck.live')).toHaveCount(1);
	await expectSlide(presenter, LAST_SLIDE);
	await context.setOffline(false);
});

test('the offline copy serves only the presentation: the story registers nothing and is never served from it', async ({
	page
}) => {
	await page.goto('/');
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

	await openDeck(page, '/present/');
	await waitForOfflineCopy(page);
	const scopes = await page.evaluate(async () =>
		(await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname)
	);
	expect(scopes).toEqual(['/present/']);

	await page.goto('/');
	expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test("a new version's service worker takes over at once and deletes the old version's cache", async ({ page }) => {
	await page.goto('/');
	// What an earlier version left behind, and another site's cache that must survive.
	await page.evaluate(async () => {
		await (await caches.open('schools-for-whom-present-1700000000000')).put('/present/', new Response('old'));
		await caches.open('someone-else');
	});
	await openDeck(page, '/present/');
	await waitForOfflineCopy(page);
	const names = await page.evaluate(() => caches.keys());
	expect(names).not.toContain('schools-for-whom-present-1700000000000');
	expect(names).toContain('someone-else');
	expect(names.filter((name) => name.startsWith('schools-for-whom-present-'))).toHaveLength(1);
});
