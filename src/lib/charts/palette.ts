// Colours of the charts, chosen for colour-blind readers and checked in tests/unit/palette.test.ts:
// every fill keeps 3:1 against the province border drawn around it, and legend keys carry
// the same border so they keep 3:1 against the page.

/** Border between provinces and around legend keys. */
export const BORDER = '#38352f';
/** A province with no role in the current state. */
export const BASE_FILL = '#ebe7dc';
/** The step's subject: Japan's projects, the 165 schools. */
export const ACCENT_FILL = '#b3261e';
/** White borders around accent provinces: the dark border would vanish against red. */
export const ACCENT_BORDER = '#ffffff';
/** Provinces of earlier steps. */
export const EARLIER_FILL = '#f2c6bf';
/** Hatching for "no data". */
export const NO_DATA_STROKE = '#6f6b60';
export const NO_DATA_BACKGROUND = '#f4f1ea';
export const PAPER = '#fbfaf7';
/** School years closed to girls: near-black, with white text on it. */
export const CLOSED_FILL = '#3a3733';

/** Lines of the parity chart, told apart by dash as well as colour. */
export const LINE_PRIMARY = '#2b6a9e';
export const LINE_SECONDARY = '#6b3f87';

/** Sequential blues, light (least) to dark (most): five classes for four breaks. */
export const SEQUENTIAL = ['#e3eef8', '#bcd6ec', '#94bfe0', '#73a9d3', '#5a97c8'];

/** The class (0 … breaks.length) of a value: a value equal to a break falls in the class above. */
export function classOf(value: number, breaks: number[]): number {
	let index = 0;
	while (index < breaks.length && value >= breaks[index]) index++;
	return index;
}

/** The colour of class `index` of `count` classes: spread over the whole ramp, so two classes are light and dark, not two lights. */
export function classFill(index: number, count: number): string {
	const last = SEQUENTIAL.length - 1;
	if (count >= SEQUENTIAL.length) return SEQUENTIAL[Math.min(index, last)];
	return SEQUENTIAL[count <= 1 ? last : Math.round((index * last) / (count - 1))];
}

export function choroplethFill(value: number, breaks: number[]): string {
	return classFill(classOf(value, breaks), breaks.length + 1);
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}
