// Slide n shows the story's step n: the same graphic, in the same state.
import { expect, test } from '@playwright/test';
import { graphicSignature, openDeck, STEPS } from './helpers/present';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

test("every step's slide shows the graphic in the story's state for that step", async ({ browser }) => {
	const story = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	const slides = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
	await story.goto('/');
	await openDeck(slides, '/present/#0');

	for (const [i, step] of STEPS.entries()) {
		// The story: scroll the step to the middle of the window, where it becomes the active one.
		await story.locator(`#step-${step.id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const sticky = story.locator('.sticky-graphic');
		await expect(sticky, `story step ${step.id}`).toHaveAttribute('data-active-step', step.id);
		const inStory = await graphicSignature(story, '.sticky-graphic');

		await slides.keyboard.press('ArrowRight');
		const graphic = slides.locator('.deck section.slide:visible [data-active-step]');
		await expect(graphic).toHaveAttribute('data-active-step', step.id);
		await expect(graphic).toHaveAttribute('data-state', step.stateName);
		const onSlide = await graphicSignature(slides, '.deck section.slide:visible [data-active-step]');

		expect(onSlide.length, `${step.id}: the graphic exposes its state`).toBeGreaterThan(1);
		expect(onSlide, `slide ${i + 1} (${step.id}) against the story`).toEqual(inStory);
	}
	await story.close();
	await slides.close();
});
