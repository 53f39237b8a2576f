// The width an element is shown at, for charts drawn to fit it.
// Usage: <div {@attach observeWidth((width) => (measured = width))}>
// Unlike bind:clientWidth, which reads the width as soon as the element is attached and so
// forces the browser to lay out the whole page in the middle of hydrating it, this only
// listens: the ResizeObserver reports the width after the browser's own next layout.
import type { Attachment } from 'svelte/attachments';

export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) => onWidth(entry.contentRect.width));
		observer.observe(element);
		return () => observer.disconnect();
	};
}

/**
 * The width a drawing of the given aspect (width / height) is shown at inside an element: the
 * element's width, or less where its height is what limits it (an SVG's viewBox is fitted
 * into its box, keeping its shape). Usage as observeWidth's.
 */
export function observeDrawnWidth(aspect: number, onWidth: (width: number) => void): Attachment<Element> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) =>
			onWidth(Math.min(entry.contentRect.width, entry.contentRect.height * aspect))
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
