// The province map's two drawings: a state not drawn ahead is drawn off screen first and
// swapped in later; a state drawn ahead is swapped in at once; only the latest state asked
// for is ever shown.
import { describe, expect, it } from 'vitest';
import { MapDrawings, type Schedule } from '../../src/lib/charts/map-drawings.svelte';
import type { MapState } from '../../src/lib/model/chart-state';

const state = (name: string) => ({ graphic: 'map', name }) as unknown as MapState;
const [first, second, third] = [state('first'), state('second'), state('third')];

/** A `later` that runs its work only when told to, like the next frame. */
function nextFrames() {
	let queued: (() => void)[] = [];
	const later: Schedule = (work) => {
		queued.push(work);
		return () => (queued = queued.filter((w) => w !== work));
	};
	const run = () => {
		const due = queued;
		queued = [];
		due.forEach((work) => work());
	};
	return { later, run, pending: () => queued.length };
}

const onScreen = (drawings: MapDrawings) => drawings.layers[drawings.live];

describe('the map’s two drawings', () => {
	it('draws a new state off screen, and shows it only once the frame has come', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => true);
		drawings.show(second, frames.later);
		expect(onScreen(drawings)).toBe(first);
		expect(drawings.layers).toContain(second);
		expect(drawings.waiting).toBe(second);
		frames.run();
		expect(onScreen(drawings)).toBe(second);
		expect(drawings.fading).toBe(true);
		expect(drawings.waiting).toBe(null);
	});

	it('swaps in a state drawn ahead at once, and draws nothing ahead while a fade runs', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => true);
		expect(drawings.mayDrawAhead(second)).toBe(true);
		drawings.drawAhead(second);
		drawings.show(second, frames.later);
		expect(frames.pending()).toBe(0);
		expect(onScreen(drawings)).toBe(second);
		expect(drawings.mayDrawAhead(third)).toBe(false);
		drawings.fadeEnded();
		expect(drawings.mayDrawAhead(third)).toBe(true);
	});

	it('draws nothing ahead while a state waits to be shown, which would take its drawing', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => false);
		drawings.show(second, frames.later);
		drawings.drawAhead(third);
		frames.run();
		expect(onScreen(drawings)).toBe(second);
	});

	it('a reader who goes back before the new state is shown stays on the state on screen', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => true);
		drawings.show(second, frames.later);
		drawings.show(first, frames.later);
		frames.run();
		expect(onScreen(drawings)).toBe(first);
		expect(drawings.fading).toBe(false);
		expect(drawings.waiting).toBe(null);
	});

	it('steps crossed faster than frames come show only the last', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => true);
		drawings.show(second, frames.later);
		drawings.show(third, frames.later);
		expect(frames.pending()).toBe(1);
		frames.run();
		expect(onScreen(drawings)).toBe(third);
	});

	it('without motion, a swap does not fade', () => {
		const frames = nextFrames();
		const drawings = new MapDrawings(first, () => false);
		drawings.show(second, frames.later);
		frames.run();
		expect(drawings.fading).toBe(false);
	});
});
