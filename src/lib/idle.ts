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
