// Each embed page stands alone: its own title, noindex, a canonical link to the story, the
// chart with its title, legend and source, a text alternative, a data table reachable by
// keyboard, a credit link to the story, no request to any other origin, no axe violation, and
// at most 15 KB of JavaScript (brotli).
import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { embedIds } from './helpers/embed-host';
import { copy } from './helpers/story';
import { embedIdFor } from '../../src/lib/embed/embed-id';
import type { MapState } from '../../src/lib/model/chart-state';

const JS_BUDGET = 15_000;

for (const id of embedIds) {
	test(`embed ${id}: a standalone, accessible page that requests nothing from other origins`, async ({
		page,
		baseURL,
		request
	}) => {
		const watched = watchPage(page, new URL(baseURL!).origin);
		await page.setViewportSize({ width: 600, height: 900 });
		await page.goto(`/embed/${id}/`);

		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/`);
		const title = await page.title();
		expect(title).toContain(copy.headline);
		const heading = page.locator('h1');
		await expect(heading).toHaveCount(1);
		expect(title.startsWith((await heading.textContent())!.trim())).toBe(true);
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
			'content',
			/default-src 'self'/
		);

		// The chart as in the story, styled as there (every component's scoped class has its
		// rules on the page), its provinces drawn from the page's own sprite: its graphic, a
		// source line, a text alternative.
		const main = page.locator(`main[data-embed-id="${id}"]`);
		await expect(main.locator('svg[viewBox]').first()).toBeVisible();
		const unstyled = await page.evaluate(() => {
			const scoped = new Set(
				[...document.querySelectorAll('[class*="svelte-"]')].flatMap((el) =>
					[...el.classList].filter((name) => name.startsWith('svelte-'))
				)
			);
			const rules = [...document.styleSheets]
				.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
				.join('\n');
			return [...scoped].filter((name) => !rules.includes(name));
		});
		expect(unstyled, 'scoped classes without their rules').toEqual([]);
		if (id.startsWith('map-')) await expect(page.locator('svg defs path#prov-AF-KAB')).toHaveCount(1);
		await expect(main.locator('.source')).toContainText('Source:');
		const alt = await main.locator('figure').getAttribute('aria-describedby');
		await expect(page.locator(`#${alt}`)).not.toBeEmpty();

		// The data table opens from the keyboard.
		const summary = main.locator('summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(main.locator('table')).toBeVisible();
		await expect(main.locator('table tbody tr').first()).toBeVisible();

		// A credit link back to the story, and one to its corrections, both opening outside the frame.
		const credit = main.locator('.credit a:not([data-corrections-link])');
		await expect(credit).toHaveAttribute('href', new RegExp(`^${baseURL}/#step-`));
		await expect(credit).toHaveAttribute('target', '_blank');
		await expect(main.locator('.credit a[data-corrections-link]')).toHaveAttribute('href', `${baseURL}/#corrections`);
		await expect(main.locator('.credit a[data-corrections-link]')).toHaveAttribute('target', '_blank');

		await expectNoAxeViolations(page, `on /embed/${id}/`);
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);

		// Every script the page loads, compressed as a server would send it.
		const scripts = await page
			.locator('script[src]')
			.evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
		let bytes = 0;
		for (const src of scripts) bytes += brotliCompressSync(await (await request.get(src)).body()).length;
		expect(bytes, `JavaScript of /embed/${id}/ (brotli)`).toBeLessThanOrEqual(JS_BUDGET);
		expect(await page.locator('script:not([src])').count(), 'inline scripts').toBe(0);
	});
}

test('at 320 px no embed overflows sideways, and map labels stay legible, apart, and name every highlighted or starred province', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 700 });
	for (const id of embedIds) {
		await page.goto(`/embed/${id}/`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${id} overflows sideways`).toBeLessThanOrEqual(0);
		if (!id.startsWith('map-')) continue;
		// Placed for the width, as in the story (label-placement.ts): at their intended size, apart,
		// and naming every labelled province the chart highlights or stars, with a leader line if
		// need be.
		const labels = page.locator('.province-map .live-layer g.labels text');
		const state = copy.steps.find((step) => embedIdFor(step) === id)!.state as MapState;
		const named = state.labels.filter((iso) => state.highlight.includes(iso) || state.caveated.includes(iso));
		await expect
			.poll(() => labels.evaluateAll((els) => els.map((el) => el.getAttribute('data-label'))), {
				message: `${id} names its highlighted and starred provinces`
			})
			.toEqual(expect.arrayContaining(named));
		await expect
			.poll(async () => (await labels.first().boundingBox())?.height ?? 0, { message: `${id} label size` })
			.toBeGreaterThanOrEqual(11);
		const boxes = await labels.evaluateAll((els) =>
			els
				.map((el) => el.getBoundingClientRect())
				.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }))
		);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
				expect(overlap, `${id}: labels ${i} and ${j} overlap`).toBe(false);
			}
	}
});

test('an unknown chart is a 404', async ({ request }) => {
	expect((await request.get('/embed/no-such-chart/')).status()).toBe(404);
});
