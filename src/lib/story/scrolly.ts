// The scroll trigger: scrollama watches the steps and says when one crosses the trigger line;
// the active step is then read from where the steps are, as it is again whenever scrolling
// settles, so a late or missed event (a slow phone, fast Page Down) never leaves the graphic
// on the wrong step.
// Usage: const stop = watchSteps(container, graphic, (id) => (active = id)); … stop() on unmount.
// Offsets are in pixels (scrollama's `vh` misbehaves on mobile browsers whose bars resize).
import scrollama from 'scrollama';

/** Beside the graphic, a step becomes active when its top passes this share of the window's height. */
export const TRIGGER_BESIDE_GRAPHIC = 0.55;

/**
 * Where a step becomes active, in pixels from the window's top: where the reader's eyes are.
 * Beside the graphic, a little below the middle of the window; under a graphic pinned above
 * the text (phones), a third of the way down the text below it.
 */
export function triggerLine(container: HTMLElement, graphic: HTMLElement): number {
	const text = container.getBoundingClientRect();
	const picture = graphic.getBoundingClientRect();
	const above = picture.left < text.right && picture.right > text.left;
	if (!above) return Math.round(window.innerHeight * TRIGGER_BESIDE_GRAPHIC);
	return Math.round(picture.height + (window.innerHeight - picture.height) / 3);
}

/** The last step whose top has passed the trigger line: what the graphic should show. */
export function stepAtTriggerLine(container: HTMLElement, graphic: HTMLElement): string | null {
	const line = triggerLine(container, graphic);
	let current: string | null = null;
	for (const step of container.querySelectorAll<HTMLElement>('[data-step]')) {
		if (step.getBoundingClientRect().top <= line) current = step.dataset.step!;
	}
	return current;
}

export function watchSteps(container: HTMLElement, graphic: HTMLElement, onStep: (id: string) => void): () => void {
	const scroller = scrollama();
	// scrollama accepts "NNNpx" at run time though its types list only fractions.
	const offset = () => `${triggerLine(container, graphic)}px` as unknown as 0.5;
	// The step is read in a task of its own, not inside scrollama's callback: the page then
	// changes once however many steps a fast scroll crosses at once; scrollama, which reads the
	// scroll position in each of its callbacks, never makes the browser lay out a page that
	// the previous callback's change has just altered; and the browser draws the change in the
	// next frame, a task apart from the script that made it.
	let pending: ReturnType<typeof setTimeout> | undefined;
	const readActiveStep = () => {
		pending ??= setTimeout(() => {
			pending = undefined;
			const id = stepAtTriggerLine(container, graphic);
			if (id) onStep(id);
		});
	};
	scroller
		.setup({ step: Array.from(container.querySelectorAll<HTMLElement>('[data-step]')), offset: offset() })
		.onStepEnter(readActiveStep);
	// When scrolling ends (where the browser says so; else once scroll events stop coming).
	let quiet: ReturnType<typeof setTimeout> | undefined;
	const onScroll = () => {
		clearTimeout(quiet);
		quiet = setTimeout(readActiveStep, 150);
	};
	const settleEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
	const onSettle = settleEvent === 'scrollend' ? readActiveStep : onScroll;
	window.addEventListener(settleEvent, onSettle, { passive: true });
	// Re-measure the pixel offset when the window changes size (phone bars, rotation).
	const onResize = () => {
		(scroller as unknown as { offset(value: unknown): void }).offset?.(offset());
		scroller.resize();
		readActiveStep();
	};
	window.addEventListener('resize', onResize);
	return () => {
		clearTimeout(pending);
		clearTimeout(quiet);
		window.removeEventListener(settleEvent, onSettle);
		window.removeEventListener('resize', onResize);
		scroller.destroy();
	};
}

/**
 * Follows a link to a step by its bare id (`/#primary-165`, as the deck's links are written)
 * as the browser follows `/#step-primary-165`: the step is scrolled into view (below a graphic
 * pinned above the text: see the story page's scroll-padding).
 */
export function followStepLink(container: HTMLElement) {
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id || document.getElementById(id)) return;
	const step = container.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`);
	step?.scrollIntoView({ block: 'start' });
}
