// The slide lives in the URL's hash: /present/#5 is slide 5 (the story's step 5), #0 the title.
// A hash survives a reload and a shared link, needs nothing from the server (every page is one
// prerendered file), and is never sent over the network. A step id works too (#primary-165),
// so a link keeps pointing at the same step when writers reorder the copy.

/**
 * The slide a hash names, clamped into the deck, or null when the hash names none
 * (empty, or neither a slide number nor an alias).
 * @param aliases one name per slide, e.g. from slideAliases()
 */
export function slideFromHash(hash: string, aliases: string[]): number | null {
	const name = decodeURIComponent(hash.replace(/^#/, '')).trim();
	if (name === '') return null;
	if (/^\d+$/.test(name)) return Math.min(Number(name), aliases.length - 1);
	const index = aliases.indexOf(name);
	return index === -1 ? null : index;
}

export function hashForSlide(index: number): string {
	return `#${index}`;
}

/** Keeps an index inside a deck of `count` slides. */
export function clampSlide(index: number, count: number): number {
	return Math.max(0, Math.min(count - 1, Math.round(index)));
}
