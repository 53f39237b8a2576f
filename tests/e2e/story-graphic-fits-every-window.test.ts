// The story's sticky graphic at every window a reader may have, from a small phone to a
// projector, a phone held sideways and a laptop at 200 % zoom: at every step, its title,
// drawing, legend, source and labels are inside the window, nothing is drawn over anything,
// and the drawing is at least 120 px each way, in every edition. Also with WCAG 1.4.12 text spacing.
import { expect, test, type Page } from '@playwright/test';
import { findLayoutProblems } from './helpers/layout-checks';
import { copy, settle } from './helpers/story';

const WINDOWS = [
	{ name: 'small phone 320x568', width: 320, height: 568 },
	{ name: 'phone 390x844', width: 390, height: 844 },
	{ name: 'phone sideways 844x390', width: 844, height: 390 },
	{ name: 'short laptop 1024x640', width: 1024, height: 640 },
	{ name: 'laptop 1280x720', width: 1280, height: 720 },
	{ name: 'short laptop 1366x657', width: 1366, height: 657 },
	{ name: 'desktop 1920x1080', width: 1920, height: 1080 },
	// 1280x800 at 200 % zoom: half the CSS pixels, each drawn twice as big.
	{ name: '1280x800 at 200% zoom', width: 640, height: 400, zoom: 2 }
];

// WCAG 1.4.12: what a reader's text-spacing bookmarklet applies, to the page's text. Not to the
// labels inside drawings, which are placed for their own type like the marks around them (what
// they say is also in each step's data table).
const TEXT_SPACING = `:not(svg, svg *) { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
svg, svg * { letter-spacing: normal !important; word-spacing: normal !important; }
p { margin-bottom: 2em !important; }`;

/** Walks every step, as a reader arriving at it would see it, and lists what is wrong at each. */
async function problemsAtEveryStep(page: Page): Promise<string[]> {
	const problems: string[] = [];
	const graphic = page.locator('.sticky-graphic');
	for (const step of copy.steps) {
		await page.locator(`[data-step="${step.id}"]`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const shown = await expect(graphic)
			.toHaveAttribute('data-active-step', step.id, { timeout: 3000 })
			.then(() => true)
			.catch(() => false);
		if (!shown)
			problems.push(`step ${step.id}: the graphic shows step ${await graphic.getAttribute('data-active-step')}`);
		await settle(page);
		// A chart redrawn at its measured width is drawn in the frame after it is measured.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		for (const problem of await findLayoutProblems(page, graphic)) problems.push(`step ${step.id}: ${problem}`);
	}
	return problems;
}

// Every edition: its words and their type (Japanese sets each character a whole em) change
// every title, legend and label.
for (const story of ['/', '/ja/'])
	for (const window of WINDOWS) {
		test.describe(`${story} at ${window.name}`, () => {
			test.use({ viewport: { width: window.width, height: window.height }, deviceScaleFactor: window.zoom ?? 1 });

			test('every step’s graphic is inside the window, nothing drawn over anything, the drawing at least 120 px', async ({
				page
			}) => {
				await page.goto(story);
				expect(await problemsAtEveryStep(page)).toEqual([]);
			});
		});
	}

for (const window of [WINDOWS[1], WINDOWS[5]]) {
	test.describe(`at ${window.name} with WCAG text spacing`, () => {
		test.use({ viewport: { width: window.width, height: window.height } });

		test('every step’s graphic still fits, with nothing drawn over anything', async ({ page }) => {
			await page.goto('/');
			await page.addStyleTag({ content: TEXT_SPACING });
			expect(await problemsAtEveryStep(page)).toEqual([]);
		});
	});
}
