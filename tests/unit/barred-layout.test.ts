import { describe, expect, it } from 'vitest';
import dataJson from '../../src/lib/generated/data.json';
import type { StoryData } from '../../src/lib/model/data';
import { layoutBarred } from '../../src/lib/charts/barred-layout';
import { editionWords } from '../../src/lib/model/edition-words.server';

const data = dataJson as unknown as StoryData;
const english = editionWords('en');

describe('the barred-girls chart laid out', () => {
	it('keeps each agency’s counts in a group of their own, in date order, never joined to another agency’s', () => {
		const layout = layoutBarred(data.barredCount, 600, english);
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
		for (const row of layoutBarred(data.barredCount, 320, english).groups.flatMap((g) => g.rows)) {
			expect(row.whatLines.map((l) => l.text).join(' ')).toBe(row.count.whatIsCounted);
		}
	});
});
