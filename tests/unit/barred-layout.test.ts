import { describe, expect, it } from 'vitest';
import dataJson from '../../src/lib/generated/data.json';
import type { StoryData } from '../../src/lib/types/data';
import { layoutBarred, wrapWords } from '../../src/lib/charts/barred-layout';

const data = dataJson as unknown as StoryData;

describe('the barred-girls chart laid out', () => {
	it('keeps each agency’s counts in a group of their own, in date order, never joined to another agency’s', () => {
		const layout = layoutBarred(data.barredCount, 600);
		const agencies = [...new Set(data.barredCount.map((c) => c.agency))];
		expect(layout.groups.map((g) => g.agency)).toEqual(agencies);
		expect(agencies.length).toBeGreaterThan(1);
		for (const group of layout.groups) {
			expect(group.heading).toContain(group.agency);
			expect(group.rows.every((r) => r.count.agency === group.agency)).toBe(true);
			const dates = group.rows.map((r) => r.count.date);
			expect(dates).toEqual([...dates].sort());
		}
	});

	it('writes what each bar counts under it, whole', () => {
		for (const row of layoutBarred(data.barredCount, 320).groups.flatMap((g) => g.rows)) {
			expect(row.whatLines.map((l) => l.text).join(' ')).toBe(row.count.whatIsCounted);
		}
	});

	it.each([280, 320, 390, 600, 1000])('fits every line into a %i px wide chart, and no line’s box or bar touches the one above', (width) => {
		const layout = layoutBarred(data.barredCount, width);
		// Each text's full box (a sans-serif's ascent and descent), then each bar, from top to bottom.
		const box = (y: number, size: number) => [y - size * 1.1, y + size * 0.32];
		const boxes: number[][] = [];
		for (const group of layout.groups) {
			boxes.push(box(group.y, layout.headingSize));
			for (const row of group.rows) {
				for (const line of row.headLines) {
					expect(line.text.length * layout.headSize * 0.6, line.text).toBeLessThanOrEqual(width - layout.left);
					boxes.push(box(line.y, layout.headSize));
				}
				for (const line of row.whatLines) {
					expect(line.text.length * layout.whatSize * 0.6, line.text).toBeLessThanOrEqual(width - layout.left);
					boxes.push(box(line.y, layout.whatSize));
				}
				expect(row.barWidth).toBeLessThanOrEqual(width - layout.left);
				boxes.push([row.barY, row.barY + layout.barHeight]);
			}
		}
		boxes.forEach(([top], i) => i > 0 && expect(top).toBeGreaterThanOrEqual(boxes[i - 1][1] - 0.5));
		expect(boxes[0][0]).toBeGreaterThanOrEqual(0);
		expect(layout.height).toBeGreaterThanOrEqual(boxes.at(-1)![1]);
	});

	it('breaks text only between words', () => {
		expect(wrapWords('girls barred from secondary school or university', 20)).toEqual(['girls barred from', 'secondary school or', 'university']);
		expect(wrapWords('extraordinarily-long-word here', 5)).toEqual(['extraordinarily-long-word', 'here']);
	});
});
