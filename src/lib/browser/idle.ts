// Work that can wait for a moment when the browser has nothing else to do, so that it never
// delays a frame while the reader scrolls. Returns a function that cancels it.
export function whenIdle(work: () => void): () => void {
	if ('requestIdleCallback' in window) {
		const handle = window.requestIdleCallback(work, { timeout: 2000 });
		return () => window.cancelIdleCallback(handle);
	}
	// Safari has no requestIdleCallback.
	const handle = setTimeout(work, 200);
	return () => clearTimeout(handle);
}

/**
 * Work to do once the browser has drawn the next frame, in a task of its own: what the page
 * changed before it is then laid out and painted apart from what this work changes.
 */
export function afterNextFrame(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
