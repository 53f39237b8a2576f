import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { ACCENT_FILL, copy, expectGraphicShows, scrollToStep, settle } from './helpers/story';

test.describe('reading the story on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('scrolling down, each step puts its state on the graphic, with no errors and no foreign requests', async ({
		page,
		baseURL
	}) => {
		const watched = watchPage(page, new URL(baseURL!).origin);
		await page.goto('/');
		for (const step of copy.steps) {
			await scrollToStep(page, step);
			await expectGraphicShows(page, step);
		}
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);
	});

	test('scrolling back up restores earlier states', async ({ page }) => {
		await page.goto('/');
		const women = copy.steps.find((s) => s.id === 'women-schooling')!;
		const ladder = copy.steps.find((s) => s.id === 'ban-university')!;
		await scrollToStep(page, women);
		await scrollToStep(page, ladder);
		await expectGraphicShows(page, ladder);
	});

	test('a link to a step, and a reload mid-page, land on that step’s state', async ({ page }) => {
		const target = copy.steps.find((s) => s.id === 'project-2012')!;
		await page.goto(`/#step-${target.id}`);
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', target.id);
		await expectGraphicShows(page, target);
		await page.reload();
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', target.id);
	});

	test('the map shows no-data provinces hatched, never coloured as low', async ({ page }) => {
		const step = copy.steps.find((s) => s.stateName === 'women-secondary')!;
		await page.goto(`/#step-${step.id}`);
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', step.id);
		const hatched = await page
			.locator('.sticky-graphic .live-layer use[data-iso][fill="url(#no-data-hatch)"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso')).sort());
		expect(hatched).toEqual(['AF-BDG', 'AF-FRA', 'AF-FYB', 'AF-HEL', 'AF-HER', 'AF-JOW', 'AF-KAN', 'AF-NIM', 'AF-URU']);
		await expect(page.locator('.sticky-graphic .live-layer use[data-iso="AF-KAB"]')).not.toHaveAttribute('fill', /url/);
	});

	test('tapping a province names it, with its value and source', async ({ page }) => {
		const step = copy.steps.find((s) => s.stateName === 'women-secondary')!;
		await page.goto(`/#step-${step.id}`);
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', step.id);
		await page.locator('.sticky-graphic .live-layer use[data-iso="AF-PKA"]').click({ force: true });
		const panel = page.locator('.sticky-graphic [data-panel="AF-PKA"]');
		await expect(panel).toContainText('Paktika');
		await expect(panel).toContainText('0.8%');
		await expect(panel).toContainText('Central Statistics Organization');
		// The open panel sits in the graphic hidden from screen readers: nothing in it may take focus.
		await expectNoAxeViolations(page, 'with a province panel open');
	});

	test('a step’s data table is a table in its closed disclosure: find in page reaches it, and a click or a key opens it', async ({
		page
	}) => {
		await page.goto('/');
		await page.waitForLoadState('load');
		const step = copy.steps.find((s) => s.stateName === 'women-secondary')!;
		const disclosure = page.locator(`[data-step="${step.id}"] details.data-table`);
		const table = disclosure.locator('table');
		// Closed, the table is in the page as it is, not built later.
		await expect(disclosure).not.toHaveAttribute('open');
		await expect(table).toBeHidden();
		await expect(table.locator('tbody tr')).toHaveCount(34);
		const paktika = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Paktika' }) });
		await expect(paktika).toContainText('0.8%');
		// A click opens it and closes it; a keyboard opens another.
		await disclosure.locator('summary').click();
		await expect(table).toBeVisible();
		await expectNoAxeViolations(page, 'with a data table open');
		await disclosure.locator('summary').click();
		await expect(table).toBeHidden();
		const ladder = page.locator(
			`[data-step="${copy.steps.find((s) => s.graphic === 'ladder')!.id}"] details.data-table`
		);
		await ladder.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(ladder.locator('table tbody tr').first()).toBeVisible();
		// Find in page reaches a closed table's cells (the browser then opens the disclosure to
		// show the match). Alone on the page, so that nothing else can be what is found.
		const found = await disclosure.evaluate((details: HTMLDetailsElement, value) => {
			document.body.replaceChildren(details);
			// window.find is Chrome's, Firefox's and Safari's, but not in TypeScript's DOM types.
			const found = (window as unknown as { find: (text: string) => boolean }).find(value);
			return { closed: !details.open, found };
		}, '0.8%');
		expect(found).toEqual({ closed: true, found: true });
	});

	test('every citation points at a source listed in the methods', async ({ page }) => {
		await page.goto('/');
		const cited = await page
			.locator('a[data-cite]')
			.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')))]);
		expect(cited.length).toBeGreaterThan(10);
		for (const href of cited) await expect(page.locator(href!)).toHaveCount(1);
	});

	test('axe finds no violations in any step state', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto('/');
		for (const step of copy.steps) {
			await scrollToStep(page, step);
			await settle(page);
			await expectNoAxeViolations(page, `at step ${step.id}`);
		}
	});

	test('the animation switch turns motion off and on', async ({ page }) => {
		await page.goto('/');
		const toggle = page.getByRole('button', { name: /Animation/ });
		const fadeSeconds = () =>
			page.locator('.sticky-graphic .slot.shown').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await fadeSeconds()).toBeGreaterThan(0);
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		expect(await fadeSeconds()).toBe(0);
		// A change of map state then swaps the drawing at once: no fading copy of the old one.
		await scrollToStep(
			page,
			copy.steps.find((s) => s.id === 'japan-friend')!
		);
		await scrollToStep(
			page,
			copy.steps.find((s) => s.id === 'project-2004')!
		);
		expect(await page.locator('.sticky-graphic .fading').count()).toBe(0);
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await fadeSeconds()).toBeGreaterThan(0);
		await scrollToStep(
			page,
			copy.steps.find((s) => s.id === 'project-2009')!
		);
		expect(await page.locator('.sticky-graphic .fading').count()).toBe(1);
	});
});

test.describe('reading the story on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('every step works at 375 px, nothing overflows sideways, and map labels do not overlap', async ({ page }) => {
		await page.goto('/');
		for (const step of copy.steps) {
			await scrollToStep(page, step);
			await expectGraphicShows(page, step);
			const boxes = await page
				.locator('.sticky-graphic .live-layer text[data-label]')
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
			for (const a of boxes)
				for (const b of boxes) {
					if (a === b) continue;
					const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
					expect(apart, `labels overlap at step ${step.id}`).toBe(true);
				}
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('axe finds no violations at phone width', async ({ page }) => {
		await page.goto('/');
		await scrollToStep(
			page,
			copy.steps.find((s) => s.stateName === 'women-secondary')!
		);
		await settle(page);
		await expectNoAxeViolations(page, 'on a phone');
	});
});

test.describe('reading with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every step has its text and its graphic drawn statically, with the map shapes in the HTML', async ({
		page
	}) => {
		await page.goto('/');
		for (const step of copy.steps) {
			const section = page.locator(`[data-step="${step.id}"]`);
			await expect(section).toBeVisible();
			await expect(section.locator('[data-voice]').first()).toBeVisible();
			const figure = section.locator('figure.static-figure');
			await expect(figure).toBeVisible();
			// Its data table is a table here, in the disclosure, with no script to build it.
			await expect(section.locator('details.data-table > .scroll table')).toHaveCount(1);
			await expect(figure.locator(`[data-graphic="${step.graphic}"]`)).toHaveCount(1);
			if (step.state.graphic === 'map') {
				await expect(figure.locator('use[data-iso]')).toHaveCount(34);
				for (const iso of step.state.highlight)
					await expect(figure.locator(`use[data-iso="${iso}"]`)).toHaveAttribute('fill', ACCENT_FILL);
			}
		}
		await expect(page.locator('path[id^="prov-AF-"]')).toHaveCount(34);
		await expect(page.locator('.graphic-column')).toBeHidden();
		await expect(page.locator('ol.sources li')).not.toHaveCount(0);
	});
});
