// A linear scale: the only scale the charts need in the browser. d3-scale's scaleLinear
// would bring colour interpolation and number formatting along (about 7 KB compressed),
// which the story's JavaScript budget cannot afford for one line of arithmetic.

export interface LinearScale {
	(value: number): number;
	domain: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const scale = ((value: number) => r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0)) as LinearScale;
	scale.domain = domain;
	return scale;
}

/** Whole-number ticks every `step`, within the domain. */
export function ticks([start, end]: [number, number], step: number): number[] {
	const result: number[] = [];
	for (let t = Math.ceil(start / step) * step; t <= end; t += step) result.push(t);
	return result;
}
