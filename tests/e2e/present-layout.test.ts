// On any screen a deck is shown on, no slide draws anything over anything: every text box of
// the slide (line, title, legend, source, labels, axes) lies inside the slide and overlaps no
// other. The same for the presenter view's preview of the next slide.
import { expect, test, type Page } from '@playwright/test';
import { overlapProblems } from './helpers/overlap-checks';
import { LAST_SLIDE, openDeck } from './helpers/present';

test.use({ reducedMotion: 'reduce' });

/** Projectors and laptops, an old 4:3 projector, and a phone either way up (the deck takes taps and swipes). */
const WINDOWS = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 },
	{ width: 1366, height: 768 },
	{ width: 800, height: 600 },
	{ width: 390, height: 844 },
	{ width: 844, height: 390 }
];

/** Walks the deck from the first slide to the last with the → key, collecting each slide's problems in `root`. */
async function problemsOnEverySlide(page: Page, root: string): Promise<string[]> {
	const problems: string[] = [];
	for (let slide = 0; slide <= LAST_SLIDE; slide++) {
		await expect(page.locator('.deck')).toHaveAttribute('data-current', String(slide));
		problems.push(...(await overlapProblems(page, root)).map((problem) => `slide ${slide}: ${problem}`));
		await page.keyboard.press('ArrowRight');
	}
	return problems;
}

for (const viewport of WINDOWS) {
	test(`at ${viewport.width}×${viewport.height}, no slide draws text over text or outside the slide`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openDeck(page, '/present/#0');
		expect(await problemsOnEverySlide(page, '.deck section.slide.current')).toEqual([]);
	});
}

test("at 1366×768, the presenter view's current slide and its preview of the next draw no text over text", async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openDeck(page, '/present/presenter/#0');
	expect(await problemsOnEverySlide(page, '.deck section.slide.current')).toEqual([]);
	await openDeck(page, '/present/presenter/#0');
	expect(await problemsOnEverySlide(page, '[data-preview]')).toEqual([]);
});
