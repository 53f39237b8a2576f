// Taps and swipes on the slide: tap the right two thirds (or swipe left) for the next slide,
// tap the left third (or swipe right) for the previous one, as in e-readers and photo viewers.

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

export function gestureAction({ startX, startY, endX, endY, width }: Gesture): 'next' | 'previous' | null {
	const dx = endX - startX;
	const dy = endY - startY;
	if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) return dx < 0 ? 'next' : 'previous';
	// A vertical swipe is a scroll or a pull, not a command.
	if (Math.hypot(dx, dy) >= SWIPE_DISTANCE) return null;
	return endX < width / 3 ? 'previous' : 'next';
}
