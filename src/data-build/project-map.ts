// Projects the province TopoJSON into short SVG paths at build time, so the page needs no geometry library.
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh, neighbors, transform } from 'topojson-client';
import type { Arc, GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { PROVINCES_OBJECT, type ProvinceProperties } from './geometry-checks.js';

type Point = [number, number];
type ProvinceGeometry = Polygon<ProvinceProperties> | MultiPolygon<ProvinceProperties>;

export interface ProjectedProvince {
	iso: string;
	name: string;
	/** SVG path in viewBox pixels, one decimal. */
	path: string;
	/** Label anchor, guaranteed inside the shape. */
	centroid: Point;
	bounds: [Point, Point];
	areaPx: number;
	/** ISO codes of provinces sharing a border, sorted. */
	neighbours: string[];
}

export interface ProjectedMap {
	width: number;
	height: number;
	/** Sorted by ISO code. */
	provinces: ProjectedProvince[];
	/** Country outline (all provinces merged). */
	outline: string;
	/** Internal borders only, each drawn once. */
	borders: string;
	/** Outline of each group of provinces asked for (e.g. the survey regions), by group name. */
	groups: Record<string, string>;
}

const MARGIN = 8; // px around the country, so outline strokes are not cut at the viewBox edge
// Sub-pixel simplification of the projected arcs: the 500 m source has ~4 points per pixel at 600 px,
// which would triple the page weight for nothing visible. Arcs are shared, so borders stay gap-free.
const TOLERANCE_PX = 0.5;

const round1 = (v: number) => Math.round(v * 10) / 10;
const roundPoint = ([x, y]: number[]): Point => [round1(x), round1(y)];

/** Douglas–Peucker on one open polyline, endpoints kept. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let worst = -1;
		let worstDistance = tolerance;
		for (let i = a + 1; i < b; i++) {
			const d = segmentDistance(points[i], points[a], points[b]);
			if (d > worstDistance) [worst, worstDistance] = [i, d];
		}
		if (worst > 0) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const [dx, dy] = [bx - ax, by - ay];
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** A closed arc (an island-like ring) is split at its farthest point, since DP needs distinct endpoints. */
function simplifyArc(points: Point[]): Point[] {
	const [first, last] = [points[0], points[points.length - 1]];
	if (points.length < 3 || first[0] !== last[0] || first[1] !== last[1]) return simplifyLine(points, TOLERANCE_PX);
	const distance = (p: Point) => Math.hypot(p[0] - first[0], p[1] - first[1]);
	const far = points.reduce((best, p, i) => (distance(p) > distance(points[best]) ? i : best), 1);
	return [
		...simplifyLine(points.slice(0, far + 1), TOLERANCE_PX),
		...simplifyLine(points.slice(far), TOLERANCE_PX).slice(1)
	];
}

/** Same topology, arcs in rounded, simplified pixel coordinates (no transform). */
function projectTopology(topology: Topology, projection: GeoProjection): Topology {
	const decode = transform(topology.transform ?? null);
	const arcs: Arc[] = topology.arcs.map((arc) => {
		const projected = arc.map((p, i) => roundPoint(projection(decode(p, i > 0) as Point)!));
		const distinct = projected.filter(
			(p, i) => i === 0 || p[0] !== projected[i - 1][0] || p[1] !== projected[i - 1][1]
		);
		return distinct.length < 2 ? [projected[0], projected[projected.length - 1]] : simplifyArc(distinct);
	});
	return { type: 'Topology', objects: topology.objects, arcs };
}

type Rings = Point[][];
const ringsOf = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon): Rings =>
	(g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()) as Rings;

/** Even–odd ray casting over all rings, so holes count as outside. */
function inside([x, y]: Point, rings: Rings): boolean {
	let result = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [[xi, yi], [xj, yj]] = [ring[i], ring[j]];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
		}
	}
	return result;
}

/** Grid search for the inside point farthest from any edge: a simple pole of inaccessibility for concave shapes. */
function interiorPoint(rings: Rings, [[x0, y0], [x1, y1]]: [Point, Point]): Point {
	const step = Math.max(x1 - x0, y1 - y0) / 60;
	let best: Point = rings[0][0];
	let bestDistance = -1;
	for (let x = x0 + step / 2; x < x1; x += step) {
		for (let y = y0 + step / 2; y < y1; y += step) {
			if (!inside([x, y], rings)) continue;
			const d = Math.min(...rings.flatMap((r) => r.slice(1).map((p, i) => segmentDistance([x, y], r[i], p))));
			if (d > bestDistance) [best, bestDistance] = [[x, y], d];
		}
	}
	return best;
}

/** Projects the `provinces` object of `topology` into a viewBox `width` wide (default 600) and as tall as needed. */
export function projectProvinces(
	topology: Topology,
	options: { width?: number; groups?: Record<string, string[]> } = {}
): ProjectedMap {
	const width = options.width ?? 600;
	const object = topology.objects[PROVINCES_OBJECT];
	if (object?.type !== 'GeometryCollection')
		throw new Error(`project-map: topology has no "${PROVINCES_OBJECT}" GeometryCollection`);
	const geometries = object.geometries as ProvinceGeometry[];
	for (const [i, g] of geometries.entries()) {
		if ((g.type !== 'Polygon' && g.type !== 'MultiPolygon') || typeof g.properties?.iso !== 'string') {
			throw new Error(
				`project-map: geometry #${i} (${g.properties?.iso ?? 'no iso'}) is not a polygon with an iso code`
			);
		}
	}
	const land = feature(topology, object);
	// Equal-area, so the eye compares provinces by their true size; parallels span Afghanistan (29.4–38.5 N).
	const projection = geoConicEqualArea()
		.parallels([31, 37])
		.rotate([-67.7, 0])
		.fitWidth(width - 2 * MARGIN, land);
	const [[, top], [, bottom]] = geoPath(projection).bounds(land);
	const height = Math.ceil(bottom - top + 2 * MARGIN);
	projection.fitExtent(
		[
			[MARGIN, MARGIN],
			[width - MARGIN, height - MARGIN]
		],
		land
	);

	const planar = projectTopology(topology, projection);
	const adjacency = neighbors(geometries);
	const path = geoPath().digits(1); // identity projection: coordinates are already pixels

	const provinces = geometries.map((g, i): ProjectedProvince => {
		const f = feature(planar, g) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, ProvinceProperties>;
		const rings = ringsOf(f.geometry);
		const bounds = path.bounds(f).map(roundPoint) as [Point, Point];
		const centroid = roundPoint(path.centroid(f));
		return {
			iso: f.properties.iso,
			name: f.properties.name,
			path: path(f) ?? '',
			centroid: inside(centroid, rings) ? centroid : roundPoint(interiorPoint(rings, bounds)),
			bounds,
			areaPx: round1(path.area(f)),
			neighbours: adjacency[i].map((j) => geometries[j].properties!.iso).sort()
		};
	});
	provinces.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
	return {
		width,
		height,
		provinces,
		outline: path(merge(planar, geometries)) ?? '',
		borders: path(mesh(planar, object as GeometryCollection, (a, b) => a !== b)) ?? '',
		groups: Object.fromEntries(
			Object.entries(options.groups ?? {}).map(([name, codes]) => [
				name,
				path(
					merge(
						planar,
						geometries.filter((g) => codes.includes(g.properties!.iso))
					)
				) ?? ''
			])
		)
	};
}
