// Tests the build-time projection: 34 short SVG paths inside the viewBox, labels inside their shapes, sane orientation.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOURS } from '../../src/data-build/geometry-checks.js';
import { projectProvinces, type ProjectedProvince } from '../../src/data-build/project-map.js';

const TOPOJSON = 'data/geo/afghanistan-provinces.topojson';
const topology = JSON.parse(readFileSync(TOPOJSON, 'utf8')) as Topology;
const map = projectProvinces(topology);

type Point = [number, number];

/** The rings of an SVG path made of M/L/Z commands with absolute "x,y" pairs (what d3.geoPath writes). */
function rings(path: string): Point[][] {
	return path
		.split('M')
		.filter(Boolean)
		.map((part) => [...part.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m): Point => [Number(m[1]), Number(m[2])]));
}

/** Even–odd point in polygon, independent of the implementation under test. */
function insidePath([x, y]: Point, path: string): boolean {
	let result = false;
	for (const ring of rings(path)) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [[xi, yi], [xj, yj]] = [ring[i], ring[j]];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
		}
	}
	return result;
}

const province = (iso: string): ProjectedProvince => {
	const p = map.provinces.find((x) => x.iso === iso);
	if (!p) throw new Error(`projection test: ${iso} missing from the projected map`);
	return p;
};

describe('projectProvinces on the committed topology', () => {
	it('gives 34 provinces sorted by ISO code, with names', () => {
		const codes = map.provinces.map((p) => p.iso);
		expect(codes).toHaveLength(34);
		expect(codes).toEqual([...new Set(codes)].sort());
		expect(province('AF-PAN').name).toBe('Panjshir');
	});

	it('has a 600-wide viewBox with an integer height that fits the country', () => {
		expect(map.width).toBe(600);
		expect(Number.isInteger(map.height)).toBe(true);
		expect(map.height).toBeGreaterThan(300);
		expect(map.height).toBeLessThan(600);
	});

	it('draws every province with a non-empty path inside the viewBox, one decimal at most', () => {
		for (const p of map.provinces) {
			expect(p.path, p.iso).toMatch(/^M[\d.,LMZ-]+Z$/);
			expect(p.path, `${p.iso} has more than one decimal`).not.toMatch(/\.\d\d/);
			for (const [x, y] of rings(p.path).flat()) {
				expect(x >= 0 && x <= map.width && y >= 0 && y <= map.height, `${p.iso} point ${x},${y}`).toBe(true);
			}
			expect(p.areaPx, p.iso).toBeGreaterThan(100);
		}
		expect(map.outline).toMatch(/^M.+Z$/);
		expect(map.borders).toMatch(/^M/);
		expect(map.borders).not.toContain('Z'); // a mesh is lines, not rings
	});

	it('puts each label anchor inside the viewBox, its bounds and its own shape', () => {
		for (const p of map.provinces) {
			const [x, y] = p.centroid;
			const [[x0, y0], [x1, y1]] = p.bounds;
			expect(x > 0 && x < map.width && y > 0 && y < map.height, `${p.iso} centroid in viewBox`).toBe(true);
			expect(x >= x0 && x <= x1 && y >= y0 && y <= y1, `${p.iso} centroid in bounds`).toBe(true);
			expect(insidePath(p.centroid, p.path), `${p.iso} centroid inside its shape`).toBe(true);
		}
	});

	it('keeps the page light: paths + outline + borders under 60 KB raw and 20 KB gzip', () => {
		const all = map.provinces.map((p) => p.path).join('') + map.outline + map.borders;
		expect(all.length).toBeLessThan(60_000);
		expect(gzipSync(all).length).toBeLessThan(20_000);
	});

	it('is oriented north up, east right: Kabul east of Herat and north of Kandahar', () => {
		expect(province('AF-KAB').centroid[0]).toBeGreaterThan(province('AF-HER').centroid[0]);
		expect(province('AF-KAB').centroid[1]).toBeLessThan(province('AF-KAN').centroid[1]);
	});

	it('lists neighbours by ISO code, sorted, matching the known borders', () => {
		for (const [iso, neighbours] of Object.entries(EXPECTED_NEIGHBOURS)) {
			expect(province(iso).neighbours).toEqual([...neighbours]);
		}
		// Adjacency is symmetric.
		for (const p of map.provinces)
			for (const n of p.neighbours) expect(province(n).neighbours, `${n}↔${p.iso}`).toContain(p.iso);
	});

	it('is deterministic and scales with the width option', () => {
		expect(projectProvinces(topology)).toEqual(map);
		const small = projectProvinces(topology, { width: 300 });
		expect(small.width).toBe(300);
		expect(Math.abs(small.height - map.height / 2)).toBeLessThan(6);
	});
});

describe('projectProvinces on a concave shape', () => {
	// A "U" (clockwise, as d3-geo wants) whose area centroid falls in the gap between its arms.
	const u: Topology = {
		type: 'Topology',
		arcs: [
			[
				[62, 36],
				[62.5, 36],
				[62.5, 32],
				[65.5, 32],
				[65.5, 36],
				[66, 36],
				[66, 31],
				[62, 31],
				[62, 36]
			]
		],
		objects: {
			provinces: {
				type: 'GeometryCollection',
				geometries: [{ type: 'Polygon', arcs: [[0]], properties: { iso: 'AF-UUU', name: 'U' } }]
			}
		}
	};

	it('moves the label anchor inside the shape', () => {
		const [p] = projectProvinces(u).provinces;
		// Precondition: the area centroid of the drawn U really is outside it (shoelace formula).
		const ring = rings(p.path)[0];
		let [a, cx, cy] = [0, 0, 0];
		ring.forEach(([x0, y0], i) => {
			const [x1, y1] = ring[(i + 1) % ring.length];
			const cross = x0 * y1 - x1 * y0;
			[a, cx, cy] = [a + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross];
		});
		expect(insidePath([cx / (3 * a), cy / (3 * a)], p.path)).toBe(false);
		expect(insidePath(p.centroid, p.path), `centroid ${p.centroid} of ${p.path}`).toBe(true);
	});

	it('refuses a topology without a provinces collection, naming it', () => {
		expect(() => projectProvinces({ ...u, objects: {} })).toThrow(
			/project-map: topology has no "provinces" GeometryCollection/
		);
	});
});
