// What the story tests need to know of the content: the steps as the data build wrote them.
import { expect, type Page } from '@playwright/test';
import copyJson from '../../../src/lib/generated/copy.en.json' with { type: 'json' };
import dataJson from '../../../src/lib/generated/data.json' with { type: 'json' };
import type { Copy, Step } from '../../../src/lib/model/copy';
import type { Iso, StoryData } from '../../../src/lib/model/data';
import type { EditionWords } from '../../../src/lib/model/edition';
import { provinceFill } from '../../../src/lib/charts/map-layer-markup';

export const copy = copyJson as unknown as Copy;
/** The English edition's words, as its pages have them (src/lib/model/edition-words.server.ts). */
export const englishWords: EditionWords = {
	code: 'en',
	lang: 'en',
	locale: 'en-GB',
	dir: 'ltr',
	name: 'English',
	labels: copy.labels,
	provinceNames: Object.fromEntries((dataJson as unknown as StoryData).provinces.map((p) => [p.iso, p.name]))
};
export const ACCENT_FILL = '#b3261e';

/** Scrolls so the step's top sits just above the trigger line, and waits for the graphic to follow. */
export async function scrollToStep(page: Page, step: Step) {
	await page.evaluate((id) => {
		const element = document.querySelector(`[data-step="${id}"]`)!;
		window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
	}, step.id);
	await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', step.id);
}

/** Checks that the sticky graphic shows exactly what the step's state says. */
export async function expectGraphicShows(page: Page, step: Step) {
	const graphic = page.locator('.sticky-graphic');
	await expect(graphic).toHaveAttribute('data-state', step.stateName);
	// Sticky: from the second step on, the whole graphic stays in view beside (or above) the
	// step. (The reader meets it below the intro, beside the first step.)
	if (step.id !== copy.steps[0].id) await expect(graphic).toBeInViewport({ ratio: 0.95 });
	const state = step.state;
	if (state.graphic === 'map') {
		// The drawing on screen: the other of the map's two drawings may be fading out. A state
		// not drawn ahead is swapped in a frame after the step, so the whole drawing is checked
		// again until it holds.
		const map = graphic.locator('.live-layer');
		await expect(async () => {
			const accented = await map
				.locator(`use[data-iso][fill="${ACCENT_FILL}"]`)
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso')).sort());
			expect(accented).toEqual([...state.highlight].sort());
			// Every province in this state's colour, not one left as an earlier state coloured it
			// (a drawing keeps its provinces and recolours them).
			const fills = await map
				.locator('use[data-iso]')
				.evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso')!, e.getAttribute('fill')!]));
			expect(fills).toHaveLength(34);
			for (const [iso, fill] of fills)
				expect(fill, iso).toBe(provinceFill(iso as Iso, state, dataJson as unknown as StoryData));
			const regions = await map
				.locator('use[data-region]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')).sort());
			expect(regions).toEqual([...state.regionOutlines].sort());
			const dots = await map
				.locator('[data-report]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-report')).sort());
			expect(dots).toEqual([...state.reportDots].sort());
			await expect(map.locator('[data-unlocated]')).toHaveCount(state.unlocated ? 1 : 0, { timeout: 0 });
		}).toPass({ timeout: 5000 });
	}
	if (state.graphic === 'ladder') {
		for (const rung of ['grades-1-6', 'grades-7-12', 'university'] as const) {
			const closed = state.closedToGirls.includes(rung) ? 'girls' : 'none';
			for (const cell of await graphic.locator(`[data-rung="${rung}"]`).all())
				await expect(cell).toHaveAttribute('data-closed', closed);
		}
	}
	if (state.graphic === 'barred') {
		const shownYears = await graphic
			.locator('[data-shown="true"]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))));
		expect(shownYears.length).toBeGreaterThan(0);
		expect(Math.max(...shownYears)).toBe(state.throughYear);
	}
	if (state.graphic === 'parity')
		await expect(graphic.locator('svg.parity')).toHaveAttribute('data-emphasis', state.emphasis);
}

/** Waits until every transition and animation on the page has finished (fades, crossfades). */
export async function settle(page: Page) {
	await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}
