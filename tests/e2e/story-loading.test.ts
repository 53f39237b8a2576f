// How the story arrives on a slow phone: text first; its first graphic as server HTML, brought
// to life when the page is idle; the steps as server HTML the page marks as it scrolls.
import { expect, test } from '@playwright/test';
import { copy, expectGraphicShows, scrollToStep } from './helpers/story';

const firstStep = copy.steps[0];

for (const path of ['/', '/present/']) {
	test(`${path}: the scripts are fetched after the content`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const firstPreload = html.indexOf('rel="modulepreload"');
		expect(firstPreload).toBeGreaterThan(html.indexOf('</head>'));
		expect(firstPreload).toBeGreaterThan(html.lastIndexOf(path === '/' ? 'data-step=' : 'data-slide='));
	});
}

test('the first step’s graphic is drawn in the HTML as served', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const slot = page.locator(`.sticky-graphic [data-slot="${firstStep.state.graphic}"]`);
	await expect(slot).toHaveAttribute('data-live', 'false');
	await expect(slot.locator('[data-static-fragment] .chart-frame')).toHaveCount(1);
	if (firstStep.state.graphic === 'map') await expect(slot.locator('use[data-iso]')).toHaveCount(34);
	await context.close();
});

test('once the page is idle, the first graphic comes to life where it is, without being redrawn', async ({ page }) => {
	await page.goto('/');
	const slot = page.locator(`.sticky-graphic [data-slot="${firstStep.state.graphic}"]`);
	const served = await slot.locator('.chart-frame').elementHandle();
	await expect(slot).toHaveAttribute('data-live', 'true');
	await expect(page.locator('.sticky-graphic .slot.shown')).toHaveCount(1);
	await expect(slot).toHaveClass(/shown/);
	expect(await served!.evaluate((frame) => frame.isConnected)).toBe(true);
	await expectGraphicShows(page, firstStep);
	if (firstStep.state.graphic === 'map') {
		// Live: a tap on a province names it.
		await scrollToStep(page, firstStep);
		await slot.locator('.live-layer use[data-iso="AF-KAB"]').click({ force: true });
		await expect(slot.locator('[data-panel="AF-KAB"]')).toBeVisible();
	}
});

test('one step is marked active, the one on the graphic, as the reader scrolls', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.step.active')).toHaveAttribute('data-step', firstStep.id);
	for (const step of [copy.steps[4], copy.steps[1]]) {
		await scrollToStep(page, step);
		await expect(page.locator('.step.active')).toHaveCount(1);
		await expect(page.locator('.step.active')).toHaveAttribute('data-step', step.id);
	}
});

test('a citation takes the reader to its source in the methods, laid out on the way', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/');
	const citation = page.locator('a[data-cite]').first();
	const target = (await citation.getAttribute('href'))!;
	// By keyboard: on a phone the sticky graphic may cover the citation for a pointer.
	await citation.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	await expect(page.locator(target)).toBeInViewport();
	// Laid out for real: the source has its own height, not the methods' estimate.
	const box = await page.locator(target).boundingBox();
	expect(box!.height).toBeGreaterThan(10);
	expect(box!.height).toBeLessThan(400);
});

test('a graphic mounted as the reader scrolls is drawn once, at the width it is shown at', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	// Every change of a chart's drawing width, from the first moment of the page.
	await page.addInitScript(() => {
		const redraws: string[] = ((window as unknown as { __redraws: string[] }).__redraws = []);
		new MutationObserver((changes) => {
			for (const change of changes)
				redraws.push(
					`${(change.target as Element).getAttribute('class')}: ${change.oldValue} → ${(change.target as Element).getAttribute('viewBox')}`
				);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['viewBox'], attributeOldValue: true });
	});
	await page.goto('/');
	const kinds = [...new Set(copy.steps.map((step) => step.state.graphic))].filter(
		(kind) => kind !== firstStep.state.graphic && kind !== 'map'
	);
	expect(kinds.length).toBeGreaterThan(0);
	for (const kind of kinds) {
		await scrollToStep(
			page,
			copy.steps.find((step) => step.state.graphic === kind)!
		);
		const svg = page.locator(`.sticky-graphic [data-slot="${kind}"] svg:not(.key)`).first();
		await expect(svg).toBeVisible();
		const [drawnWidth, shownWidth] = await svg.evaluate((el) => [
			Number(el.getAttribute('viewBox')!.split(' ')[2]),
			el.parentElement!.getBoundingClientRect().width
		]);
		expect(drawnWidth).toBeCloseTo(shownWidth, 0);
	}
	expect(
		await page.evaluate(() =>
			(window as unknown as { __redraws: string[] }).__redraws.filter((r) => !r.startsWith('key'))
		)
	).toEqual([]);
});

test('the story runs its own small script, not SvelteKit’s client, and stores nothing on the device', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/');
	await scrollToStep(page, copy.steps[3]);
	await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', copy.steps[3].id);
	expect(scripts.filter((path) => path.includes('/entry/'))).toEqual([
		expect.stringMatching(/\/_app\/immutable\/entry\/story\.[\w-]+\.js$/)
	]);
	// SvelteKit's client would write the reader's scroll position to session storage as the
	// page is left; on a shared or seized phone, that is a trace of what was read.
	await page.goto('/embed/');
	expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([0, 0, '']);
});

test('the two islands are hydrated in the page as served, not drawn again', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
	});
	// The islands' elements as the HTML drew them, kept before any script has run.
	await page.addInitScript(() => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState !== 'interactive') return;
			const served = window as unknown as { __served: Element[] };
			served.__served = [document.querySelector('.motion-toggle')!, document.querySelector('.sticky-graphic')!];
		});
	});
	await page.goto('/');
	// Hydrated: the switch works, and the graphic follows the steps.
	const toggle = page.getByRole('button', { name: /Animation/ });
	await expect(toggle).toBeVisible();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await scrollToStep(page, copy.steps[1]);
	const kept = await page.evaluate(() => {
		const served = (window as unknown as { __served: Element[] }).__served;
		return [
			served[0] === document.querySelector('.motion-toggle'),
			served[1] === document.querySelector('.sticky-graphic')
		];
	});
	expect(kept).toEqual([true, true]);
	expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);
});
