import { describe, expect, it } from 'vitest';
import { fontSizeFor, labelBox, placeLabels, type LabelCandidate } from '../../src/lib/charts/label-placement';
import map from '../../src/lib/generated/map-meta.json';

const frame = { fontSize: 12, width: 600, height: 500 };

describe('label placement', () => {
	it('measures Japanese at a whole em a glyph, so a region label never runs into a province’s (中部 beside カブール)', () => {
		const box = labelBox({ id: 'region-Central', text: '中部', x: 100, y: 100 }, 10);
		expect(box.right - box.left).toBeGreaterThanOrEqual(2 * 10);
		const latin = labelBox({ id: 'AF-KAB', text: 'Kabul', x: 100, y: 100 }, 10);
		expect(latin.right - latin.left).toBeCloseTo(5 * 0.68 * 10 + 0.4 * 10);
	});

	it('keeps the first of two labels on its anchor and moves the second beside its own, rather than dropping it', () => {
		const labels: LabelCandidate[] = [
			{ id: 'a', text: 'Kabul', x: 100, y: 100 },
			{ id: 'b', text: 'Kapisa', x: 110, y: 104 },
			{ id: 'c', text: 'Herat', x: 400, y: 300 }
		];
		const placed = placeLabels(labels, frame);
		expect(placed.map((l) => l.id)).toEqual(['a', 'b', 'c']);
		expect(placed[0]).toMatchObject({ x: 100, y: 100 });
		expect(placed[1].y).not.toBe(104);
		expect(Math.abs(placed[1].y - 104)).toBeLessThanOrEqual(frame.fontSize * 1.2 + 0.01);
	});

	it('drops a label only when its anchor and every place beside it are taken', () => {
		const crowd: LabelCandidate[] = [
			{ id: 'a', text: 'Kabul', x: 100, y: 100 },
			{ id: 'up', text: 'Kabul', x: 100, y: 100 - frame.fontSize * 1.2 },
			{ id: 'down', text: 'Kabul', x: 100, y: 100 + frame.fontSize * 1.2 },
			{ id: 'b', text: 'Kapisa', x: 140, y: 100 },
			{ id: 'c', text: 'Kabul', x: 100, y: 100 }
		];
		const placed = placeLabels(crowd, frame);
		// b moves beside its anchor; c, with its anchor and every place beside it taken, is dropped.
		expect(placed.map((l) => l.id)).toEqual(['a', 'up', 'down', 'b']);
		expect(placed.find((l) => l.id === 'b')!.x).not.toBe(140);
	});

	it('keeps labels off another province’s report dot, but lets a label sit on its anchor above its own', () => {
		const dot = { id: 'AF-GHA', box: { left: 95, right: 105, top: 95, bottom: 105 } };
		expect(placeLabels([{ id: 'AF-PKA', text: 'Paktika', x: 100, y: 100 }], frame, [dot])[0].y).not.toBe(100);
		expect(placeLabels([{ id: 'AF-GHA', text: 'Ghazni', x: 100, y: 100 }], frame, [dot])[0]).toMatchObject({
			x: 100,
			y: 100
		});
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
		for (const a of placed)
			for (const b of placed) {
				if (a === b) continue;
				const clear =
					a.box.right <= b.box.left ||
					b.box.right <= a.box.left ||
					a.box.bottom <= b.box.top ||
					b.box.bottom <= a.box.top;
				expect(clear, `${a.id} and ${b.id} overlap`).toBe(true);
			}
	});

	it('scales the font in viewBox units so labels keep their size on screen', () => {
		expect(fontSizeFor(12, 600, 300)).toBe(24);
		expect(fontSizeFor(12, 600, 1200)).toBe(6);
	});
});

describe('labels a step must show', () => {
	it('places a required label farther out, with a leader line back to its anchor, where a plain one would be dropped', () => {
		const crowd: LabelCandidate[] = [
			{ id: 'a', text: 'Kabul', x: 100, y: 100 },
			{ id: 'up', text: 'Kabul', x: 100, y: 100 - frame.fontSize * 1.2 },
			{ id: 'down', text: 'Kabul', x: 100, y: 100 + frame.fontSize * 1.2 },
			{ id: 'b', text: 'Kapisa', x: 140, y: 100 }
		];
		expect(placeLabels([...crowd, { id: 'c', text: 'Kabul', x: 100, y: 100 }], frame).map((l) => l.id)).not.toContain(
			'c'
		);
		const required = placeLabels([...crowd, { id: 'c', text: 'Kabul', x: 100, y: 100, required: true }], frame).find(
			(l) => l.id === 'c'
		)!;
		expect(required.leaderFrom).toEqual({ x: 100, y: 100 });
		expect(Math.hypot(required.x - 100, required.y - 100)).toBeGreaterThan(frame.fontSize * 1.2);
	});

	it('names every one of the 165 schools’ provinces once published, on a phone-sized map', () => {
		const fontSize = fontSizeFor(13, map.width, 300);
		const candidates = ['AF-KHO', 'AF-NAN', 'AF-PIA', 'AF-PKA', 'AF-LOG', 'AF-KNR', 'AF-GHA', 'AF-LAG', 'AF-KAB'].map(
			(iso) => {
				const p = map.provinces.find((province) => province.iso === iso)!;
				return { id: iso, text: p.name, x: p.centroid[0], y: p.centroid[1], required: true };
			}
		);
		const placed = placeLabels(candidates, { fontSize, width: map.width, height: map.height });
		expect(placed.map((l) => l.id).sort()).toEqual(candidates.map((c) => c.id).sort());
	});
});
