// Whether charts animate: the reader's switch (data-motion on <html>, set by MotionToggle)
// if they used it, else their system's reduced-motion setting. The same rule sets --motion
// in global.css; it is read here from its inputs, because asking the browser for the computed
// value of --motion forces a style recalculation of the page in the middle of a step change.
export function motionEnabled(): boolean {
	const chosen = document.documentElement.dataset.motion;
	if (chosen) return chosen === 'on';
	return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
