// The scroll trigger: scrollama watches the steps and reports the id of the active one.
// Usage: const stop = watchSteps(container, (id) => (active = id)); … stop() on unmount.
// Offsets are in pixels (scrollama's `vh` misbehaves on mobile browsers whose bars resize).
import scrollama from 'scrollama';

/** Where a step becomes active, as a share of the window's height from the top. */
const TRIGGER_LINE = 0.55;

export function watchSteps(container: HTMLElement, onStep: (id: string) => void): () => void {
	const scroller = scrollama();
	// scrollama accepts "NNNpx" at run time though its types list only fractions.
	const offset = () => `${Math.round(window.innerHeight * TRIGGER_LINE)}px` as unknown as 0.5;
	// The step is handed on in a task of its own, not inside scrollama's callback: the page
	// then changes once however many steps a fast scroll crosses at once; scrollama, which
	// reads the scroll position in each of its callbacks, never makes the browser lay out a
	// page that the previous callback's change has just altered; and the browser draws the
	// change in the next frame, a task apart from the script that made it.
	let entered: string | null = null;
	let pending: ReturnType<typeof setTimeout> | undefined;
	scroller
		.setup({ step: Array.from(container.querySelectorAll<HTMLElement>('[data-step]')), offset: offset() })
		.onStepEnter(({ element }) => {
			entered = element.dataset.step!;
			pending ??= setTimeout(() => {
				pending = undefined;
				onStep(entered!);
			});
		});
	// Re-measure the pixel offset when the window changes height (phone bars, rotation).
	const onResize = () => {
		(scroller as unknown as { offset(value: unknown): void }).offset?.(offset());
		scroller.resize();
	};
	window.addEventListener('resize', onResize);
	return () => {
		clearTimeout(pending);
		window.removeEventListener('resize', onResize);
		scroller.destroy();
	};
}

/**
 * The step whose top has passed the trigger line: what a reader landing mid-page (a reload,
 * an anchor, a fast jump) should see, whether or not scrollama has fired yet.
 */
export function stepAtTriggerLine(container: HTMLElement): string | null {
	const line = window.innerHeight * TRIGGER_LINE;
	let current: string | null = null;
	for (const step of container.querySelectorAll<HTMLElement>('[data-step]')) {
		if (step.getBoundingClientRect().top <= line) current = step.dataset.step!;
	}
	return current;
}
