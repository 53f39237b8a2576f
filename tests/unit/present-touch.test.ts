import { describe, expect, it } from 'vitest';
import { gestureAction, SWIPE_DISTANCE } from '../../src/lib/present/touch';

const at = (startX: number, endX: number, startY = 300, endY = 300) =>
	gestureAction({ startX, startY, endX, endY, width: 900 });

describe('taps and swipes on a slide', () => {
	it('a tap on the right two thirds goes forward, on the left third back', () => {
		expect(at(700, 700)).toBe('next');
		expect(at(400, 402)).toBe('next');
		expect(at(100, 100)).toBe('previous');
	});

	it('a swipe to the left goes forward, to the right back, wherever it starts', () => {
		expect(at(100, 100 - SWIPE_DISTANCE)).toBe('next');
		expect(at(800, 800 + SWIPE_DISTANCE)).toBe('previous');
	});

	it('a vertical swipe does nothing', () => {
		expect(at(500, 510, 100, 400)).toBeNull();
	});
});
