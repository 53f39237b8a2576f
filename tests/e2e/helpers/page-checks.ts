// Shared checks for end-to-end tests: axe, console errors and requests to other origins.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules every page is held to: WCAG 2.2 AA (target size included) and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe (WCAG 2.2 AA and best practices) on the page and expects no violations; `exclude` skips parts (CSS selectors). */
export async function expectNoAxeViolations(page: Page, context = '', exclude: string[] = []) {
	const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	for (const selector of exclude) builder.exclude(selector);
	const results = await builder.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
	expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * Records console errors, failed page errors and every request that leaves the site's origin.
 * Call before navigating; read the arrays at the end of the test.
 */
export function watchPage(page: Page, siteOrigin: string) {
	const consoleErrors: string[] = [];
	const foreignRequests: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
		if (new URL(url).origin !== siteOrigin) foreignRequests.push(url);
	});
	return { consoleErrors, foreignRequests };
}
