import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';

test('the story page declares its language, has a working skip link and a visible focus ring', async ({
	page,
	baseURL
}) => {
	const watched = watchPage(page, new URL(baseURL!).origin);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#story$/);

	await expectNoAxeViolations(page, 'on the story page');
	expect(watched.consoleErrors).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
});

test('every page carries a Content Security Policy that forbids other origins', async ({ page }) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self'/);
});
