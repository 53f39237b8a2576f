import { describe, expect, it } from 'vitest';
import { stealShare } from '../bench/cpu-steal';

describe('the bench’s CPU steal figure', () => {
	it('is the share of all CPU time between two readings that the host took back', () => {
		expect(stealShare({ steal: 100, total: 1000 }, { steal: 150, total: 1500 })).toBeCloseTo(0.1);
	});
	it('is not measured when a reading is missing or no time passed', () => {
		expect(stealShare(null, { steal: 1, total: 2 })).toBeNull();
		expect(stealShare({ steal: 1, total: 2 }, { steal: 1, total: 2 })).toBeNull();
	});
});
