// Helpers for the presentation's end-to-end tests: the copy's steps, and which slide is showing.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

interface CopyStep {
	id: string;
	graphic: string;
	stateName: string;
	short: string;
	notes: string;
	alt: string;
}
const copy = JSON.parse(readFileSync(new URL('../../../src/lib/generated/copy.en.json', import.meta.url), 'utf8')) as {
	headline: string;
	steps: CopyStep[];
};

export const STEPS = copy.steps;
export const HEADLINE = copy.headline;
/** Title, one slide per step, closing. */
export const LAST_SLIDE = STEPS.length + 1;

/** Opens a presentation page and waits until its JavaScript has taken over the keys. */
export async function openDeck(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.deck.live')).toHaveCount(1);
}

/** A finger's swipe across the slide from `fromX` to `toX`: press, drag, release. */
export async function swipe(page: Page, fromX: number, toX: number) {
	await page.mouse.move(fromX, 400);
	await page.mouse.down();
	await page.mouse.move(toX, 405, { steps: 5 });
	await page.mouse.up();
}

/** The slides a viewer can see right now (one, once a move has finished). */
export const visibleSlides = (page: Page) => page.locator('.deck section.slide:visible');

/** Expects slide `n` alone on screen, the URL naming it, and for a step its graphic in the step's state. */
export async function expectSlide(page: Page, n: number) {
	await expect(visibleSlides(page)).toHaveCount(1);
	await expect(visibleSlides(page)).toHaveAttribute('data-slide', String(n));
	await expect(page).toHaveURL(new RegExp(`#${n}$`));
	const step = STEPS[n - 1];
	if (n >= 1 && n <= STEPS.length) {
		const graphic = visibleSlides(page).locator('[data-active-step]');
		await expect(graphic).toHaveAttribute('data-active-step', step.id);
		await expect(graphic).toHaveAttribute('data-state', step.stateName);
	}
}

/**
 * What a graphic shows, read from the hooks every chart exposes: province fills, closed rungs,
 * shown bars, the parity chart's emphasis, region outlines, report dots, the title. Labels are
 * left out: their size, and so which fit, depends on how large the graphic is drawn.
 */
export function graphicSignature(page: Page, containerSelector: string): Promise<string[]> {
	return page.locator(containerSelector).evaluate((outer) => {
		// The story keeps every kind of chart mounted and shows one: read the one shown.
		const container = outer.querySelector('.slot.shown') ?? outer;
		// A map's hooks are read from the drawing on screen (the other may be fading out).
		const drawing = container.querySelector('.live-layer') ?? container;
		const marks: string[] = [];
		const title = container.querySelector('.chart-title')?.textContent?.trim();
		marks.push(`title=${title}`);
		for (const el of drawing.querySelectorAll('[data-iso]'))
			marks.push(`${el.getAttribute('data-iso')}:${el.getAttribute('fill')}`);
		for (const el of container.querySelectorAll('[data-rung]'))
			marks.push(`rung ${el.getAttribute('data-rung')}:${el.getAttribute('data-closed')}`);
		for (const el of container.querySelectorAll('[data-year]'))
			marks.push(`year ${el.getAttribute('data-year')}:${el.getAttribute('data-shown')}`);
		for (const name of ['data-emphasis', 'data-marked', 'data-region', 'data-report', 'data-unlocated'])
			for (const el of drawing.querySelectorAll(`[${name}]`)) marks.push(`${name}=${el.getAttribute(name)}`);
		return marks;
	});
}
