// Loads and validates every CSV of data/ into the typed StoryData. Validation happens here,
// once, where data enter the project; everything downstream trusts the result.
import type {
	BarredCount,
	Correction,
	Indicator,
	IndicatorValue,
	Iso,
	JapanProject,
	LocalReport,
	ParityYear,
	PrimarySchools165,
	Province,
	ProjectKind,
	Source,
	LoadedData,
	TimelineEvent
} from '../lib/model/data.js';
import { readCsv, type CsvRow } from './csv-table.js';
import { DataError } from './data-error.js';
import { classBreaks } from './class-breaks.js';
import { LABEL_KEYS } from '../lib/model/labels.js';

export const PROVINCE_COUNT = 34;
const ISO_PATTERN = /^AF-[A-Z]{3}$/;
const PROJECT_KINDS: readonly ProjectKind[] = [
	'supplies-and-repairs',
	'new-schools',
	'water-sanitation',
	'access',
	'literacy'
];

/** Every file a reader can download, as the labels that title them name them (labels.downloads); each indicator file follows. */
export const DOWNLOADS = LABEL_KEYS.downloads
	.filter((key) => key !== 'by_province')
	.map((key) => ({ file: `${key.replaceAll('_', '-')}.csv` }));

type Download = LoadedData['downloads'][number];

/** Resolves a province written as an ISO code or any known spelling to its ISO code. */
export type ProvinceResolver = (row: CsvRow, field: string) => Iso;

export function loadSources(dataDir: string): Record<string, Source> {
	const table = readCsv(dataDir, 'sources.csv', { required: ['id', 'title', 'publisher', 'date', 'url', 'caveat'] });
	const sources: Record<string, Source> = {};
	for (const row of table.rows) {
		const id = row.required('id');
		if (!/^[a-z0-9-]+$/.test(id)) row.fail('id', `"${id}" must be lower-case letters, digits and hyphens`);
		if (sources[id]) row.fail('id', `duplicate source id "${id}"`);
		const url = row.text('url');
		if (url && !/^https?:\/\//.test(url)) row.fail('url', `"${url}" is not an http(s) link`);
		sources[id] = {
			id,
			title: row.required('title'),
			publisher: row.required('publisher'),
			date: row.date('date'),
			url: url || null,
			caveat: row.text('caveat')
		};
	}
	return sources;
}

export function loadProvinces(dataDir: string, sources: Record<string, Source>): Province[] {
	const table = readCsv(dataDir, 'provinces.csv', {
		required: ['iso_3166_2', 'nsia_code', 'name', 'aliases', 'region', 'source_id']
	});
	const provinces: Province[] = [];
	for (const row of table.rows) {
		const iso = row.required('iso_3166_2');
		if (!ISO_PATTERN.test(iso)) row.fail('iso_3166_2', `"${iso}" is not an ISO 3166-2 code for Afghanistan (AF-XXX)`);
		if (provinces.some((p) => p.iso === iso)) row.fail('iso_3166_2', `duplicate province ${iso}`);
		requireSource(row, sources);
		const aliases = row
			.text('aliases')
			.split(';')
			.map((a) => a.trim())
			.filter(Boolean);
		// A spelling that could mean two provinces would send values to the wrong one without a word.
		for (const name of [row.required('name'), ...aliases]) {
			const other = provinces.find((p) => [p.iso, p.name, ...p.aliases].some((n) => nameKey(n) === nameKey(name)));
			if (other)
				row.fail(
					name === row.text('name') ? 'name' : 'aliases',
					`"${name}" already names ${other.name} (${other.iso})`
				);
		}
		provinces.push({
			iso: iso as Iso,
			nsiaCode: row.required('nsia_code'),
			name: row.required('name'),
			region: row.required('region'),
			aliases
		});
	}
	if (provinces.length !== PROVINCE_COUNT)
		throw new DataError(
			table.file,
			null,
			null,
			`expected exactly ${PROVINCE_COUNT} provinces, found ${provinces.length}`
		);
	return provinces;
}

/**
 * How names are compared: without case, accents ("Kandahār"), spaces, hyphens, underscores,
 * apostrophes or dots, and without a trailing "province" or "wilayat" ("Kabul Province").
 */
const nameKey = (name: string) =>
	name
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.replace(/\s+(province|prov\.?|wilayat|velayat)$/, '')
		.replace(/[\s\-_'’.]/g, '');

/** Edit distance between two keys (Levenshtein): how far a misspelling is from a known name. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}

/** The province whose name or spelling is closest to an unknown one, if it is close enough to be a likely slip. */
function closestProvince(written: string, provinces: Province[]): Province | null {
	const key = nameKey(written);
	let best: { province: Province; distance: number } | null = null;
	for (const province of provinces) {
		for (const name of [province.name, ...province.aliases]) {
			const distance = editDistance(key, nameKey(name));
			if (!best || distance < best.distance) best = { province, distance };
		}
	}
	return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.province : null;
}

/** Builds the resolver from ISO codes, names and aliases, compared without case, spaces or hyphens. */
export function provinceResolver(provinces: Province[]): ProvinceResolver {
	const byKey = new Map<string, Iso>();
	for (const province of provinces) {
		for (const name of [province.iso, province.name, ...province.aliases]) byKey.set(nameKey(name), province.iso);
	}
	return (row, field) => {
		const written = row.required(field);
		const iso = byKey.get(nameKey(written));
		if (!iso) {
			const guess = closestProvince(written, provinces);
			const hint = guess
				? `: did you mean ${guess.name} (${guess.iso})? If it is another spelling of it, add it to that province's aliases`
				: '';
			row.fail(field, `"${written}" matches no province code, name or alias in provinces.csv${hint}`);
		}
		return iso!;
	};
}

function requireSource(row: CsvRow, sources: Record<string, Source>, field = 'source_id'): string {
	const id = row.text(field);
	if (id === '') row.fail(field, 'missing source: every row needs a source_id from sources.csv');
	if (!sources[id]) row.fail(field, `unknown source "${id}" (not in sources.csv)`);
	return id;
}

/**
 * Reads data/indicators.csv and each indicator's file: values by province, one source per value;
 * and each file once as a download, titled by the indicators it holds.
 */
export function loadIndicators(
	dataDir: string,
	sources: Record<string, Source>,
	resolve: ProvinceResolver
): { indicators: Record<string, Indicator>; downloads: Download[] } {
	const registry = readCsv(dataDir, 'indicators.csv', {
		required: [
			'id',
			'file',
			'column',
			'label',
			'short_label',
			'unit',
			'min',
			'max',
			'breaks',
			'method_column',
			'description',
			'caveat_column'
		]
	});
	const indicators: Record<string, Indicator> = {};
	const labelsByFile = new Map<string, string[]>();
	for (const entry of registry.rows) {
		const id = entry.required('id');
		if (indicators[id]) entry.fail('id', `duplicate indicator "${id}"`);
		const file = entry.required('file');
		const column = entry.required('column');
		const methodColumn = entry.text('method_column');
		const caveatColumn = entry.text('caveat_column');
		const range = { min: entry.number('min') ?? undefined, max: entry.number('max') ?? undefined };
		const table = readCsv(dataDir, file, {
			required: [
				'province',
				'source_id',
				column,
				...(methodColumn ? [methodColumn] : []),
				...(caveatColumn ? [caveatColumn] : [])
			],
			optional: otherColumnsOf(registry.rows, file)
		});
		const values: Partial<Record<Iso, IndicatorValue>> = {};
		const seen = new Set<Iso>();
		for (const row of table.rows) {
			const iso = resolve(row, 'province');
			if (seen.has(iso)) row.fail('province', `duplicate province ${iso}`);
			seen.add(iso);
			const sourceId = requireSource(row, sources); // every row, even one whose value is unknown
			const value = row.number(column, range);
			if (value === null) continue;
			values[iso] = {
				value,
				sourceId,
				method: methodColumn ? row.text(methodColumn) || null : null,
				caveat: caveatColumn ? row.text(caveatColumn) || null : null
			};
		}
		const declaredBreaks = entry.text('breaks');
		const breaks = declaredBreaks
			? parseBreaks(entry, declaredBreaks)
			: classBreaks(Object.values(values).map((v) => v!.value));
		indicators[id] = {
			id,
			label: entry.required('label'),
			shortLabel: entry.required('short_label'),
			unit: entry.required('unit'),
			description: entry.text('description'),
			breaks,
			values
		};
		labelsByFile.set(file, [...(labelsByFile.get(file) ?? []), indicators[id].label]);
	}
	return {
		indicators,
		downloads: [...labelsByFile].map(([file, indicatorLabels]) => ({ file, indicatorLabels }))
	};
}

/** An indicator file may hold several indicators and descriptive columns; all columns named in the registry for that file are allowed. */
function otherColumnsOf(registryRows: CsvRow[], file: string): string[] {
	const describing = [
		'name',
		'dhs_name',
		'how_obtained',
		'note',
		'women_weighted_n',
		'female',
		'male',
		'urban',
		'rural'
	];
	const named = registryRows
		.filter((r) => r.text('file') === file)
		.flatMap((r) => [r.text('column'), r.text('method_column'), r.text('caveat_column')])
		.filter(Boolean);
	return [...named, ...describing];
}

function parseBreaks(row: CsvRow, text: string): number[] {
	const breaks = text.split(';').map((part) => Number(part.trim()));
	if (breaks.some((b) => !Number.isFinite(b))) row.fail('breaks', `"${text}" must be numbers separated by semicolons`);
	if (breaks.some((b, i) => i > 0 && b <= breaks[i - 1])) row.fail('breaks', `"${text}" must rise from left to right`);
	return breaks;
}

export function loadProjects(
	dataDir: string,
	sources: Record<string, Source>,
	resolve: ProvinceResolver
): JapanProject[] {
	const table = readCsv(dataDir, 'japan-education-projects.csv', {
		required: [
			'project_id',
			'signed',
			'title',
			'kind',
			'provinces',
			'schools',
			'amount',
			'partner',
			'note',
			'confidence',
			'source_id'
		]
	});
	const projects: JapanProject[] = [];
	for (const row of table.rows) {
		const id = row.required('project_id');
		if (projects.some((p) => p.id === id)) row.fail('project_id', `duplicate project "${id}"`);
		const signed = row.date('signed') ?? row.fail('signed', 'is empty but required');
		const provinces = splitList(row, 'provinces').map((name) => resolve(withText(row, 'provinces', name), 'provinces'));
		projects.push({
			id,
			signed,
			year: Number(signed.slice(0, 4)),
			title: row.required('title'),
			kind: row.oneOf('kind', PROJECT_KINDS),
			provinces,
			schools: row.number('schools', { min: 0, integer: true }),
			amount: row.text('amount'),
			partner: row.text('partner'),
			note: row.text('note'),
			confidence: row.required('confidence'),
			sourceId: requireSource(row, sources)
		});
	}
	return projects.sort((a, b) => a.signed.localeCompare(b.signed));
}

function splitList(row: CsvRow, field: string): string[] {
	return row
		.text(field)
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean);
}

/** A view of a row where one field reads as the given text: lets list items reuse the resolver and its messages. */
function withText(row: CsvRow, field: string, text: string): CsvRow {
	return {
		...row,
		text: (f) => (f === field ? text : row.text(f)),
		required: (f) => (f === field ? text : row.required(f))
	};
}

export function loadLocalReports(
	dataDir: string,
	sources: Record<string, Source>,
	resolve: ProvinceResolver
): LocalReport[] {
	const table = readCsv(dataDir, 'japan-local-reports.csv', {
		required: ['province', 'date', 'what', 'confidence', 'source_id']
	});
	return table.rows.map((row) => ({
		province: resolve(row, 'province'),
		date: row.date('date'),
		what: row.required('what'),
		confidence: row.required('confidence'),
		sourceId: requireSource(row, sources)
	}));
}

export function loadTimeline(dataDir: string, sources: Record<string, Source>): TimelineEvent[] {
	const table = readCsv(dataDir, 'timeline.csv', { required: ['date', 'event', 'figure', 'confidence', 'source_id'] });
	return table.rows.map((row) => ({
		date: row.date('date') ?? row.fail('date', 'is empty but required'),
		event: row.required('event'),
		figure: row.text('figure'),
		confidence: row.required('confidence'),
		sourceId: requireSource(row, sources)
	}));
}

export function loadBarredCount(dataDir: string, sources: Record<string, Source>): BarredCount[] {
	const table = readCsv(dataDir, 'girls-barred-count.csv', {
		required: ['date', 'agency', 'girls_barred', 'qualifier', 'kind', 'what_is_counted', 'source_id']
	});
	const counts = table.rows.map((row) => {
		const date = row.date('date') ?? row.fail('date', 'is empty but required');
		const girlsBarred =
			row.number('girls_barred', { min: 0, integer: true }) ?? row.fail('girls_barred', 'is empty but required');
		return {
			date,
			year: Number(date.slice(0, 4)),
			agency: row.required('agency'),
			girlsBarred,
			qualifier: row.oneOf('qualifier', ['', 'at least', 'nearly', 'over'] as const),
			kind: row.oneOf('kind', ['count', 'projection'] as const),
			whatIsCounted: row.required('what_is_counted'),
			sourceId: requireSource(row, sources)
		};
	});
	// Each agency's counts are a series of their own, in date order: the chart never joins two.
	const agencies = [...new Set(counts.map((c) => c.agency))];
	return counts.sort((a, b) => agencies.indexOf(a.agency) - agencies.indexOf(b.agency) || a.date.localeCompare(b.date));
}

export function loadParity(dataDir: string, sources: Record<string, Source>): ParityYear[] {
	const table = readCsv(dataDir, 'gender-parity-national.csv', {
		required: ['year', 'gpi_primary_gross', 'gpi_secondary_gross', 'source_id']
	});
	const years: ParityYear[] = [];
	for (const row of table.rows) {
		const year =
			row.number('year', { min: 1950, max: 2100, integer: true }) ?? row.fail('year', 'is empty but required');
		if (years.some((y) => y.year === year)) row.fail('year', `duplicate year ${year}`);
		if (years.length && year < years[years.length - 1].year)
			row.fail('year', `${year} comes after ${years[years.length - 1].year}: keep years in order`);
		// A parity index is girls' enrolment rate divided by boys': 0 is possible (no girls' enrolment recorded), above 2 is not credible here.
		years.push({
			year,
			primary: row.number('gpi_primary_gross', { min: 0, max: 2 }),
			secondary: row.number('gpi_secondary_gross', { min: 0, max: 2 }),
			sourceId: requireSource(row, sources)
		});
	}
	return years;
}

export function loadPrimary165(
	dataDir: string,
	sources: Record<string, Source>,
	resolve: ProvinceResolver,
	provinces: Province[]
): PrimarySchools165 {
	const listed = readCsv(dataDir, 'japan-165-provinces.csv', { required: ['province', 'source_id', 'note'] });
	const chosen: PrimarySchools165['provinces'] = [];
	for (const row of listed.rows) {
		const province = resolve(row, 'province');
		if (chosen.some((c) => c.province === province)) row.fail('province', `duplicate province ${province}`);
		chosen.push({ province, sourceId: requireSource(row, sources), note: row.text('note') });
	}
	if (chosen.length > 9)
		throw new DataError(
			listed.file,
			listed.rows[9].line,
			'province',
			`the announcement names nine provinces; found ${chosen.length}`
		);
	const regions = new Set(provinces.map((p) => p.region));
	const reported = readCsv(dataDir, 'japan-165-reported-regions.csv', {
		required: ['region', 'source_id', 'confidence']
	});
	const reportedRegions = reported.rows.map((row) => {
		const region = row.required('region');
		if (!regions.has(region))
			row.fail('region', `"${region}" is not a region of provinces.csv (${[...regions].join(', ')})`);
		return { region, sourceId: requireSource(row, sources), confidence: row.required('confidence') };
	});
	return {
		projectId: 'primary-165-2023',
		provinces: chosen.sort((a, b) => a.province.localeCompare(b.province)),
		reportedRegions
	};
}

/** The corrections list, newest first: each dated, and naming the step of the copy it changed, or none (the methods, the data). */
export function loadCorrections(dataDir: string, stepIds: string[]): Correction[] {
	const table = readCsv(dataDir, 'corrections.csv', { required: ['date', 'step', 'correction'] });
	const corrections = table.rows.map((row) => {
		const step = row.text('step') || null;
		if (step && !stepIds.includes(step))
			row.fail('step', `"${step}" is not a step id of the copy (leave it empty for the methods or the data)`);
		return {
			date: row.date('date') ?? row.fail('date', 'is empty but required'),
			step,
			correction: row.required('correction')
		};
	});
	return corrections.sort((a, b) => b.date.localeCompare(a.date));
}

/** Loads everything, in dependency order. Throws a DataError at the first problem. */
export function loadStoryData(dataDir: string): LoadedData {
	const sources = loadSources(dataDir);
	const provinces = loadProvinces(dataDir, sources);
	const resolve = provinceResolver(provinces);
	const projects = loadProjects(dataDir, sources, resolve);
	const primary165 = loadPrimary165(dataDir, sources, resolve, provinces);
	const { indicators, downloads: indicatorDownloads } = loadIndicators(dataDir, sources, resolve);
	const the165 = projects.find((p) => p.id === primary165.projectId);
	if (!the165)
		throw new DataError(
			'japan-education-projects.csv',
			null,
			'project_id',
			`the 165-school project "${primary165.projectId}" is missing`
		);
	// Its provinces are published in a file of their own (each with its source); once listed, the
	// project names them like any other, so every map, table and panel finds them the same way.
	if (the165.provinces.length && primary165.provinces.length)
		throw new DataError(
			'japan-education-projects.csv',
			null,
			'provinces',
			`list the 165 schools' provinces in japan-165-provinces.csv, with their sources, not in the project row`
		);
	if (!the165.provinces.length) the165.provinces = primary165.provinces.map((p) => p.province);
	return {
		provinces,
		sources,
		indicators,
		projects,
		localReports: loadLocalReports(dataDir, sources, resolve),
		timeline: loadTimeline(dataDir, sources),
		barredCount: loadBarredCount(dataDir, sources),
		parity: loadParity(dataDir, sources),
		primary165,
		downloads: [...DOWNLOADS.map((d) => ({ ...d })), ...indicatorDownloads]
	};
}
