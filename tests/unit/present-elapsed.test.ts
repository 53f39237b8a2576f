import { describe, expect, it } from 'vitest';
import { STOPPED, elapsed, formatElapsed, pause, start } from '../../src/lib/present/elapsed';

describe("the presenter's clock", () => {
	it('counts from the start, holds while paused and goes on after a resume', () => {
		let watch = start(STOPPED, 1_000);
		expect(elapsed(watch, 61_000)).toBe(60_000);
		watch = pause(watch, 61_000);
		expect(elapsed(watch, 500_000)).toBe(60_000);
		watch = start(watch, 500_000);
		expect(elapsed(watch, 505_000)).toBe(65_000);
	});

	it('ignores a second start and a second pause', () => {
		const running = start(STOPPED, 0);
		expect(start(running, 9_000)).toBe(running);
		expect(pause(STOPPED, 9_000)).toBe(STOPPED);
	});

	it('reads as minutes and seconds, with hours only when needed', () => {
		expect(formatElapsed(0, 'en-GB')).toBe('0:00');
		expect(formatElapsed(245_900, 'en-GB')).toBe('4:05');
		expect(formatElapsed(3_599_000, 'en-GB')).toBe('59:59');
		expect(formatElapsed(3_723_000, 'en-GB')).toBe('1:02:03');
	});

	it("writes the edition's digits: a Dari or Pashto presenter reads ۴:۰۵", () => {
		expect(formatElapsed(245_900, 'fa-AF')).toBe('۴:۰۵');
		expect(formatElapsed(3_723_000, 'ps-AF')).toBe('۱:۰۲:۰۳');
		expect(formatElapsed(245_900, 'ja')).toBe('4:05');
	});
});
