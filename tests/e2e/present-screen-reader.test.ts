// What a screen reader meets in the presentation, read from the accessibility tree: the title
// slide by name, announcements from the first move on (not over the page's title on load),
// each figure's text alternative once, no empty lists; and the presenter's notes, scrollable
// from the keyboard with a visible cue when they run past their box.
import { expect, test } from '@playwright/test';
import { expectSlide, HEADLINE, openDeck, STEPS, visibleSlides } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

const announcement = (page: import('@playwright/test').Page) => page.locator('[data-slide-announcement]');

test('the title slide is named as the title, and slides are announced from the first move on, by their URL number', async ({
	page
}) => {
	await openDeck(page, '/present/#0');
	await expect(page.getByRole('region', { name: `Title slide: ${HEADLINE}` })).toBeVisible();
	// Nothing said on load: the page's title is being read.
	await page.waitForTimeout(500);
	await expect(announcement(page)).toHaveText('');
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 1);
	await expect(announcement(page)).toHaveText(`Slide 1 of ${STEPS.length + 1}: ${STEPS[0].short}`);
	await expect(page.getByRole('region', { name: `Slide 1 of ${STEPS.length + 1}: ${STEPS[0].short}` })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(announcement(page)).toHaveText(`Title slide: ${HEADLINE}`);
});

test("a slide's figure gives its text alternative once, and no legend is an empty list", async ({ page }) => {
	await openDeck(page, '/present/#1');
	for (let slide = 1; slide <= STEPS.length; slide++) {
		await expectSlide(page, slide);
		// The snapshot is YAML: undo its quoting of apostrophes and quotes before looking for the words.
		const tree = (await visibleSlides(page).ariaSnapshot()).replace(/''/g, "'").replace(/\\"/g, '"');
		expect(tree.split(STEPS[slide - 1].alt).length - 1, `slide ${slide}: the text alternative, said once`).toBe(1);
		for (const list of await visibleSlides(page).getByRole('list').all()) {
			expect(await list.getByRole('listitem').count(), `slide ${slide}: a list with items`).toBeGreaterThan(0);
		}
		await page.keyboard.press('ArrowRight');
	}
});

test('at 1366×768, notes longer than their box show a cue, scroll with ↓ once focused, and a clicker still turns the slide', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	// The slide with the most to read in the notes box.
	const longest =
		STEPS.reduce(
			(best, step, i) =>
				step.notes.length + step.alt.length > STEPS[best].notes.length + STEPS[best].alt.length ? i : best,
			0
		) + 1;
	await openDeck(page, `/present/presenter/#${longest}`);
	const box = page.locator('[data-notes-box]');
	const cue = page.locator('[data-more-notes]');
	await expect(cue).toBeVisible();
	await expect(cue).toHaveAttribute('data-more-notes', 'true');

	// Reached with Tab, as any keyboard user would.
	for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(box).toBeFocused();
	for (let i = 0; i < 30 && (await cue.getAttribute('data-more-notes')) === 'true'; i++)
		await page.keyboard.press('ArrowDown');
	expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
	await expect(cue).toBeHidden();
	await expect(page.locator('[data-presenter-count] strong')).toHaveText(String(longest));

	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-presenter-count] strong')).toHaveText(String(longest + 1));
	// The next slide's notes are read from their start.
	expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
});
