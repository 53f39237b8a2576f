// The width a chart is drawn at: the width it is shown at, so that its text keeps its size on a
// phone; 600 until it is measured (unless the width is known ahead: see Graphic's shownWidth),
// never under 280. The one place the ladder, bar and parity charts get their width from.
// Usage: const fit = new FitWidth(() => shownWidth); <div {@attach fit.observe}> … fit.width
import { untrack } from 'svelte';
import { observeWidth } from '../browser/observe-width';

/** The width a chart is drawn at before it is measured: on the server, and in the exported images. */
export const UNMEASURED_WIDTH = 600;

export class FitWidth {
	#measured = $state(0);
	readonly width = $derived(Math.max(280, this.#measured || UNMEASURED_WIDTH));
	readonly observe = observeWidth((width) => (this.#measured = width));

	constructor(shownWidth: () => number | undefined) {
		this.#measured = untrack(shownWidth) ?? 0;
	}
}
