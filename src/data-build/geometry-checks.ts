// Checks that the province TopoJSON is right (codes, winding, neighbours, bounds); pure, shared by the build and the tests.
import { geoArea, geoBounds } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Name of the TopoJSON object that holds the 34 provinces. */
export const PROVINCES_OBJECT = 'provinces';

/** The only properties a province carries in the TopoJSON. */
export interface ProvinceProperties {
	iso: string;
	name: string;
}

/** What the checks need of a province (see loadProvinces in load-datasets.ts): the join key and the English name. */
export interface ProvinceRef {
	iso: string;
	name: string;
}

export type CheckName = 'structure' | 'codes' | 'names' | 'winding' | 'neighbours' | 'bounds';

export interface GeometryProblem {
	check: CheckName;
	/** ISO 3166-2 code of the province concerned, when there is one. */
	province?: string;
	message: string;
}

/** Known borders (see docs/data-reference.md, "Boundaries"), chosen because Natural Earth got exactly these provinces wrong. */
export const EXPECTED_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
	'AF-PAN': ['AF-BDS', 'AF-BGL', 'AF-KAP', 'AF-LAG', 'AF-NUR', 'AF-PAR', 'AF-TAK'],
	'AF-DAY': ['AF-BAM', 'AF-GHA', 'AF-GHO', 'AF-HEL', 'AF-URU']
};

/** Afghanistan's extent in degrees (Natural Earth, de facto Durand Line border). */
export const EXPECTED_BOUNDS = { west: 60.49, east: 74.89, south: 29.39, north: 38.47 } as const;
export const BOUNDS_TOLERANCE = 0.1;

type ProvinceGeometry = GeometryObject<ProvinceProperties>;

/** Properties as found: the checks must not trust the file they are checking (a null geometry has none). */
const propsOf = (g: ProvinceGeometry): Partial<ProvinceProperties> =>
	(g.properties ?? {}) as Partial<ProvinceProperties>;

/** The provinces collection of the topology, or a structure problem describing why it is missing. */
function provincesOf(topology: Topology): GeometryCollection<ProvinceProperties> | GeometryProblem {
	const object = topology?.objects?.[PROVINCES_OBJECT];
	if (!object || object.type !== 'GeometryCollection') {
		return { check: 'structure', message: `no GeometryCollection named "${PROVINCES_OBJECT}"` };
	}
	return object as GeometryCollection<ProvinceProperties>;
}

/** "Panjshir (AF-PAN)" for messages; falls back to whatever the geometry carries. */
function label(iso: string | undefined, names: ReadonlyMap<string, string>): string {
	if (!iso) return '(province without iso)';
	return `${names.get(iso) ?? 'unknown province'} (${iso})`;
}

/** Every province has iso and name, the codes are exactly those of provinces.csv, the names match it. */
export function checkCodes(topology: Topology, expected: readonly ProvinceRef[]): GeometryProblem[] {
	const collection = provincesOf(topology);
	if (!('geometries' in collection)) return [collection];
	const names = new Map(expected.map((p) => [p.iso, p.name]));
	const problems: GeometryProblem[] = [];
	const seen = new Set<string>();
	collection.geometries.forEach((g: ProvinceGeometry, i) => {
		const { iso, name } = propsOf(g);
		if (typeof iso !== 'string' || typeof name !== 'string') {
			problems.push({ check: 'structure', message: `geometry #${i} lacks string properties iso and name` });
			return;
		}
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
			problems.push({
				check: 'structure',
				province: iso,
				message: `${label(iso, names)} is a ${g.type}, not a polygon`
			});
		}
		if (seen.has(iso)) problems.push({ check: 'codes', province: iso, message: `duplicate code ${iso}` });
		seen.add(iso);
		if (!names.has(iso)) {
			problems.push({
				check: 'codes',
				province: iso,
				message: `unknown code ${iso} ("${name}") is not in provinces.csv`
			});
		} else if (names.get(iso) !== name) {
			problems.push({
				check: 'names',
				province: iso,
				message: `${iso} is named "${name}", provinces.csv says "${names.get(iso)}"`
			});
		}
	});
	for (const p of expected) {
		if (!seen.has(p.iso)) problems.push({ check: 'codes', province: p.iso, message: `missing ${p.name} (${p.iso})` });
	}
	if (collection.geometries.length !== expected.length) {
		problems.push({ check: 'codes', message: `${collection.geometries.length} features, expected ${expected.length}` });
	}
	return problems;
}

/** d3-geo wants clockwise outer rings; a ring wound the other way makes the shape cover the rest of the globe. */
export function checkWinding(topology: Topology, names: ReadonlyMap<string, string> = new Map()): GeometryProblem[] {
	const collection = provincesOf(topology);
	if (!('geometries' in collection)) return [collection];
	const problems: GeometryProblem[] = [];
	for (const g of collection.geometries) {
		const area = geoArea(feature(topology, g));
		if (!(area > 0 && area < 2 * Math.PI)) {
			const { iso } = propsOf(g);
			problems.push({
				check: 'winding',
				province: iso,
				message: `${label(iso, names)} has spherical area ${area.toFixed(4)} sr: a ring is wound the wrong way (covers the globe) or empty`
			});
		}
	}
	return problems;
}

/** Shared borders (shared arcs) of the provinces listed in `expected` are exactly the expected ones. */
export function checkNeighbours(
	topology: Topology,
	expected: Readonly<Record<string, readonly string[]>> = EXPECTED_NEIGHBOURS,
	names: ReadonlyMap<string, string> = new Map()
): GeometryProblem[] {
	const collection = provincesOf(topology);
	if (!('geometries' in collection)) return [collection];
	const geometries: ProvinceGeometry[] = collection.geometries;
	const adjacency = neighbors(geometries);
	const problems: GeometryProblem[] = [];
	for (const [iso, want] of Object.entries(expected)) {
		const index = geometries.findIndex((g) => propsOf(g).iso === iso);
		if (index < 0) {
			problems.push({
				check: 'neighbours',
				province: iso,
				message: `${label(iso, names)} is missing, cannot check its neighbours`
			});
			continue;
		}
		const got = new Set(adjacency[index].map((j) => propsOf(geometries[j]).iso ?? `#${j}`));
		const missing = want.filter((n) => !got.has(n));
		const extra = [...got].filter((n) => !want.includes(n)).sort();
		if (missing.length || extra.length) {
			const describe = (list: string[]) => list.map((n) => label(n, names)).join(', ') || 'none';
			problems.push({
				check: 'neighbours',
				province: iso,
				message: `${label(iso, names)} should border ${describe([...want])}; missing: ${describe(missing)}; unexpected: ${describe(extra)}`
			});
		}
	}
	return problems;
}

/** The whole country's extent is Afghanistan's, to catch a wrong filter or swapped coordinates. */
export function checkBounds(
	topology: Topology,
	expected = EXPECTED_BOUNDS,
	tolerance = BOUNDS_TOLERANCE
): GeometryProblem[] {
	const collection = provincesOf(topology);
	if (!('geometries' in collection)) return [collection];
	const [[west, south], [east, north]] = geoBounds(feature(topology, collection));
	const got = { west, east, south, north };
	return (Object.keys(expected) as (keyof typeof expected)[])
		.filter((side) => !(Math.abs(got[side] - expected[side]) <= tolerance))
		.map((side) => ({
			check: 'bounds' as const,
			message: `${side} bound is ${got[side].toFixed(3)}°, expected ${expected[side]}° ± ${tolerance}°`
		}));
}

/** All checks; an empty list means the topology is fit to commit. */
export function checkProvinceTopology(topology: Topology, expected: readonly ProvinceRef[]): GeometryProblem[] {
	const names = new Map(expected.map((p) => [p.iso, p.name]));
	const structure = provincesOf(topology);
	if (!('geometries' in structure)) return [structure];
	return [
		...checkCodes(topology, expected),
		...checkWinding(topology, names),
		...checkNeighbours(topology, EXPECTED_NEIGHBOURS, names),
		...checkBounds(topology)
	];
}

/** Throws one Error listing every problem, each line naming the file, the check and the province. */
export function assertProvinceTopology(topology: Topology, expected: readonly ProvinceRef[], source: string): void {
	const problems = checkProvinceTopology(topology, expected);
	if (problems.length === 0) return;
	const lines = problems.map(
		(p) => `${source}: ${p.check} check failed${p.province ? ` for ${p.province}` : ''}: ${p.message}`
	);
	throw new Error(`${problems.length} geometry problem(s):\n${lines.join('\n')}`);
}
