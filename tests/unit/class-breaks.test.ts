// Tests the quantile class breaks computed for choropleths whose indicators.csv row leaves `breaks` empty.
import { describe, expect, it } from 'vitest';
import { classBreaks } from '../../src/data-build/class-breaks.js';
import { choroplethFill, SEQUENTIAL } from '../../src/lib/charts/palette.js';

describe('classBreaks', () => {
	it('gives n - 1 ascending quantile breaks for n classes, interpolating between values', () => {
		// Positions 1.8, 3.6, 5.4, 7.2 of the sorted list 1..10.
		expect(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2.8, 4.6, 6.4, 8.2]);
	});

	it('rounds each break to two significant figures, so a legend reads 5,700 not 5,678', () => {
		expect(classBreaks([1234, 5678, 91011, 121314, 151617, 181920])).toEqual([5700, 91000, 120000, 150000]);
		expect(classBreaks([4.87, 10.13, 20, 30, 40, 50])).toEqual([10, 20, 30, 40]);
		expect(classBreaks([0.0123, 0.0456, 0.0789, 0.1011, 0.1213, 0.1415])).toEqual([0.046, 0.079, 0.1, 0.12]);
	});

	it('sorts the values itself and leaves the caller’s array alone', () => {
		const values = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
		const before = [...values];
		expect(classBreaks(values)).toEqual([2.8, 4.6, 6.4, 8.2]);
		expect(values).toEqual(before);
	});

	it('gives each value a class of its own when there are no more distinct values than classes, so 51% and 2% never share a colour', () => {
		expect(classBreaks([])).toEqual([]);
		expect(classBreaks([7])).toEqual([]);
		expect(classBreaks([51, 2])).toEqual([51]);
		expect(classBreaks([1, 2, 3, 4])).toEqual([2, 3, 4]);
		expect(classBreaks([1, 2], 3)).toEqual([2]);
		expect(classBreaks([1, 2, 3], 3)).toEqual([2, 3]);
		expect(classBreaks([5, 5, 5, 9])).toEqual([9]);
		const breaks = classBreaks([51, 2]);
		expect(choroplethFill(51, breaks)).not.toBe(choroplethFill(2, breaks));
		// Two classes take the two ends of the ramp, not its two lightest colours.
		expect([choroplethFill(2, breaks), choroplethFill(51, breaks)]).toEqual([
			SEQUENTIAL[0],
			SEQUENTIAL[SEQUENTIAL.length - 1]
		]);
	});

	it('drops breaks that round to the same number, so no class is empty by construction', () => {
		expect(classBreaks([1, 1, 1, 1, 1, 1, 2])).toEqual([2]);
		const breaks = classBreaks([5, 5, 5, 5, 5, 6, 7, 8, 9, 10]);
		expect(breaks).toEqual([...new Set(breaks)].sort((a, b) => a - b));
	});
});
