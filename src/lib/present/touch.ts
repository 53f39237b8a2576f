// Taps and swipes on the slide: tap the right two thirds (or swipe left) for the next slide,
// tap the left third (or swipe right) for the previous one, as in e-readers and photo viewers.
// Right to left, as a book in Dari or Pashto turns: the left two thirds (or a swipe right) for
// the next slide, the right third (or a swipe left) for the previous one.
import type { DeckDirection } from './keys.js';

/** How far a finger must travel, in CSS pixels, before a touch counts as a swipe. */
export const SWIPE_DISTANCE = 40;

export interface Gesture {
	startX: number;
	startY: number;
	endX: number;
	endY: number;
	/** Width of the area touched */
	width: number;
}

export function gestureAction(
	{ startX, startY, endX, endY, width }: Gesture,
	dir: DeckDirection
): 'next' | 'previous' | null {
	// Distances measured the reader's way: towards the end of a line is forward.
	const forward = dir === 'rtl' ? -1 : 1;
	const dx = (endX - startX) * forward;
	const dy = endY - startY;
	if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) return dx < 0 ? 'next' : 'previous';
	// A vertical swipe is a scroll or a pull, not a command.
	if (Math.hypot(dx, dy) >= SWIPE_DISTANCE) return null;
	const fromStart = dir === 'rtl' ? width - endX : endX;
	return fromStart < width / 3 ? 'previous' : 'next';
}
