// On a slow phone a reader flicks through the story with Page Down and Page Up: once the page
// stops scrolling, the graphic shows the step at the trigger line, whatever events were late.
import { expect, test, type Page } from '@playwright/test';
import { copy } from './helpers/story';
import { TRIGGER_BESIDE_GRAPHIC } from '../../src/lib/story/scrolly';

test.use({ viewport: { width: 1280, height: 800 } });

/** Waits until the page has not scrolled for half a second. */
async function untilScrollingStops(page: Page) {
	let last = -1;
	await expect
		.poll(
			async () => {
				const now = await page.evaluate(() => window.scrollY);
				const still = now === last;
				last = now;
				return still;
			},
			{ intervals: [500], timeout: 15_000 }
		)
		.toBe(true);
}

/** The step whose top has last passed the trigger line on a laptop's window (beside the graphic). */
const stepAtTriggerLine = (page: Page) =>
	page.evaluate((share) => {
		let current: string | null = null;
		for (const step of document.querySelectorAll<HTMLElement>('[data-step]')) {
			if (step.getBoundingClientRect().top <= window.innerHeight * share) current = step.dataset.step!;
		}
		return current;
	}, TRIGGER_BESIDE_GRAPHIC);

test('with a 6x slower CPU and fast Page Down / Page Up, the graphic ends on the step at the trigger line', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await page.waitForLoadState('load');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.locator(`[data-step="${copy.steps[0].id}"] [data-voice]`).first().click();
	const graphic = page.locator('.sticky-graphic');
	const ends: string[] = [];
	const wrong: string[] = [];
	const rounds = [
		['PageDown', 5],
		['PageUp', 2],
		['PageDown', 6],
		['PageUp', 3],
		['PageDown', 8],
		['PageUp', 4],
		['PageDown', 7],
		['PageUp', 9]
	] as const;
	for (const [key, presses] of rounds) {
		// Pressed as fast as the keyboard repeats, without waiting for the page between presses.
		await Promise.all(Array.from({ length: presses }, () => page.keyboard.press(key)));
		await untilScrollingStops(page);
		const expected = await stepAtTriggerLine(page);
		expect(expected).not.toBeNull();
		const shown = await expect(graphic)
			.toHaveAttribute('data-active-step', expected!, { timeout: 3000 })
			.then(() => null)
			.catch(async () => graphic.getAttribute('data-active-step'));
		if (shown) wrong.push(`after ${presses} × ${key}: ${shown} shown, ${expected} at the line`);
		ends.push(expected!);
	}
	expect(wrong).toEqual([]);
	// The walk went somewhere: the end states are different steps.
	expect(new Set(ends).size).toBeGreaterThan(2);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
