// Class breaks for choropleths, computed at build time so the browser only looks values up.

/**
 * Quantile breaks rounded to two significant figures, so a legend reads "5-10" rather than
 * "4.87-10.13". Returns ascending upper bounds; n breaks make n + 1 classes.
 */
export function classBreaks(values: number[], classes = 5): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length < classes) return [];
	const breaks: number[] = [];
	for (let i = 1; i < classes; i++) {
		const position = (sorted.length - 1) * (i / classes);
		const low = sorted[Math.floor(position)];
		const high = sorted[Math.ceil(position)];
		const rounded = Number((low + (high - low) * (position - Math.floor(position))).toPrecision(2));
		if (!breaks.includes(rounded)) breaks.push(rounded);
	}
	return breaks;
}
