// An embed that cannot load for want of a network says so where the chart would be, on a host
// page with the resizer script and in the story's Embed dialog, and the chart comes back with
// the network.
import { expect, test } from '@playwright/test';
import { embedIds, useHostServer } from './helpers/embed-host';

const host = useHostServer();
const id = embedIds[0];

test('on a host page, a chart that cannot load offline is replaced by a notice, and comes back online', async ({
	page,
	context,
	baseURL
}) => {
	await host.open(
		page,
		// Far down the page, so the lazy frame has not loaded when the network goes.
		`<div style="height:6000px"></div><iframe src="${baseURL}/embed/${id}/" title="The chart" width="100%" height="600" loading="lazy" data-test-id="chart"></iframe>` +
			`<script src="${baseURL}/embed/resize.js" async></script>`
	);
	await page.waitForFunction(
		() => (window as unknown as { schoolsForWhomResizer?: boolean }).schoolsForWhomResizer === true
	);
	await context.setOffline(true);
	await page.locator('body').evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	const notice = page.locator('[data-embed-offline]');
	await expect(notice).toBeVisible({ timeout: 10_000 });
	await expect(notice).toContainText('“The chart” cannot load: there is no network connection');
	await expect(page.locator('iframe[data-test-id="chart"]')).toBeHidden();

	await context.setOffline(false);
	await expect(notice).toHaveCount(0);
	const frame = page.locator('iframe[data-test-id="chart"]');
	await frame.scrollIntoViewIfNeeded();
	await expect.poll(() => frame.evaluate((el) => el.style.height), { timeout: 20_000 }).toMatch(/^\d+px$/);
});

test("in the story's Embed dialog, a preview that cannot load offline says so, and loads once online", async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/#step-takeover');
	const button = page.locator('[data-step="takeover"] [data-embed-button]');
	const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
	// The dialog's script loads while online; the network goes before the preview is asked for.
	await button.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await context.setOffline(true);
	await button.click();
	await expect(dialog.getByText('The preview cannot load: there is no network connection.')).toBeVisible();
	await expect(dialog.locator('iframe')).toBeHidden();

	await context.setOffline(false);
	await expect(dialog.locator('iframe')).toBeVisible();
	await expect(dialog.getByText('The preview cannot load')).toBeHidden();
	await expect
		.poll(() =>
			dialog
				.locator('iframe')
				.evaluate((el: HTMLIFrameElement) => Boolean(el.contentDocument?.querySelector('[data-embed-id]')))
		)
		.toBe(true);
});

test('in the story, Embed pressed with no network says why instead of doing nothing, and works once online', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/#step-takeover');
	const tools = page.locator('[data-step="takeover"] .chart-tools');
	await context.setOffline(true);
	await tools.locator('[data-embed-button]').click();
	await expect(tools.getByRole('status')).toHaveText(/could not load: you seem to be offline/);
	await context.setOffline(false);
	await tools.locator('[data-embed-button]').click();
	await expect(page.getByRole('dialog', { name: 'Embed this chart' })).toBeVisible();
	await expect(tools.locator('[data-tools-status]')).toBeEmpty();
});
