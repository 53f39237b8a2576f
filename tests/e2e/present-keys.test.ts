// The audience window driven from the keyboard, as a presenter with a clicker drives it.
import { expect, test } from '@playwright/test';
import { expectSlide, openDeck, HEADLINE, LAST_SLIDE, STEPS, swipe, visibleSlides } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

test('each forward key moves one slide on, and the URL follows', async ({ page }) => {
	await openDeck(page, '/present/');
	await expect(visibleSlides(page)).toContainText(HEADLINE);
	let slide = 0;
	for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter']) {
		await page.keyboard.press(key);
		slide += 1;
		await expectSlide(page, slide);
	}
});

test('each back key moves one slide back', async ({ page }) => {
	await openDeck(page, '/present/#6');
	await expectSlide(page, 6);
	let slide = 6;
	for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'Shift+Space']) {
		await page.keyboard.press(key);
		slide -= 1;
		await expectSlide(page, slide);
	}
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 0);
});

test('End goes to the closing slide, Home to the title; nothing moves past either end', async ({ page }) => {
	await openDeck(page, '/present/#3');
	await page.keyboard.press('End');
	await expectSlide(page, LAST_SLIDE);
	await expect(visibleSlides(page).locator('[data-qr] svg')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, LAST_SLIDE);
	await page.keyboard.press('Home');
	await expectSlide(page, 0);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 0);
});

test('a reload, or a shared link, resumes on the same slide', async ({ page }) => {
	await openDeck(page, '/present/');
	for (let i = 0; i < 7; i++) await page.keyboard.press('PageDown');
	await expectSlide(page, 7);
	await page.reload();
	await expectSlide(page, 7);
	// A link shared by someone else opens in a fresh page; a step's id works too and reads back as its number.
	const primary165 = STEPS.findIndex((s) => s.id === 'primary-165') + 1;
	await page.goto('about:blank');
	await openDeck(page, `/present/#${primary165}`);
	await expectSlide(page, primary165);
	await page.goto('about:blank');
	await openDeck(page, '/present/#women-schooling');
	await expectSlide(page, STEPS.findIndex((s) => s.id === 'women-schooling') + 1);
	// Typing another number into the address bar moves there too.
	await page.evaluate(() => (location.hash = '#2'));
	await expectSlide(page, 2);
});

test('B blanks the screen and brings it back on the same slide; a forward key on a blank screen only brings it back', async ({
	page
}) => {
	await openDeck(page, '/present/#4');
	const blank = page.locator('[data-blank]');
	await expect(blank).toBeHidden();
	await page.keyboard.press('b');
	await expect(blank).toBeVisible();
	expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
	await page.keyboard.press('b');
	await expect(blank).toBeHidden();
	await expectSlide(page, 4);
	await page.keyboard.press('.');
	await expect(blank).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(blank).toBeHidden();
	await expectSlide(page, 4);
});

test('? shows the keys, and ? or Escape hides them; keys do not turn slides meanwhile', async ({ page }) => {
	await openDeck(page, '/present/#2');
	const help = page.getByRole('dialog', { name: 'Keys' });
	await page.keyboard.press('Shift+?');
	await expect(help).toBeVisible();
	await expect(help).toContainText('Page Down');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expectSlide(page, 2);
	await page.keyboard.press('Shift+?');
	await expect(help).toBeVisible();
	await page.keyboard.press('Shift+?');
	await expect(help).toBeHidden();
});

test('F toggles full screen', async ({ page }) => {
	await openDeck(page, '/present/#1');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await expectSlide(page, 1);
});

test('a tap on the right goes forward, on the left back, and a swipe turns the slide', async ({ page }) => {
	await openDeck(page, '/present/#5');
	await page.mouse.click(1000, 360);
	await expectSlide(page, 6);
	await page.mouse.click(100, 360);
	await expectSlide(page, 5);
	await swipe(page, 700, 500);
	await expectSlide(page, 6);
});

test("after a click on a control, a clicker's Enter turns the slide instead of pressing that control again", async ({
	page
}) => {
	await openDeck(page, '/present/#2');
	await page.mouse.move(640, 400);
	await page.getByRole('button', { name: 'Blank' }).click();
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeHidden();
	await page.keyboard.press('Enter');
	await expectSlide(page, 3);
	await expect(page.locator('[data-blank]')).toBeHidden();
});

test('only the slide on screen is rendered; the one left behind stops being rendered once the new one has covered it', async ({
	page
}) => {
	await openDeck(page, '/present/#8');
	await expectSlide(page, 8);
	const rendered = () =>
		page
			.locator('.slide')
			.evaluateAll((slides) =>
				slides
					.filter((s) => getComputedStyle(s).contentVisibility !== 'hidden')
					.map((s) => Number((s as HTMLElement).dataset.slide))
			);
	await expect.poll(rendered).toEqual([8]);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 9);
	await expect.poll(rendered).toEqual([9]);
	// Drawn from the HTML, as the server rendered it: the map's shapes are in the slide.
	await expect(page.locator('.slide.current .live-layer use[data-iso]')).toHaveCount(34);
});
