// A keyboard reader and a reader following a link: each step's Embed and Download come in the
// step's place in the tab order, named for the step's chart; the focused element is never
// hidden under the sticky graphic; and a link to a step, in either form, opens the story with
// that step's text in view and its state on the graphic.
import { expect, test, type Page } from '@playwright/test';
import { chartTitle } from '../../src/lib/charts/chart-meta';
import type { StoryData } from '../../src/lib/model/data';
import dataJson from '../../src/lib/generated/data.json' with { type: 'json' };
import { copy, englishWords } from './helpers/story';

const data = dataJson as unknown as StoryData;

interface TabStop {
	/** The step the focused element is in, if any */
	step: string | null;
	name: string;
	embed: boolean;
	download: boolean;
	/** Whether the element is what the window shows at its middle (not covered by the graphic) */
	seen: boolean;
}

/** Presses Tab from the top of the page until focus has passed the last step; what each stop was. */
async function tabThroughSteps(page: Page): Promise<TabStop[]> {
	const stops: TabStop[] = [];
	const last = copy.steps[copy.steps.length - 1].id;
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			// A link may wrap across lines: it is seen if the middle of any of its lines is.
			const seen = [...element.getClientRects()].some((box) => {
				const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return !!atCentre && (element === atCentre || element.contains(atCentre));
			});
			return {
				step: element.closest<HTMLElement>('[data-step]')?.dataset.step ?? null,
				name: element.getAttribute('aria-label') ?? (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
				embed: element.hasAttribute('data-embed-button'),
				download: element.matches('details[data-download-menu] > summary'),
				seen
			};
		});
		stops.push(stop);
		if (stops.some((s) => s.step === last) && stop.step !== last) break;
	}
	return stops;
}

test.describe('on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('Tab reaches each step’s Embed and Download in that step, in order, named for its chart', async ({ page }) => {
		await page.goto('/');
		const stops = await tabThroughSteps(page);
		const embeds = stops.filter((s) => s.embed);
		const downloads = stops.filter((s) => s.download);
		expect(embeds.map((s) => s.step)).toEqual(copy.steps.map((s) => s.id));
		expect(downloads.map((s) => s.step)).toEqual(copy.steps.map((s) => s.id));
		for (const step of copy.steps) {
			const title = chartTitle(step.state, data, englishWords);
			await expect(page.locator(`[data-step="${step.id}"] [data-embed-button]`)).toHaveAccessibleName(
				`Embed this chart: ${title}`
			);
			await expect(page.locator(`[data-step="${step.id}"] details[data-download-menu] > summary`)).toHaveAccessibleName(
				`Download this chart: ${title}`
			);
		}
		// Nothing of a step's tools comes before the steps.
		const firstStepStop = stops.findIndex((s) => s.step !== null);
		expect(stops.slice(0, firstStepStop).filter((s) => s.embed || s.download)).toEqual([]);
	});

	test('the story’s steps are not each a landmark', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('region')).toHaveCount(
			await page.locator('section[aria-labelledby]:not([data-step])').count()
		);
		await expect(page.locator('[data-step][aria-labelledby], section[data-step]')).toHaveCount(0);
	});
});

// Where the graphic sits above the text (a phone) and where a laptop at 200 % zoom has half
// the room: the focused element is always in sight.
for (const window of [
	{ name: 'a phone', width: 390, height: 844, zoom: 1 },
	{ name: '1280x800 at 200% zoom', width: 640, height: 400, zoom: 2 }
]) {
	test.describe(`on ${window.name}`, () => {
		test.use({ viewport: { width: window.width, height: window.height }, deviceScaleFactor: window.zoom });

		test('the focused element is never hidden under the sticky graphic', async ({ page }) => {
			await page.goto('/');
			const stops = await tabThroughSteps(page);
			expect(stops.filter((s) => s.step).length).toBeGreaterThan(copy.steps.length * 2);
			expect(stops.filter((s) => !s.seen).map((s) => `${s.step ?? 'page'}: ${s.name}`)).toEqual([]);
		});
	});
}

const linked = copy.steps[Math.floor(copy.steps.length * 0.6)];

for (const window of [
	{ name: 'a phone', width: 390, height: 844 },
	{ name: 'a laptop', width: 1280, height: 800 }
]) {
	test.describe(`a link to a step on ${window.name}`, () => {
		test.use({ viewport: { width: window.width, height: window.height } });

		for (const hash of [`#step-${linked.id}`, `#${linked.id}`]) {
			test(`/${hash} opens the story with the step’s text in view and its state on the graphic`, async ({ page }) => {
				await page.goto(`/${hash}`);
				await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', linked.id);
				// The step's first paragraph is in the window, and not under the graphic.
				const firstParagraph = page.locator(`[data-step="${linked.id}"] [data-voice]`).first();
				await expect(firstParagraph).toBeInViewport();
				const seen = await firstParagraph.evaluate((element) => {
					const box = element.getBoundingClientRect();
					const atTopLine = document.elementFromPoint(box.left + box.width / 2, Math.max(box.top + 8, 0));
					return !!atTopLine && element.contains(atTopLine);
				});
				expect(seen, 'the first line of the step is covered').toBe(true);
			});
		}
	});
}
