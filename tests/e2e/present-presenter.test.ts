// The presenter view opens in a second window and stays in step with the audience window, both ways.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { expectSlide, openDeck, STEPS } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

const presenterCount = (page: Page) => page.locator('[data-presenter-count] strong');

test('P opens the presenter view on the same slide, with the notes, the next slide and a clock', async ({
	page,
	context,
	baseURL
}) => {
	const watched = watchPage(page, new URL(baseURL!).origin);
	await openDeck(page, '/present/#1');
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
	const presenterWatched = watchPage(presenter, new URL(baseURL!).origin);
	await expect(presenter.locator('.deck.live')).toHaveCount(1);
	await expect(presenter).toHaveURL(/\/present\/presenter\/#1$/);
	await expect(presenterCount(presenter)).toHaveText('1');
	await expectSlide(presenter, 1);
	await expect(presenter.locator('[data-notes]')).toHaveText(STEPS[0].notes);
	await expect(presenter.locator('[data-preview] [data-active-step]')).toHaveAttribute('data-active-step', STEPS[1].id);

	// A slide without notes says so.
	const withoutNotes = STEPS.findIndex((s) => !s.notes) + 1;
	await presenter.keyboard.press('Home');
	for (let i = 0; i < withoutNotes; i++) await presenter.keyboard.press('ArrowRight');
	await expect(presenter.locator('[data-notes]')).toHaveText(/No speaker notes/);

	// The clock started with the first move.
	await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(presenter.locator('[data-elapsed]')).not.toHaveText('0:00', { timeout: 3000 });
	await presenter.getByRole('button', { name: 'Reset' }).click();
	await expect(presenter.locator('[data-elapsed]')).toHaveText('0:00');

	await expectNoAxeViolations(presenter, 'in the presenter view');
	expect([...watched.consoleErrors, ...presenterWatched.consoleErrors]).toEqual([]);
	expect([...watched.foreignRequests, ...presenterWatched.foreignRequests]).toEqual([]);
});

test('the audience window and the presenter view follow each other, both ways, blank screen included', async ({
	page,
	context
}) => {
	await openDeck(page, '/present/#3');
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
	await expect(presenter.locator('.deck.live')).toHaveCount(1);

	// The audience window drives the presenter view…
	await page.keyboard.press('PageDown');
	await expectSlide(page, 4);
	await expect(presenterCount(presenter)).toHaveText('4');
	await expectSlide(presenter, 4);
	await expect(presenter.locator('[data-notes]')).toHaveText(STEPS[3].notes || /No speaker notes/);

	// …and the presenter view drives the audience window.
	await presenter.keyboard.press('ArrowRight');
	await presenter.keyboard.press('ArrowRight');
	await expectSlide(presenter, 6);
	await expectSlide(page, 6);
	await presenter.getByRole('button', { name: 'Previous' }).click();
	await expectSlide(page, 5);
	await presenter.keyboard.press('End');
	await expectSlide(page, STEPS.length + 1);
	await page.keyboard.press('Home');
	await expectSlide(presenter, 0);

	// Blanking from the presenter view blanks the audience's screen, and the presenter sees that it did.
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await expect(presenter.getByRole('status')).toContainText('blank');
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeHidden();

	// An audience window opened later (a second screen, a crashed tab) joins on the presenter's slide.
	await presenter.keyboard.press('ArrowRight');
	await expectSlide(page, 1);
	const lateWindow = await context.newPage();
	await lateWindow.goto('/present/');
	await expectSlide(lateWindow, 1);
	await presenter.keyboard.press('ArrowRight');
	await expectSlide(lateWindow, 2);
	await expectSlide(page, 2);
});

test('a presenter view opened on its own joins the running presentation', async ({ page, context }) => {
	await openDeck(page, '/present/#5');
	const presenter = await context.newPage();
	await presenter.goto('/present/presenter/');
	await expectSlide(presenter, 5);
	await expect(presenterCount(presenter)).toHaveText('5');
});
