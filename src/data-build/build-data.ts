// `npm run data`: turns data/ into everything the pages use. Validates every input first;
// writes the outputs into a temporary folder and moves them into place only when all of
// them are built, so bad input never leaves a half-updated site.
//
// Outputs: src/lib/generated/{data,methods,map-meta,map-shapes,copy.en,steps.en}.json, each
// edition's copy.<lang>.json, province-names.<lang>.json, data-terms.<lang>.json, and static/data/ (the CSV downloads
// and the TopoJSON, served under /data/).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { loadCorrections, loadStoryData } from './load-datasets.js';
import { parseCopy, readCopyFile } from './load-copy.js';
import { EDITION_FILE, ENGLISH_FILE, editionEntry, loadEdition } from './load-edition.js';
import { loadProvinceNames } from './load-province-names.js';
import { loadDataTerms } from './load-data-terms.js';
import { projectProvinces } from './project-map.js';
import { checkProvinceTopology } from './geometry-checks.js';
import { DataError } from './data-error.js';
import type { MapMeta, MapShapes } from '../lib/model/map.js';
import type { LoadedData, MethodsData, StoryData } from '../lib/model/data.js';
import type { StepState } from '../lib/model/copy.js';

export const GEOMETRY_FILE = 'geo/afghanistan-provinces.topojson';

/** The editions' copy files in data/ (copy.ja.aml, …), checked against English. */
export const editionFiles = (dataDir: string) =>
	readdirSync(dataDir)
		.filter((file) => EDITION_FILE.test(file) && file !== ENGLISH_FILE)
		.sort();

export interface BuildPaths {
	dataDir: string;
	generatedDir: string;
	downloadsDir: string;
}

export const DEFAULT_PATHS: BuildPaths = {
	dataDir: 'data',
	generatedDir: 'src/lib/generated',
	downloadsDir: 'static/data'
};

/** Builds every output in memory: file path (relative to its output folder) → contents. */
export function buildOutputs(dataDir: string): {
	generated: Map<string, string>;
	downloads: Map<string, string>;
	warnings: string[];
} {
	const data = loadStoryData(dataDir);
	const topology = readTopology(dataDir, data.provinces);
	const regions: Record<string, string[]> = {};
	for (const p of data.provinces) (regions[p.region] ??= []).push(p.iso);
	const map = projectProvinces(topology, { groups: regions });
	const meta: MapMeta = {
		width: map.width,
		height: map.height,
		provinces: map.provinces.map(({ iso, name, centroid }) => ({ iso, name, centroid })),
		regions: Object.entries(regions).map(([name, codes]) => ({
			name,
			centroid: weightedCentre(map.provinces.filter((p) => codes.includes(p.iso)))
		}))
	};
	const shapes: MapShapes = {
		provinces: map.provinces.map(({ iso, path }) => ({ iso, path })),
		regions: map.groups,
		outline: map.outline,
		borders: map.borders
	};
	const generated = new Map<string, string>();
	generated.set('data.json', json(toStoryData(data)));
	generated.set('map-meta.json', json(meta));
	generated.set('map-shapes.json', json(shapes));
	const warnings: string[] = [];
	const warn = (warning: string) => warnings.push(warning);
	const english = readCopyFile(dataDir, ENGLISH_FILE);
	const copy = parseCopy(ENGLISH_FILE, english.raw, toStoryData(data), english.lines, warn);
	generated.set('copy.en.json', json(copy));
	// The browser's share of the copy: which state each step puts on the graphic. The words
	// reach readers as HTML (static fragments), so they need not travel in the JavaScript. An
	// edition's steps are English's: it has no file of its own.
	const steps: StepState[] = copy.steps.map(({ id, graphic, stateName, state }) => ({ id, graphic, stateName, state }));
	generated.set('steps.en.json', json(steps));
	// Each edition's words and province names, each in a file of its own, so that no page carries another edition's words.
	const provinceNames = loadProvinceNames(dataDir, data.sources, data.provinces);
	for (const [lang, names] of Object.entries(provinceNames)) generated.set(`province-names.${lang}.json`, json(names));
	// The data's words (regions, indicators, …) in each edition's language, likewise.
	const editionCodes = editionFiles(dataDir).map((file) => EDITION_FILE.exec(file)![1]);
	for (const [lang, terms] of Object.entries(loadDataTerms(dataDir, editionCodes)))
		generated.set(`data-terms.${lang}.json`, json(terms));
	// Each edition's language as its file says it (checked when the edition is loaded): an edition's
	// locale list names the others that write numbers alike (localesFor).
	const langs = editionFiles(dataDir).map(
		(file) => /^lang:\s*(\S+)/m.exec(readFileSync(join(dataDir, file), 'utf8'))?.[1] ?? EDITION_FILE.exec(file)![1]
	);
	const editions = [editionEntry('en', copy.lang)];
	for (const file of editionFiles(dataDir)) {
		const edition = loadEdition(dataDir, file, english, toStoryData(data), provinceNames, warn, langs);
		generated.set(file.replace(/\.aml$/, '.json'), json(edition));
		editions.push(editionEntry(EDITION_FILE.exec(file)![1], edition.lang, langs));
	}
	generated.set('editions.json', json(editions));
	const corrections = loadCorrections(
		dataDir,
		copy.steps.map((s) => s.id)
	);
	generated.set(
		'methods.json',
		json({ sources: Object.values(data.sources), downloads: data.downloads, corrections } satisfies MethodsData)
	);
	const downloads = new Map<string, string>();
	for (const { file } of data.downloads) downloads.set(file, readFileSync(join(dataDir, file), 'utf8'));
	downloads.set('afghanistan-provinces.topojson', readFileSync(join(dataDir, GEOMETRY_FILE), 'utf8'));
	return { generated, downloads, warnings };
}

function weightedCentre(provinces: { centroid: [number, number]; areaPx: number }[]): [number, number] {
	const total = provinces.reduce((sum, p) => sum + p.areaPx, 0);
	const mean = (axis: 0 | 1) =>
		Math.round((provinces.reduce((sum, p) => sum + p.centroid[axis] * p.areaPx, 0) / total) * 10) / 10;
	return [mean(0), mean(1)];
}

/** The browser's share of the data: sources reduced to their publisher, no build-only fields. */
export function toStoryData(data: LoadedData): StoryData {
	const { provinces, sources, timeline: _validatedAndDownloadable, downloads: _listedInMethods, ...rest } = data;
	return {
		...rest,
		provinces: provinces.map(({ iso, name, region }) => ({ iso, name, region })),
		sources: Object.fromEntries(Object.values(sources).map(({ id, publisher }) => [id, { id, publisher }]))
	};
}

function readTopology(dataDir: string, provinces: { iso: string; name: string }[]): Topology {
	let topology: Topology;
	try {
		topology = JSON.parse(readFileSync(join(dataDir, GEOMETRY_FILE), 'utf8'));
	} catch (error) {
		throw new DataError(
			GEOMETRY_FILE,
			null,
			null,
			`cannot read the boundaries: ${(error as Error).message} (run npm run data:geo)`
		);
	}
	const problems = checkProvinceTopology(topology, provinces);
	if (problems.length)
		throw new DataError(
			GEOMETRY_FILE,
			null,
			null,
			problems.map((p) => `${p.check} check failed${p.province ? ` for ${p.province}` : ''}: ${p.message}`).join('; ')
		);
	return topology;
}

const json = (value: unknown) => JSON.stringify(value) + '\n';

/** Writes a set of files into `target` via a sibling temporary folder, then swaps it in. */
function writeAtomically(target: string, files: Map<string, string>) {
	const staging = `${target}.staging`;
	const previous = `${target}.previous`;
	rmSync(staging, { recursive: true, force: true });
	rmSync(previous, { recursive: true, force: true });
	for (const [file, contents] of files) {
		mkdirSync(dirname(join(staging, file)), { recursive: true });
		writeFileSync(join(staging, file), contents);
	}
	if (existsSync(target)) renameSync(target, previous);
	renameSync(staging, target);
	rmSync(previous, { recursive: true, force: true });
}

/** Validates and builds everything, then replaces the outputs. Nothing is written if any input is bad. */
export function buildData(paths: BuildPaths = DEFAULT_PATHS) {
	const { generated, downloads, warnings } = buildOutputs(paths.dataDir);
	writeAtomically(paths.generatedDir, generated);
	writeAtomically(paths.downloadsDir, downloads);
	return { generated: [...generated.keys()], downloads: [...downloads.keys()], warnings };
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	try {
		const written = buildData();
		for (const warning of written.warnings) console.warn(`data: warning: ${warning}`);
		console.log(
			`data: built ${written.generated.length} generated files and ${written.downloads.length} downloads from data/`
		);
	} catch (error) {
		if (error instanceof DataError) {
			console.error(`data: ${error.message}\ndata: nothing was written; the previous outputs are unchanged.`);
			process.exit(1);
		}
		throw error;
	}
}
