// Ready to project: accessible, 7:1 text, large type, thick lines, everything inside the slide,
// right from the first frame, and nothing fetched from anywhere else.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { expectSlide, LAST_SLIDE, openDeck, visibleSlides } from './helpers/present';

test.use({ reducedMotion: 'reduce' });

const ALL_SLIDES = Array.from({ length: LAST_SLIDE + 1 }, (_, i) => i);

/** Text smaller than this share of the slide's height is too small for the back of a room. */
const SMALLEST_TEXT = 0.02;

/** Problems with the visible slide's type and fit: text too small, or anything outside the slide. */
function slideProblems(page: Page, smallest: number) {
	return visibleSlides(page).evaluate((slide, smallestShare) => {
		const frame = slide.getBoundingClientRect();
		const problems: string[] = [];
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}.${el.getAttribute('class')?.split(' ')[0] ?? ''} "${el.textContent?.trim().slice(0, 30)}"`;
		for (const el of slide.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
			if (
				box.left < frame.left - 1 ||
				box.right > frame.right + 1 ||
				box.top < frame.top - 1 ||
				box.bottom > frame.bottom + 1
			)
				problems.push(`outside the slide: ${name(el)}`);
			const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
			if (!ownText) continue;
			let size = parseFloat(getComputedStyle(el).fontSize);
			// SVG text is sized in the drawing's units, HTML text before CSS zoom: scale both to the screen.
			if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
			else size *= (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
			if (size < smallestShare * frame.height)
				problems.push(`text ${size.toFixed(1)}px < ${(smallestShare * frame.height).toFixed(1)}px: ${name(el)}`);
		}
		return problems;
	}, smallest);
}

// The English deck at each projector, and the Japanese one at the smallest and largest.
for (const [deck, viewport] of [
	['/present/', { width: 1280, height: 720 }],
	['/present/', { width: 1920, height: 1080 }],
	['/present/', { width: 1024, height: 768 }],
	['/ja/present/', { width: 1024, height: 768 }],
	['/ja/present/', { width: 1920, height: 1080 }]
] as const) {
	test(`${deck} at ${viewport.width}×${viewport.height}, every slide fits and its type is large`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await openDeck(page, `${deck}#0`);
		for (const slide of ALL_SLIDES) {
			await expectSlide(page, slide);
			expect(await slideProblems(page, SMALLEST_TEXT), `slide ${slide}`).toEqual([]);
			await page.keyboard.press('ArrowRight');
		}
	});
}

for (const slide of ALL_SLIDES) {
	test(`slide ${slide}: no axe violations, text at 7:1, nothing from other origins`, async ({ page, baseURL }) => {
		const watched = watchPage(page, new URL(baseURL!).origin);
		await page.setViewportSize({ width: 1280, height: 720 });
		await openDeck(page, `/present/#${slide}`);
		await expectSlide(page, slide);
		await expectNoAxeViolations(page, `on slide ${slide}`);
		const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
		expect(
			enhanced.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
			'text under 7:1'
		).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);
	});
}

test('the key help and the controls pass axe too', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openDeck(page, '/present/#3');
	await page.mouse.move(600, 400);
	await expect(page.getByRole('navigation', { name: 'Slide controls' })).toHaveCSS('opacity', '1');
	await expectNoAxeViolations(page, 'with the controls showing');
	await page.keyboard.press('Shift+?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	await expectNoAxeViolations(page, 'with the key help open');
});

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`at ${viewport.width}×${viewport.height}, no line on a slide is thinner than 1.5 px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const lineWidths = (selector: string) =>
			visibleSlides(page)
				.locator(selector)
				.evaluateAll((els) =>
					els.map((el) => {
						const style = getComputedStyle(el);
						const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
						// A non-scaling stroke is in CSS pixels (then zoomed); any other in the drawing's units.
						return (
							parseFloat(style.strokeWidth) *
							(style.vectorEffect === 'non-scaling-stroke' ? zoom : ((el as SVGGraphicsElement).getScreenCTM()?.a ?? 1))
						);
					})
				);
		const expectThick = async (slide: number, selector: string) => {
			await page.evaluate((n) => (location.hash = `#${n}`), slide);
			await expectSlide(page, slide);
			const widths = await lineWidths(selector);
			expect(widths.length, `${selector} on slide ${slide}`).toBeGreaterThan(0);
			for (const width of widths) expect(width, `${selector} on slide ${slide}`).toBeGreaterThanOrEqual(1.5);
		};
		await openDeck(page, '/present/#0');
		await expectThick(1, '.borders, .outline');
		await expectThick(9, '.highlight-edge');
		await expectThick(2, 'svg.ladder rect');
		await expectThick(6, 'svg.parity .grid, svg.parity .series');
	});
}

test('the slide the URL names is on screen before any JavaScript has run', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// Hold back the app's JavaScript: what shows is the prerendered HTML and CSS alone.
	await page.route('**/_app/immutable/**/*.js', () => {});
	await page.goto('/present/#7', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.deck.live')).toHaveCount(0);
	await expect(visibleSlides(page)).toHaveCount(1);
	await expect(visibleSlides(page)).toHaveAttribute('data-slide', '7');
	await expect(visibleSlides(page).locator('[data-active-step]')).toBeVisible();
});

test('a reload mid-talk shifts nothing on screen, and slides crossfade unless motion is reduced', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
	await page.goto('/present/#9');
	await expect(page.locator('.deck.live')).toHaveCount(1);
	const shift = await page.evaluate(
		() =>
			new Promise<number | null>((resolve) => {
				if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return resolve(null);
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 800);
			})
	);
	expect(shift).toBe(0);
	expect(await page.locator('.slide.current').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.35s');
	await page.close();

	const still = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
	await openDeck(still, '/present/#9');
	expect(await still.locator('.slide.current').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
	await still.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the slides read one after another', async ({ page }) => {
		await page.goto('/present/');
		await expect(page.locator('section.slide:visible')).toHaveCount(LAST_SLIDE + 1);
	});
});
