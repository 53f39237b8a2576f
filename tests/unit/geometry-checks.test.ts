// Tests the province TopoJSON checks: the committed file passes, and each kind of breakage is caught and named.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeometryCollection, Polygon, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	assertProvinceTopology,
	checkBounds,
	checkCodes,
	checkNeighbours,
	checkProvinceTopology,
	checkWinding,
	type ProvinceProperties
} from '../../src/data-build/geometry-checks.js';
import { loadProvinces, loadSources } from '../../src/data-build/load-datasets.js';

const TOPOJSON = 'data/geo/afghanistan-provinces.topojson';

// The provinces as the data build and fetch-boundaries read them.
const expected = loadProvinces('data', loadSources('data'));
const names = new Map(expected.map((p) => [p.iso, p.name]));
const real = JSON.parse(readFileSync(TOPOJSON, 'utf8')) as Topology;

/** A deep copy of the committed topology, with direct access to its province geometries. */
function copy(): { topology: Topology; geometries: Polygon<ProvinceProperties>[] } {
	const topology = structuredClone(real);
	const collection = topology.objects.provinces as GeometryCollection<ProvinceProperties>;
	return { topology, geometries: collection.geometries as Polygon<ProvinceProperties>[] };
}

const byIso = (geometries: Polygon<ProvinceProperties>[], iso: string) => {
	const g = geometries.find((x) => x.properties?.iso === iso);
	if (!g) throw new Error(`test setup: ${iso} not in ${TOPOJSON}`);
	return g;
};

describe('provinces.csv', () => {
	it('lists the 34 provinces with unique codes', () => {
		expect(expected).toHaveLength(34);
		expect(new Set(expected.map((p) => p.iso)).size).toBe(34);
	});

	it('refuses a file without the join key, naming the file, the row and the field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geometry-checks-'));
		try {
			cpSync('data/sources.csv', join(dir, 'sources.csv'));
			const csv = readFileSync('data/provinces.csv', 'utf8').replace(/^iso_3166_2,/, 'code,');
			writeFileSync(join(dir, 'provinces.csv'), csv);
			expect(() => loadProvinces(dir, loadSources(dir))).toThrow(
				/^provinces\.csv, row 1, field "iso_3166_2": missing column "iso_3166_2"/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe(`the committed ${TOPOJSON}`, () => {
	it('passes every check', () => {
		expect(checkProvinceTopology(real, expected)).toEqual([]);
		expect(() => assertProvinceTopology(real, expected, TOPOJSON)).not.toThrow();
	});

	it('carries only iso and name, sorted by iso', () => {
		const geometries = (real.objects.provinces as GeometryCollection<ProvinceProperties>)
			.geometries as Polygon<ProvinceProperties>[];
		for (const g of geometries) expect(Object.keys(g.properties ?? {})).toEqual(['iso', 'name']);
		const codes = geometries.map((g) => g.properties!.iso);
		expect(codes).toEqual([...codes].sort());
	});
});

describe('codes check', () => {
	it('names the missing province when there are 33', () => {
		const { topology, geometries } = copy();
		geometries.splice(geometries.indexOf(byIso(geometries, 'AF-DAY')), 1);
		const problems = checkCodes(topology, expected);
		expect(problems).toContainEqual({ check: 'codes', province: 'AF-DAY', message: 'missing Daykundi (AF-DAY)' });
		expect(problems.some((p) => p.message === '33 features, expected 34')).toBe(true);
		expect(() => assertProvinceTopology(topology, expected, TOPOJSON)).toThrow(
			`${TOPOJSON}: codes check failed for AF-DAY: missing Daykundi (AF-DAY)`
		);
	});

	it('names a duplicate code (the Natural Earth "two Parwans" error)', () => {
		const { topology, geometries } = copy();
		byIso(geometries, 'AF-PAN').properties = { iso: 'AF-PAR', name: 'Parwan' };
		const problems = checkCodes(topology, expected);
		expect(problems).toContainEqual({ check: 'codes', province: 'AF-PAR', message: 'duplicate code AF-PAR' });
		expect(problems).toContainEqual({ check: 'codes', province: 'AF-PAN', message: 'missing Panjshir (AF-PAN)' });
	});

	it('names an unknown code', () => {
		const { topology, geometries } = copy();
		byIso(geometries, 'AF-KAB').properties = { iso: 'AF-XYZ', name: 'Nowhere' };
		const problems = checkCodes(topology, expected);
		expect(problems.find((p) => p.province === 'AF-XYZ')?.message).toMatch(/unknown code AF-XYZ \("Nowhere"\)/);
	});

	it('names a province whose name differs from provinces.csv', () => {
		const { topology, geometries } = copy();
		byIso(geometries, 'AF-HER').properties!.name = 'Hirat';
		expect(checkCodes(topology, expected)).toEqual([
			{ check: 'names', province: 'AF-HER', message: 'AF-HER is named "Hirat", provinces.csv says "Herat"' }
		]);
	});

	it('reports a topology without a provinces object', () => {
		const { topology } = copy();
		topology.objects = { other: topology.objects.provinces };
		expect(checkProvinceTopology(topology, expected)).toEqual([
			{ check: 'structure', message: 'no GeometryCollection named "provinces"' }
		]);
	});
});

describe('winding check', () => {
	it('names the province whose ring is reversed (it would cover the globe)', () => {
		const { topology, geometries } = copy();
		const panjshir = byIso(geometries, 'AF-PAN');
		// Reversing a TopoJSON ring: arcs in reverse order, each arc walked backwards (~i).
		panjshir.arcs = panjshir.arcs.map((ring) => [...ring].reverse().map((i) => ~i));
		const problems = checkWinding(topology, names);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ check: 'winding', province: 'AF-PAN' });
		expect(problems[0].message).toMatch(
			/^Panjshir \(AF-PAN\) has spherical area 12\.\d+ sr: a ring is wound the wrong way/
		);
		expect(() => assertProvinceTopology(topology, expected, TOPOJSON)).toThrow(
			`${TOPOJSON}: winding check failed for AF-PAN`
		);
	});
});

describe('neighbours check', () => {
	it('names Panjshir when its borders are wrong', () => {
		const { topology, geometries } = copy();
		// Swap the labels of Kabul and Kapisa: codes stay complete, but Panjshir now "borders Kabul".
		const kabul = byIso(geometries, 'AF-KAB');
		const kapisa = byIso(geometries, 'AF-KAP');
		[kabul.properties, kapisa.properties] = [kapisa.properties, kabul.properties];
		expect(checkCodes(topology, expected)).toEqual([]);
		const problems = checkNeighbours(topology, undefined, names);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ check: 'neighbours', province: 'AF-PAN' });
		expect(problems[0].message).toContain('missing: Kapisa (AF-KAP); unexpected: Kabul (AF-KAB)');
	});

	it('names Daykundi when it is labelled as a second Uruzgan, as in Natural Earth', () => {
		const { topology, geometries } = copy();
		byIso(geometries, 'AF-DAY').properties = { iso: 'AF-URU', name: 'Uruzgan' };
		const problems = checkNeighbours(topology, undefined, names);
		expect(problems).toContainEqual(expect.objectContaining({ check: 'neighbours', province: 'AF-DAY' }));
	});
});

describe('bounds check', () => {
	it('reports each side that is off by more than the tolerance', () => {
		const { topology } = copy();
		topology.transform!.translate[0] += 1; // the whole country one degree east
		const problems = checkBounds(topology);
		expect(problems.map((p) => p.message.split(' ')[0])).toEqual(['west', 'east']);
		expect(problems[0]).toMatchObject({ check: 'bounds' });
	});
});
