// In each step of the story, for that step's chart: "Embed" opens a dialog with the code to
// paste and a live preview; "Download" offers the chart's PNG and SVG. Keyboard first, as an
// editor on deadline uses it.
import { expect, test } from '@playwright/test';
import { embedIdFor } from '../../src/lib/embed/embed-id';
import { chartTitle } from '../../src/lib/charts/chart-meta';
import type { StoryData } from '../../src/lib/model/data';
import dataJson from '../../src/lib/generated/data.json' with { type: 'json' };
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { copy, englishWords, scrollToStep } from './helpers/story';

test.use({ viewport: { width: 1280, height: 800 } });

const mapStep = copy.steps.find((step) => step.stateName === 'women-secondary')!;
const ladderStep = copy.steps.find((step) => step.graphic === 'ladder')!;

test('Embed opens a dialog with the code, a copy button and a live preview; Escape closes it and focus returns', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const watched = watchPage(page, new URL(baseURL!).origin);
	await page.goto(`/#step-${mapStep.id}`);
	const id = embedIdFor(mapStep);
	const button = page.locator(`[data-step="${mapStep.id}"] [data-embed-button]`);
	await expect(button).toHaveAttribute('data-embed-button', id);
	await expect(button).toBeVisible();

	// From the keyboard.
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByLabel('Code to paste into your page');
	await expect(code).toHaveValue(new RegExp(`<iframe src="${baseURL}/embed/${id}/"`));
	await expect(code).toHaveValue(new RegExp(`<script src="${baseURL}/embed/resize.js" async></script>`));

	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

	// The preview takes its content's height, as on a host page.
	const preview = dialog.locator('iframe');
	await expect(preview).toHaveAttribute('src', `/embed/${id}/`);
	const frame = (await preview.elementHandle())!.contentFrame();
	await expect
		.poll(async () => {
			const content = await (await frame)!.evaluate(() => document.body.getBoundingClientRect().height);
			const box = (await preview.boundingBox())!.height - 2; // less its 1 px border
			return Math.abs(box - content) <= 2;
		})
		.toBe(true);

	await expect(dialog.getByRole('link', { name: 'PNG image (2×)' })).toHaveAttribute('href', `/embed/${id}/chart.png`);
	await expect(dialog.getByRole('link', { name: 'SVG (vector)' })).toHaveAttribute('href', `/embed/${id}/chart.svg`);
	await expectNoAxeViolations(page, 'with the embed dialog open');

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
	expect(watched.consoleErrors).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
});

test('each step’s Embed button offers that step’s chart', async ({ page, baseURL }) => {
	await page.goto('/');
	await scrollToStep(page, ladderStep);
	const id = embedIdFor(ladderStep);
	await page.locator(`[data-step="${ladderStep.id}"] [data-embed-button]`).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
	await expect(dialog.getByLabel('Code to paste into your page')).toHaveValue(new RegExp(`${baseURL}/embed/${id}/`));
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('Download offers the PNG and the SVG of the step’s chart, both files exist, and Escape closes it', async ({
	page,
	request
}) => {
	await page.goto(`/#step-${mapStep.id}`);
	const id = embedIdFor(mapStep);
	const download = page.locator(`[data-step="${mapStep.id}"] .chart-tools details`);
	const summary = download.locator('summary');
	// Named for its chart, without the ▾ drawn beside it.
	await expect(summary).toHaveAccessibleName(
		`Download this chart: ${chartTitle(mapStep.state, dataJson as unknown as StoryData, englishWords)}`
	);
	await summary.focus();
	await page.keyboard.press('Enter');
	const png = download.getByRole('link', { name: /PNG/ });
	const svg = download.getByRole('link', { name: /SVG/ });
	await expect(png).toBeVisible();
	await expect(png).toHaveAttribute('download', `schools-for-whom-${id}.png`);
	await expect(svg).toHaveAttribute('download', `schools-for-whom-${id}.svg`);
	for (const [link, type] of [
		[png, 'image/png'],
		[svg, 'image/svg+xml']
	] as const) {
		const response = await request.get((await link.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain(type);
	}
	await png.focus();
	await page.keyboard.press('Escape');
	await expect(png).toBeHidden();
	await expect(summary).toBeFocused();
});

test('the story shares an Open Graph image made at build time, at an absolute address', async ({
	page,
	request,
	baseURL
}) => {
	await page.goto('/');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/social.png`);
	const response = await request.get(`${baseURL}/social.png`);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
