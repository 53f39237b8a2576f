// In a high-contrast theme (forced colours, dark), every chart draws its text, axes, legend keys
// and dashed outlines in the reader's own colours, in embeds and on slides. A screenshot of each
// is attached to the test's results, to look at.
import { expect, test, type Page } from '@playwright/test';
import { expectSlide, openDeck, STEPS } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 800, height: 900 } });

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
});

/** Text and lines drawn in a colour other than the theme's text colour, among the visible ones in `root`. */
function offTheme(page: Page, root: string): Promise<string[]> {
	return page.locator(root).evaluate((container) => {
		const probe = document.createElement('span');
		probe.style.color = 'CanvasText';
		document.body.append(probe);
		const canvasText = getComputedStyle(probe).color;
		probe.remove();
		const wrong: string[] = [];
		const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		for (const text of container.querySelectorAll('svg text')) {
			if (visible(text) && text.textContent!.trim() && getComputedStyle(text).fill !== canvasText)
				wrong.push(`text "${text.textContent!.trim()}" filled ${getComputedStyle(text).fill}`);
		}
		// Lines that carry meaning on their own: axes of equality, dashed outlines, the country's edge, series, legend keys.
		const lines =
			'.parity-line, .series, .key line, .region-outline, .outline, svg.key path, svg.key rect, svg.ladder rect';
		for (const line of container.querySelectorAll(lines)) {
			if (visible(line) && getComputedStyle(line).stroke !== canvasText)
				wrong.push(`${line.tagName} ${line.getAttribute('class') ?? ''} stroked ${getComputedStyle(line).stroke}`);
		}
		return wrong;
	});
}

for (const id of ['map-regions-vs-women', 'ladder-grade-7-ban', 'barred-2030', 'parity-first-taliban-era']) {
	test(`embed ${id}: text and lines in the reader's colours`, async ({ page }, testInfo) => {
		await page.goto(`/embed/${id}/`);
		await testInfo.attach(`${id}-forced-colors.png`, { body: await page.screenshot(), contentType: 'image/png' });
		expect(await offTheme(page, 'main')).toEqual([]);
	});
}

test("slides: text and lines in the reader's colours, over the projector's theme", async ({ page }, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const kinds = ['map', 'ladder', 'barred', 'parity'].map(
		(graphic) => STEPS.findIndex((step) => step.graphic === graphic && step.stateName !== 'locator') + 1
	);
	for (const slide of kinds) {
		await openDeck(page, `/present/#${slide}`);
		await expectSlide(page, slide);
		await testInfo.attach(`slide-${slide}-forced-colors.png`, {
			body: await page.screenshot(),
			contentType: 'image/png'
		});
		expect(await offTheme(page, '.deck section.slide.current'), `slide ${slide}`).toEqual([]);
	}
});
