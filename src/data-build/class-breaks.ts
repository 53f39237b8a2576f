// Class breaks for choropleths, computed at build time so the browser only looks values up.

/**
 * Quantile breaks rounded to two significant figures, so a legend reads "5-10" rather than
 * "4.87-10.13"; with no more distinct values than classes, one class per value. Returns
 * ascending upper bounds; n breaks make n + 1 classes.
 */
export function classBreaks(values: number[], classes = 5): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	// Too few values for quantiles: a class for each distinct value, so no two values share a colour.
	const distinct = [...new Set(sorted)];
	if (distinct.length <= classes) return distinct.slice(1);
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
