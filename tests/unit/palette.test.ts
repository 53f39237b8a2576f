import { describe, expect, it } from 'vitest';
import * as palette from '../../src/lib/charts/palette';

describe('chart colours', () => {
	it('every choropleth class and the base fill keep 3:1 against the province border', () => {
		for (const fill of [...palette.SEQUENTIAL, palette.BASE_FILL, palette.EARLIER_FILL]) {
			expect(palette.contrast(fill, palette.BORDER), fill).toBeGreaterThanOrEqual(3);
		}
	});

	it('accent provinces keep 3:1 against their white border and against the page', () => {
		expect(palette.contrast(palette.ACCENT_FILL, palette.ACCENT_BORDER)).toBeGreaterThanOrEqual(3);
		expect(palette.contrast(palette.ACCENT_FILL, palette.PAPER)).toBeGreaterThanOrEqual(4.5);
	});

	it('chart lines and bars keep 3:1 against the page', () => {
		for (const colour of [palette.LINE_PRIMARY, palette.LINE_SECONDARY, palette.ACCENT_FILL, palette.CLOSED_FILL]) {
			expect(palette.contrast(colour, palette.PAPER), colour).toBeGreaterThanOrEqual(3);
		}
	});

	it('legend keys are outlined in a colour with 3:1 against the page', () => {
		expect(palette.contrast(palette.BORDER, palette.PAPER)).toBeGreaterThanOrEqual(3);
	});

	it('classes get darker as values rise, so the legend reads one way', () => {
		const luminances = palette.SEQUENTIAL.map(palette.luminance);
		expect([...luminances].sort((a, b) => b - a)).toEqual(luminances);
	});

	it('puts a value equal to a break in the class above, and the extremes in the end classes', () => {
		const breaks = [2, 5, 10, 15];
		expect(palette.classOf(0.8, breaks)).toBe(0);
		expect(palette.classOf(2, breaks)).toBe(1);
		expect(palette.classOf(9.9, breaks)).toBe(2);
		expect(palette.classOf(20.1, breaks)).toBe(4);
		expect(palette.choroplethFill(20.1, breaks)).toBe(palette.SEQUENTIAL[4]);
	});
});
