// The province map's two drawings (ProvinceMap.svelte) and which of them is on screen. A
// change of state is shown by swapping them: at once when the drawing off screen already has
// the state (drawn ahead), otherwise the state is drawn off screen now and swapped in once
// `later` runs (ProvinceMap passes afterNextFrame), so that the browser lays out and paints
// the new drawing in one frame and makes the swap in another. Only the latest state asked
// for is ever shown: a swap still waiting is dropped when another state is asked for.
import type { MapState } from '../model/chart-state.js';

/** Runs work later; returns a function that cancels it. */
export type Schedule = (work: () => void) => () => void;

export class MapDrawings {
	/** The two drawings' states; the second is empty until needed. */
	layers: (MapState | null)[] = $state.raw([null, null]);
	/** Which of the two is on screen. */
	live = $state(0);
	/** The drawing that was on screen is fading out (until fadeEnded). */
	fading = $state(false);
	/** A state drawn off screen, waiting to be swapped in. */
	waiting: MapState | null = $state.raw(null);

	#cancelSwap = () => {};
	readonly #motion: () => boolean;

	constructor(first: MapState, motion: () => boolean) {
		this.layers = [first, null];
		this.#motion = motion;
	}

	/** Puts `next` on screen: at once when either drawing has it, else drawn off screen now and swapped in when `later` runs. */
	show(next: MapState, later: Schedule) {
		this.#cancelSwap();
		this.#cancelSwap = () => {};
		if (this.layers.includes(next)) return this.#swapTo(next);
		this.#drawOffScreen(next);
		this.waiting = next;
		this.#cancelSwap = later(() => this.#swapTo(next));
	}

	/** Whether `next` may be drawn ahead now: not while a change is being shown, and not twice. */
	mayDrawAhead(next: MapState): boolean {
		return !this.fading && !this.waiting && !this.layers.includes(next);
	}

	/** Draws `next` off screen, so that showing it later is a swap. */
	drawAhead(next: MapState) {
		if (this.mayDrawAhead(next)) this.#drawOffScreen(next);
	}

	fadeEnded() {
		this.fading = false;
	}

	/** Drops a swap still waiting (when the map goes away). */
	stop() {
		this.#cancelSwap();
	}

	#drawOffScreen(next: MapState) {
		this.layers = this.live === 0 ? [this.layers[0], next] : [next, this.layers[1]];
	}

	#swapTo(next: MapState) {
		this.waiting = null;
		if (next === this.layers[this.live]) return;
		this.live = 1 - this.live;
		this.fading = this.#motion();
	}
}
