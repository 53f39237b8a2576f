import { describe, expect, it } from 'vitest';
import { fontSizeFor, placeLabels, type LabelCandidate } from '../../src/lib/charts/label-placement';
import map from '../../src/lib/generated/map-meta.json';

const frame = { fontSize: 12, width: 600, height: 500 };

describe('label placement', () => {
	it('keeps the first of two labels that would overlap and drops the second', () => {
		const labels: LabelCandidate[] = [
			{ id: 'a', text: 'Kabul', x: 100, y: 100 },
			{ id: 'b', text: 'Kapisa', x: 110, y: 104 },
			{ id: 'c', text: 'Herat', x: 400, y: 300 }
		];
		expect(placeLabels(labels, frame).map((l) => l.id)).toEqual(['a', 'c']);
	});

	it('nudges a label that pokes out of the map back inside', () => {
		const [placed] = placeLabels([{ id: 'edge', text: 'Badakhshan', x: 595, y: 5 }], frame);
		expect(placed.box.right).toBeLessThanOrEqual(600);
		expect(placed.box.top).toBeGreaterThanOrEqual(0);
	});

	it('on a 320 px phone, labels every project province of the real map without any overlap', () => {
		const fontSize = fontSizeFor(13, map.width, 320);
		const candidates = map.provinces.map((p) => ({ id: p.iso, text: p.name, x: p.centroid[0], y: p.centroid[1] }));
		const placed = placeLabels(candidates, { fontSize, width: map.width, height: map.height });
		expect(placed.length).toBeGreaterThan(3);
		expect(placed.length).toBeLessThan(candidates.length); // a phone cannot show all 34
		for (const a of placed) for (const b of placed) {
			if (a === b) continue;
			const clear = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
			expect(clear, `${a.id} and ${b.id} overlap`).toBe(true);
		}
	});

	it('scales the font in viewBox units so labels keep their size on screen', () => {
		expect(fontSizeFor(12, 600, 300)).toBe(24);
		expect(fontSizeFor(12, 600, 1200)).toBe(6);
	});
});
