import { describe, expect, it } from 'vitest';
import { gestureAction, SWIPE_DISTANCE } from '../../src/lib/present/touch';

const WIDTH = 900;

// Each case is written left to right; right to left (Dari, Pashto), the same gesture mirrored
// must do the same: a book that opens the other way.
describe.each([
	['left to right', 'ltr', (x: number) => x],
	['right to left, mirrored', 'rtl', (x: number) => WIDTH - x]
] as const)('taps and swipes on a slide, %s', (_name, dir, mirror) => {
	const at = (startX: number, endX: number, startY = 300, endY = 300) =>
		gestureAction({ startX: mirror(startX), startY, endX: mirror(endX), endY, width: WIDTH }, dir);

	it('a tap on the two thirds ahead goes forward, on the third behind back', () => {
		expect(at(700, 700)).toBe('next');
		expect(at(400, 402)).toBe('next');
		expect(at(100, 100)).toBe('previous');
	});

	it('a swipe towards the start of a line goes forward, towards its end back, wherever it starts', () => {
		expect(at(100, 100 - SWIPE_DISTANCE)).toBe('next');
		expect(at(800, 800 + SWIPE_DISTANCE)).toBe('previous');
	});

	it('a vertical swipe does nothing', () => {
		expect(at(500, 510, 100, 400)).toBeNull();
	});
});

describe('right to left, as a reader sees it', () => {
	const at = (startX: number, endX: number) =>
		gestureAction({ startX, startY: 300, endX, endY: 300, width: WIDTH }, 'rtl');

	it('a tap on the left two thirds goes forward, on the right third back', () => {
		expect(at(200, 200)).toBe('next');
		expect(at(800, 800)).toBe('previous');
	});

	it('a swipe to the right (the finger moving left to right) goes forward, to the left back', () => {
		expect(at(100, 100 + SWIPE_DISTANCE)).toBe('next');
		expect(at(800, 800 - SWIPE_DISTANCE)).toBe('previous');
	});
});
