// The data build refuses bad input precisely and never damages the outputs already built.
// Each case copies the real data/ to a temporary folder, breaks one thing, and runs the whole
// build (buildData) into output folders that already hold a good build. The build must throw a
// DataError naming the file, the row (as a spreadsheet numbers it: header = row 1), the field
// and the reason, and the previous outputs must be byte-identical afterwards, with no staging
// folder left behind. Then the drop-in formats: a new indicator file, and the 165 schools' provinces.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { csvFormatRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildData, buildOutputs, GEOMETRY_FILE } from '../../src/data-build/build-data.js';
import { classBreaks } from '../../src/data-build/class-breaks.js';
import { DataError } from '../../src/data-build/data-error.js';
import {
	baseline,
	buildFails,
	copyOfData,
	edit,
	editRow,
	expectError,
	OUT_DL,
	OUT_GEN,
	paths,
	setCell,
	setUpDataCases,
	snapshot
} from './helpers/data-cases.js';
import { chartState, type MapState } from '../../src/lib/model/chart-state.js';
import { chartSources } from '../../src/lib/charts/chart-meta.js';
import { tableFor } from '../../src/lib/charts/chart-table.js';
import type { MethodsData, StoryData } from '../../src/lib/model/data.js';
import { editionWords } from '../../src/lib/model/edition-words.server.js';

setUpDataCases();

const POPULATION = 'indicators/population-1398.csv';
const DHS = 'indicators/dhs2015-women-education.csv';
/** The editions' languages, as their copy files name them (copy.ja.aml → ja). */
const EDITION_LANGS = readdirSync('data')
	.map((file) => /^copy\.([a-z]+)\.aml$/.exec(file)?.[1])
	.filter((lang): lang is string => lang !== undefined && lang !== 'en');
/** Data-terms rows written for Japanese, for every edition: each must say a new data text in its language. */
const inEveryEdition = (japaneseRows: string) =>
	EDITION_LANGS.map((lang) => japaneseRows.replace(/^ja,/gm, `${lang},`)).join('');

describe('the clean copy', () => {
	it('builds, and a rebuild over the previous outputs writes the same bytes and leaves no staging folder', () => {
		const dir = copyOfData();
		// The data, the map and English's copy (7 files), and each edition's copy, names and data terms.
		expect(baseline.generated.size).toBe(7 + 3 * EDITION_LANGS.length);
		expect(baseline.downloads.size).toBeGreaterThanOrEqual(12);
		const written = buildData(paths(dir));
		expect(written.generated.sort()).toEqual(
			[
				'copy.en.json',
				'data.json',
				'editions.json',
				'map-meta.json',
				'map-shapes.json',
				'methods.json',
				'steps.en.json',
				...EDITION_LANGS.flatMap((lang) => [
					`copy.${lang}.json`,
					`data-terms.${lang}.json`,
					`province-names.${lang}.json`
				])
			].sort()
		);
		expect(snapshot(join(dir, OUT_GEN))).toEqual(baseline.generated);
		expect(snapshot(join(dir, OUT_DL))).toEqual(baseline.downloads);
		expect(
			readdirSync(dir)
				.filter((name) => name.startsWith('out-'))
				.sort()
		).toEqual([OUT_DL, OUT_GEN]);
	});
});

describe('provinces: exactly the 34', () => {
	it('refuses 33 provinces (a row deleted)', () => {
		const dir = copyOfData();
		edit(dir, 'provinces.csv', (text) => text.replace(/^AF-NIM,.*\n/m, ''));
		expectError(buildFails(dir), 'provinces.csv', null, null, 'expected exactly 34 provinces, found 33');
	});

	it('refuses a 35th province', () => {
		const dir = copyOfData();
		edit(dir, 'provinces.csv', (text) => `${text}AF-XYZ,AF35,Nowhere,,Central,iso-3166-2-af\n`);
		expectError(buildFails(dir), 'provinces.csv', null, null, 'expected exactly 34 provinces, found 35');
	});

	it('refuses a province listed twice', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'provinces.csv', 'AF-NIM', 'iso_3166_2', 'AF-KAB');
		expect(row).toBe(35);
		expectError(buildFails(dir), 'provinces.csv', 35, 'iso_3166_2', 'duplicate province AF-KAB');
	});

	it('refuses a spelling that would name two provinces', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'provinces.csv', 'AF-PIA', 'aliases', 'Paktya; Paktika');
		expectError(buildFails(dir), 'provinces.csv', row, 'aliases', '"Paktika" already names Paktika (AF-PKA)');
	});

	it('refuses boundaries whose province codes do not match provinces.csv (an iso changed in the TopoJSON)', () => {
		const dir = copyOfData();
		edit(dir, GEOMETRY_FILE, (text) => text.replace('"iso":"AF-KAB"', '"iso":"AF-XYZ"'));
		const error = buildFails(dir);
		expectError(
			error,
			GEOMETRY_FILE,
			null,
			null,
			/codes check failed for AF-XYZ: unknown code AF-XYZ \("Kabul"\) is not in provinces\.csv/
		);
		expect(error.reason).toContain('codes check failed for AF-KAB: missing Kabul (AF-KAB)');
	});

	it('refuses unreadable boundaries and says how to remake them', () => {
		const dir = copyOfData();
		edit(dir, GEOMETRY_FILE, (text) => text.slice(0, 1000));
		expectError(buildFails(dir), GEOMETRY_FILE, null, null, /^cannot read the boundaries: .*\(run npm run data:geo\)$/);
	});
});

describe('provinces in the data files', () => {
	it('refuses a duplicate province in an indicator file', () => {
		const dir = copyOfData();
		const row = setCell(dir, POPULATION, 'AF-KAP', 'province', 'Kabul');
		expect(row).toBe(3);
		expectError(buildFails(dir), POPULATION, 3, 'province', 'duplicate province AF-KAB');
	});

	it('refuses a duplicate written in another spelling', () => {
		const dir = copyOfData();
		setCell(dir, DHS, 'AF-PKA', 'province', 'Paktya'); // Paktya is Paktia (AF-PIA), whose own row comes next
		expectError(buildFails(dir), DHS, 14, 'province', 'duplicate province AF-PIA');
	});

	it('refuses an unknown province code', () => {
		const dir = copyOfData();
		const row = setCell(dir, DHS, 'AF-LOG', 'province', 'AF-XYZ');
		expect(row).toBe(6);
		expectError(
			buildFails(dir),
			DHS,
			6,
			'province',
			'"AF-XYZ" matches no province code, name or alias in provinces.csv'
		);
	});

	it('refuses a province name that matches no alias, and suggests the likely province', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'japan-local-reports.csv', 'AF-LOG', 'province', 'Loghar');
		expect(row).toBe(3);
		expectError(
			buildFails(dir),
			'japan-local-reports.csv',
			3,
			'province',
			'"Loghar" matches no province code, name or alias in provinces.csv: did you mean Logar (AF-LOG)? If it is another spelling of it, add it to that province\'s aliases'
		);
	});

	it('refuses an unknown name inside a list of provinces', () => {
		const dir = copyOfData();
		const row = setCell(
			dir,
			'japan-education-projects.csv',
			'school-construction-2004',
			'provinces',
			'AF-KAB;AF-PAR;Kandahar City'
		);
		expectError(
			buildFails(dir),
			'japan-education-projects.csv',
			row,
			'provinces',
			/^"Kandahar City" matches no province code, name or alias in provinces\.csv: did you mean Kandahar \(AF-KAN\)\?/
		);
	});

	it('makes no guess for a name far from every province', () => {
		const dir = copyOfData();
		setCell(dir, 'japan-local-reports.csv', 'AF-LOG', 'province', 'Atlantis');
		expect(buildFails(dir).reason).toBe('"Atlantis" matches no province code, name or alias in provinces.csv');
	});

	it('reads a spreadsheet export: byte-order mark, CRLF line ends, rows of empty cells, accents and "Province" after a name', () => {
		const dir = copyOfData();
		const path = join(dir, 'japan-local-reports.csv');
		const text = readFileSync(path, 'utf8')
			.replace('AF-GHA,', 'Ghaznī Province,')
			.replace('AF-LOG,', 'Lowgar,')
			.replace('AF-HEL,2023', 'Hilmand,2023');
		const [header, ...rows] = text.trim().split('\n');
		writeFileSync(path, '\uFEFF' + [header, rows[0], ',,,,', ...rows.slice(1), ',,,,', ''].join('\r\n'));
		const data = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		expect(data.localReports.map((r) => r.province)).toEqual(['AF-GHA', 'AF-LOG', 'AF-HEL', 'AF-HEL']);
	});

	it('reads a file saved as UTF-16 (with its byte-order mark) like the same file in UTF-8', () => {
		const dir = copyOfData();
		const path = join(dir, 'japan-local-reports.csv');
		const utf8 = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')]));
		const utf16 = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		expect(utf16.localReports).toEqual(utf8.localReports);
	});

	it('refuses UTF-16 without its mark, and Latin-1, saying how to save the file', () => {
		const dir = copyOfData();
		const path = join(dir, 'japan-local-reports.csv');
		const original = readFileSync(path, 'utf8');
		writeFileSync(path, Buffer.from(original, 'utf16le'));
		expectError(
			buildFails(dir),
			'japan-local-reports.csv',
			null,
			null,
			/UTF-16 .*save it as "CSV UTF-8 \(comma delimited\)"/
		);
		writeFileSync(path, Buffer.from(original.replace('Ajristan', 'Ajristân'), 'latin1'));
		expectError(
			buildFails(dir),
			'japan-local-reports.csv',
			null,
			null,
			/not UTF-8 .*save it as "CSV UTF-8 \(comma delimited\)"/
		);
	});

	it('refuses a file separated by semicolons, and says so', () => {
		const dir = copyOfData();
		edit(dir, 'japan-165-reported-regions.csv', (text) => text.replace(/,/g, ';'));
		expectError(buildFails(dir), 'japan-165-reported-regions.csv', 1, null, /separated by semicolons.*comma/);
	});

	it('accepts the known spellings and resolves them to the same ISO codes', () => {
		const dir = copyOfData();
		const spellings: Record<string, string> = {
			'AF-PIA': 'Paktya',
			'AF-NUR': 'Nooristan',
			'AF-SAR': 'Sar-E-Pul',
			'AF-WAR': 'maidan wardak',
			'AF-HER': 'HIRAT',
			'AF-KNR': 'Konar',
			'AF-KAB': 'Kabul'
		};
		for (const [iso, name] of Object.entries(spellings)) setCell(dir, POPULATION, iso, 'province', name);
		buildData(paths(dir));
		// Values are keyed by ISO code, so the generated data are byte for byte those of the clean build.
		expect(snapshot(join(dir, OUT_GEN))).toEqual(baseline.generated);
		const data = JSON.parse(readFileSync(join(dir, OUT_GEN, 'data.json'), 'utf8')) as StoryData;
		expect(Object.keys(data.indicators['population-2019'].values)).toHaveLength(34);
		expect(data.indicators['population-2019'].values['AF-SAR']?.value).toBeGreaterThan(0);
	});
});

describe('sources', () => {
	it('refuses a row without a source_id', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'timeline.csv', '2022-12-20', 'source_id', '');
		expect(row).toBe(7);
		expectError(
			buildFails(dir),
			'timeline.csv',
			7,
			'source_id',
			'missing source: every row needs a source_id from sources.csv'
		);
	});

	it('refuses an indicator row without a source_id, even when its value is unknown', () => {
		const dir = copyOfData();
		const row = setCell(dir, DHS, 'AF-KAN', 'source_id', '');
		expectError(buildFails(dir), DHS, row, 'source_id', 'missing source: every row needs a source_id from sources.csv');
	});

	it('refuses a source_id that is not in sources.csv', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'japan-education-projects.csv', 'kabul-city-2009', 'source_id', 'nope');
		expect(row).toBe(5);
		expectError(
			buildFails(dir),
			'japan-education-projects.csv',
			5,
			'source_id',
			'unknown source "nope" (not in sources.csv)'
		);
	});
});

describe('values', () => {
	it('refuses a percentage over 100 (the max in indicators.csv)', () => {
		const dir = copyOfData();
		const row = setCell(dir, DHS, 'AF-BAL', 'secondary_or_higher_pct', '100.5');
		expect(row).toBe(22);
		expectError(buildFails(dir), DHS, 22, 'secondary_or_higher_pct', '100.5 is above the allowed maximum 100');
	});

	it('refuses a negative population', () => {
		const dir = copyOfData();
		const row = setCell(dir, POPULATION, 'AF-HER', 'population', '-5');
		expect(row).toBe(33);
		expectError(buildFails(dir), POPULATION, 33, 'population', '-5 is below the allowed minimum 0');
	});

	it('refuses a correction that names a step the copy does not have', () => {
		const dir = copyOfData();
		edit(dir, 'corrections.csv', (text) => text.replace('2026-12-07,takeover,', '2026-12-07,take-over,'));
		const row =
			readFileSync(join(dir, 'corrections.csv'), 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith('2026-12-07,take-over,')) + 1;
		expectError(
			buildFails(dir),
			'corrections.csv',
			row,
			'step',
			'"take-over" is not a step id of the copy (leave it empty for the methods or the data)'
		);
	});

	it('refuses a correction without a date', () => {
		const dir = copyOfData();
		edit(dir, 'corrections.csv', (text) => text.replace('2026-12-07,takeover,', ',takeover,'));
		const row =
			readFileSync(join(dir, 'corrections.csv'), 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith(',takeover,')) + 1;
		expectError(buildFails(dir), 'corrections.csv', row, 'date', 'is empty but required');
	});

	it("refuses a count of girls barred that names no agency: two agencies' counts must never be read as one series", () => {
		const dir = copyOfData();
		const row = setCell(dir, 'girls-barred-count.csv', '2025-03-24', 'agency', '');
		expectError(buildFails(dir), 'girls-barred-count.csv', row, 'agency', /empty/);
	});

	it('refuses a negative count of girls barred', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'girls-barred-count.csv', '2025-03-24', 'girls_barred', '-2,200,000');
		expectError(
			buildFails(dir),
			'girls-barred-count.csv',
			row,
			'girls_barred',
			'-2200000 is below the allowed minimum 0'
		);
	});

	it.each(['12,0a', '12,0', 'n/a'])('refuses the malformed number "%s"', (text) => {
		const dir = copyOfData();
		const row = setCell(dir, POPULATION, 'AF-KDZ', 'population', text);
		expect(row).toBe(20);
		expectError(buildFails(dir), POPULATION, 20, 'population', `"${text}" is not a number`);
	});

	it.each(['2023-13-01', '2023/09/05'])('refuses the malformed date "%s"', (date) => {
		const dir = copyOfData();
		const row = setCell(dir, 'timeline.csv', '2022-12-20', 'date', date);
		expectError(
			buildFails(dir),
			'timeline.csv',
			row,
			'date',
			`"${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`
		);
	});

	it('refuses a date that is not on the calendar', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'japan-local-reports.csv', 'AF-GHA', 'date', '2025-02-30');
		expectError(buildFails(dir), 'japan-local-reports.csv', row, 'date', '"2025-02-30" is not a real calendar date');
	});

	it('refuses class breaks that do not rise', () => {
		const dir = copyOfData();
		const row = setCell(dir, 'indicators.csv', 'women-secondary-or-higher', 'breaks', '2;10;5');
		expect(row).toBe(2);
		expectError(buildFails(dir), 'indicators.csv', 2, 'breaks', '"2;10;5" must rise from left to right');
	});
});

describe('columns', () => {
	it('refuses a renamed column', () => {
		const dir = copyOfData();
		edit(dir, 'timeline.csv', (text) => text.replace(/^date,event,/, 'date,events,'));
		expectError(
			buildFails(dir),
			'timeline.csv',
			1,
			'event',
			/^missing column "event" \(the header has: date, events, /
		);
	});

	it('refuses an indicator file whose value column is missing', () => {
		const dir = copyOfData();
		edit(dir, POPULATION, (text) => text.replace(/^province,name,population,/, 'province,name,pop,'));
		expectError(buildFails(dir), POPULATION, 1, 'population', /^missing column "population"/);
	});

	it('refuses an unexpected extra column', () => {
		const dir = copyOfData();
		edit(dir, 'japan-local-reports.csv', (text) =>
			text
				.split('\n')
				.map((line, i) => (i === 0 ? `${line},district` : line && `${line},`))
				.join('\n')
		);
		expectError(
			buildFails(dir),
			'japan-local-reports.csv',
			1,
			'district',
			/^unexpected column "district" \(expected: /
		);
	});

	it('refuses a row with an extra field (an unquoted comma)', () => {
		const dir = copyOfData();
		edit(dir, 'timeline.csv', (text) =>
			text.replace(
				'2022-12-20,Women barred from public and private universities',
				'2022-12-20,Women barred from public, and private universities'
			)
		);
		expectError(
			buildFails(dir),
			'timeline.csv',
			7,
			null,
			'has 6 fields but the header has 5 (quote text that contains a comma)'
		);
	});
});

describe('the 165 schools', () => {
	it('refuses a tenth province', () => {
		const dir = copyOfData();
		const names = [
			'Kabul',
			'Kapisa',
			'Parwan',
			'Wardak',
			'Logar',
			'Nangarhar',
			'Laghman',
			'Kunar',
			'Nuristan',
			'Khost'
		];
		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			`province,source_id,note\n${names.map((n) => `${n},unicef-165-schools-2023,`).join('\n')}\n`
		);
		expectError(
			buildFails(dir),
			'japan-165-provinces.csv',
			11,
			'province',
			'the announcement names nine provinces; found 10'
		);
	});
});

describe('the copy', () => {
	const COPY = 'copy.en.aml';
	/** The line (1-based) of the copy in `dir` that contains `needle`. */
	const lineOf = (dir: string, needle: string) => {
		const index = readFileSync(join(dir, COPY), 'utf8')
			.split('\n')
			.findIndex((line) => line.includes(needle));
		if (index < 0) throw new Error(`test setup: no line with "${needle}" in ${COPY}`);
		return index + 1;
	};
	const expectLine = (error: DataError, line: number, field: string | null, reason: string | RegExp) => {
		expect({ file: error.file, line: error.row, unit: error.unit, field: error.field }).toEqual({
			file: COPY,
			line,
			unit: 'line',
			field
		});
		expect(error.message.startsWith(`${COPY}, line ${line}`), error.message).toBe(true);
		if (typeof reason === 'string') expect(error.reason).toBe(reason);
		else expect(error.reason).toMatch(reason);
	};

	it('refuses a step naming an unknown graphic, at its line', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('id: two-decades\ngraphic: parity', 'id: two-decades\ngraphic: chart'));
		expectLine(
			buildFails(dir),
			lineOf(dir, 'graphic: chart'),
			'graphic',
			'step "two-decades" names unknown graphic "chart" (known: map, ladder, barred, parity)'
		);
	});

	it('refuses a step naming an unknown state', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('state: project:school-construction-2004', 'state: project:nonexistent'));
		expectLine(
			buildFails(dir),
			lineOf(dir, 'state: project:nonexistent'),
			'state',
			'step "project-2004": no project "nonexistent" with provinces in japan-education-projects.csv'
		);
	});

	it('refuses a state the graphic does not have, listing the known ones', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('state: grade-7-ban', 'state: grade-8-ban'));
		expectLine(
			buildFails(dir),
			lineOf(dir, 'state: grade-8-ban'),
			'state',
			/^step "ban-secondary": the ladder has no state "grade-8-ban" \(known: open, grade-7-ban, /
		);
	});

	it('refuses a citation of an unknown source, at the paragraph’s line', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('{src:devdiscourse-university-2022}', '{src:nope}'));
		expectLine(
			buildFails(dir),
			lineOf(dir, '{src:nope}'),
			'record',
			'cites unknown source "nope" (not in sources.csv)'
		);
	});

	it('refuses a duplicate step id', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('id: ban-university\n', 'id: ban-secondary\n'));
		const lines = readFileSync(join(dir, COPY), 'utf8').split('\n');
		const second =
			lines.findIndex((line, i) => line === 'id: ban-secondary' && i > lines.indexOf('id: ban-secondary')) + 1;
		expectLine(buildFails(dir), second, 'id', 'duplicate step id "ban-secondary"');
	});

	it('refuses a misspelt step field', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('notes: Point to the ladder', 'note: Point to the ladder'));
		expectLine(
			buildFails(dir),
			lineOf(dir, 'note: Point to the ladder'),
			'note',
			/^step "ban-secondary" has unknown field "note" \(known: id, graphic, /
		);
	});

	it('refuses an alt text wrapped onto a second line, which ArchieML would drop, and says how to write it', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) =>
			text.replace(
				'alt: A ladder of school years from grade 1 to university.',
				'alt: A ladder of school years from grade 1\nto university.'
			)
		);
		expectLine(
			buildFails(dir),
			lineOf(dir, 'to university.'),
			null,
			/would be dropped.*Join it to the line above \(line \d+\), or end a value of several lines with a line ":end"/
		);
	});

	it('accepts a value of several lines closed by :end', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) =>
			text.replace(
				'short: August 2021: the Taliban take Kabul. Women and girls lose the most.',
				'short: August 2021: the Taliban take Kabul.\nWomen and girls lose the most.\n:end'
			)
		);
		const copy = JSON.parse(buildOutputs(dir).generated.get('copy.en.json')!) as { steps: { short: string }[] };
		expect(copy.steps[0].short).toBe('August 2021: the Taliban take Kabul.\nWomen and girls lose the most.');
	});

	it('refuses a paragraph line without a voice inside a body', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) => text.replace('\nargument: Amini calls the Taliban', '\nAmini calls the Taliban'));
		expectLine(buildFails(dir), lineOf(dir, 'Amini calls the Taliban'), null, /would be dropped/);
	});

	it.each([
		[
			'a link without http(s)',
			'[The Japan Times published an op-ed](www.japantimes.co.jp/x)',
			/must start with https:\/\/ or http:\/\//
		],
		[
			'a javascript: link',
			'[The Japan Times published an op-ed](javascript:alert(1))',
			/must start with https:\/\/ or http:\/\//
		],
		['raw HTML', '<b>The Japan Times published an op-ed</b>', /raw HTML is not allowed/],
		['an unclosed *', '*The Japan Times published an op-ed', /unclosed "\*"/]
	])('refuses %s in a paragraph, at its line', (_, replacement, reason) => {
		const dir = copyOfData();
		edit(dir, COPY, (text) =>
			text.replace(
				'[The Japan Times published an op-ed](https://www.japantimes.co.jp/commentary/2024/10/04/japan/japan-aid-taliban-afghanistan)',
				replacement
			)
		);
		expectLine(buildFails(dir), lineOf(dir, 'context: In October 2024'), 'context', reason);
	});

	it('refuses raw HTML in an alt text', () => {
		const dir = copyOfData();
		edit(dir, COPY, (text) =>
			text.replace('alt: A map of Afghanistan', 'alt: <img src=x onerror=alert(1)> A map of Afghanistan')
		);
		expectLine(buildFails(dir), lineOf(dir, '<img src=x'), 'alt', /raw HTML is not allowed/);
	});
});

describe('words that follow the data', () => {
	type BuiltCopy = {
		dek: string;
		steps: {
			id: string;
			alt: string;
			short: string;
			notes: string;
			body: { inlines: { kind: string; text?: string }[] }[];
		}[];
		methods: { inlines: { kind: string; text?: string }[] }[];
	};
	const built = (dir: string) => {
		const outputs = buildOutputs(dir);
		return {
			copy: JSON.parse(outputs.generated.get('copy.en.json')!) as BuiltCopy,
			data: JSON.parse(outputs.generated.get('data.json')!) as StoryData,
			warnings: outputs.warnings
		};
	};
	const stepText = (copy: BuiltCopy, id: string) => {
		const step = copy.steps.find((s) => s.id === id)!;
		return [step.alt, step.short, step.notes, ...step.body.flatMap((p) => p.inlines.map((i) => i.text ?? ''))].join(
			' '
		);
	};

	it('the real copy types no figure its graphics show by hand', () => {
		expect(buildOutputs('data').warnings).toEqual([]);
	});

	it('a value changed in its CSV changes in the step text, its alt text and the table, with no retyping', () => {
		const dir = copyOfData();
		setCell(dir, DHS, 'AF-KAB', 'secondary_or_higher_pct', '21.4');
		const { copy, data } = built(dir);
		const text = stepText(copy, 'women-schooling');
		expect(text).toContain('(21.4%)');
		expect(text).not.toContain('20.1');
		expect(copy.steps.find((s) => s.id === 'women-schooling')!.alt).toContain('Kabul (21.4%)');
		const table = tableFor(chartState('map', 'women-secondary', data), data, editionWords('en'));
		expect(table.rows.find((r) => r[0] === 'Kabul')![2]).toBe('21.4%');
	});

	it('a count changed in its CSV changes in every step that quotes it, the dek included', () => {
		const dir = copyOfData();
		setCell(dir, 'japan-education-projects.csv', 'primary-165-2023', 'schools', '166');
		const { copy } = built(dir);
		expect(copy.dek).toContain('166 more');
		// Quotations keep the speaker's words ("… build 165 primary schools …"); the story's own words follow the data.
		for (const id of ['primary-165', 'choice', 'the-objection'])
			expect(stepText(copy, id).replace(/"[^"]*"/g, ''), id).not.toMatch(/\b165\b/);
		expect(stepText(copy, 'primary-165')).toContain('"Together with UNICEF we are going to build 165 primary schools');
	});

	it('once the 165 schools’ provinces are listed, the steps say which they are, and no longer that they are unpublished', () => {
		const dir = copyOfData();
		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			'province,source_id,note\nNangarhar,unicef-165-schools-2023,\nKhowst,unicef-165-schools-2023,\nPaktya,unicef-165-schools-2023,\n'
		);
		const { copy } = built(dir);
		for (const id of ['primary-165', 'choice']) {
			const text = stepText(copy, id);
			expect(text, id).toContain('Khost, Nangarhar and Paktia');
			expect(text, id).not.toMatch(/not been published|not yet located|Nobody has published/);
		}
		expect(copy.methods.flatMap((p) => p.inlines.map((i) => i.text ?? '')).join(' ')).not.toContain(
			'No source we could read names the nine provinces'
		);
	});

	it('does not count a figure inside a quotation as typed by hand', () => {
		const dir = copyOfData();
		expect(readFileSync(join(dir, 'copy.en.aml'), 'utf8')).toContain(
			'"Together with UNICEF we are going to build 165 primary schools'
		);
		expect(built(dir).warnings).toEqual([]);
	});

	it('warns, with its line, when a figure the step’s graphic shows is typed by hand', () => {
		const dir = copyOfData();
		edit(dir, 'copy.en.aml', (text) =>
			text.replace("Zabul's {value:women-secondary-or-higher:AF-ZAB} rests", "Zabul's 8.2% rests")
		);
		const line =
			readFileSync(join(dir, 'copy.en.aml'), 'utf8')
				.split('\n')
				.findIndex((l) => l.includes("Zabul's 8.2% rests")) + 1;
		expect(built(dir).warnings).toEqual([
			expect.stringMatching(
				new RegExp(`^copy\\.en\\.aml, line ${line}: "8\\.2" is shown on this step's graphic: write it as a reference`)
			)
		]);
	});

	it.each([
		['an unknown indicator', '{value:women-secondary:AF-KAB}', /names no indicator "women-secondary"/],
		[
			'a province with no value',
			'{value:women-secondary-or-higher:AF-HEL}',
			/Helmand has no value of women-secondary-or-higher: the copy cannot quote an unknown/
		],
		['an unknown project', '{count:primary-166}', /names no project "primary-166"/],
		['a date with no count', '{barred:2026-01-01}', /names no date of girls-barred-count\.csv/],
		[
			'a day that does not exist',
			'{date:2022-02-30}',
			/\{date:2022-02-30\} is not a date: write it as \{date:2022-03-23\}/
		],
		[
			'the 165 provinces before they are listed',
			'{names:primary-165}',
			/no province is listed yet; write this text as a 165-published variant/
		]
	])('refuses a reference to %s, at its line', (_, reference, reason) => {
		const dir = copyOfData();
		edit(dir, 'copy.en.aml', (text) =>
			text.replace('{value:women-secondary-or-higher:AF-PKA}, in Khost', `${reference}, in Khost`)
		);
		const line =
			readFileSync(join(dir, 'copy.en.aml'), 'utf8')
				.split('\n')
				.findIndex((l) => l.includes(`${reference}, in Khost`)) + 1;
		const error = buildFails(dir);
		expect({ row: error.row, unit: error.unit, field: error.field }).toEqual({
			row: line,
			unit: 'line',
			field: 'record'
		});
		expect(error.reason).toMatch(reason);
	});

	it('refuses a reference written inside a citation, which would change the source it names', () => {
		const dir = copyOfData();
		edit(dir, 'copy.en.aml', (text) =>
			text.replace('{src:beijing-times-165-2026}', '{src:beijing-times-{count:primary-165-2023}-2026}')
		);
		expect(buildFails(dir).reason).toMatch(/a reference inside a citation/);
	});

	it('refuses a step field written for one case of what is known only', () => {
		const dir = copyOfData();
		edit(dir, 'copy.en.aml', (text) => text.replace(/\nalt\.165-unpublished: A map with no province[^\n]*/, ''));
		expect(buildFails(dir).reason).toMatch(/gives alt for one case only: write alt\.165-unpublished: too/);
	});
});

describe('drop-in files', () => {
	const JAPANESE_INDICATOR_TERMS =
		'ja,indicators.csv,label,"Girls\' secondary net attendance, 2015",女子の中等学校純就学率（2015年）,\nja,indicators.csv,short_label,Girls in secondary school,中等学校に通う女子,\n';
	const FILE = 'indicators/girls-secondary-attendance.csv';
	const COLUMN = 'girls_secondary_nar';

	it('builds a new indicator from one file and one row of indicators.csv, with names in any known spelling', () => {
		const dir = copyOfData();
		const clean = JSON.parse(readFileSync(join(dir, OUT_GEN, 'data.json'), 'utf8')) as StoryData;
		// A made-up fixture: every province in some spelling, value = its position; Helmand absent, Zabul's value unknown.
		const spellings: Record<string, string> = {
			'AF-PIA': 'Paktya',
			'AF-NUR': 'Nooristan',
			'AF-SAR': 'Sar-E-Pul',
			'AF-WAR': 'Maidan Wardak',
			'AF-KHO': 'khowst',
			'AF-BAM': 'Bamiyan',
			'AF-HER': 'AF-HER'
		};
		const rows = clean.provinces
			.filter((p) => p.iso !== 'AF-HEL')
			.map((p, i) => [spellings[p.iso] ?? p.name, p.iso === 'AF-ZAB' ? '' : String(i + 1), 'test-dhs-2015-table-2-13']);
		writeFileSync(join(dir, FILE), csvFormatRows([['province', COLUMN, 'source_id'], ...rows]) + '\n');
		edit(
			dir,
			'sources.csv',
			(text) => `${text}test-dhs-2015-table-2-13,Test fixture: DHS 2015 Table 2.13,ICF,2017,,A made-up test file\n`
		);
		edit(
			dir,
			'data-terms.csv',
			(text) => `${text}${inEveryEdition('ja,sources.csv,caveat,A made-up test file,架空のテスト用ファイル,\n')}`
		);
		edit(
			dir,
			'indicators.csv',
			(text) =>
				`${text}girls-secondary-attendance,${FILE},${COLUMN},"Girls' secondary net attendance, 2015",Girls in secondary school,%,0,100,,,Test indicator.,\n`
		);
		// Every edition says the new indicator's name in its words (data-terms.csv).
		edit(dir, 'data-terms.csv', (text) => `${text}${inEveryEdition(JAPANESE_INDICATOR_TERMS)}`);

		buildData(paths(dir));
		const data = JSON.parse(readFileSync(join(dir, OUT_GEN, 'data.json'), 'utf8')) as StoryData;
		const indicator = data.indicators['girls-secondary-attendance'];
		expect(indicator).toMatchObject({
			label: "Girls' secondary net attendance, 2015",
			shortLabel: 'Girls in secondary school',
			unit: '%'
		});
		expect(Object.keys(indicator.values)).toHaveLength(32);
		// Absent and empty are unknown: no value at all, never a zero.
		expect(indicator.values['AF-HEL']).toBeUndefined();
		expect(indicator.values['AF-ZAB']).toBeUndefined();
		expect(indicator.values['AF-PIA']).toEqual({
			value: rows.findIndex((r) => r[0] === 'Paktya') + 1,
			sourceId: 'test-dhs-2015-table-2-13',
			method: null,
			caveat: null
		});
		for (const iso of ['AF-NUR', 'AF-SAR', 'AF-WAR', 'AF-KHO', 'AF-BAM', 'AF-HER'])
			expect(indicator.values[iso as 'AF-NUR'], iso).toBeDefined();
		// `breaks` left empty: quantile breaks computed from the values.
		const values = Object.values(indicator.values).map((v) => v!.value);
		expect(indicator.breaks).toEqual(classBreaks(values));
		expect(indicator.breaks).toHaveLength(4);
		// The other indicators and the rest of the data are untouched.
		expect({ ...data.indicators, 'girls-secondary-attendance': undefined }).toEqual({
			...clean.indicators,
			'girls-secondary-attendance': undefined
		});
	});

	it('lists corrections newest first, each with its date, in the methods data', () => {
		const dir = copyOfData();
		edit(dir, 'corrections.csv', (text) => `${text}2027-01-15,,A later correction.\n`);
		// Each edition says it in its language (data-terms.csv), or the build stops.
		edit(
			dir,
			'data-terms.csv',
			(text) => `${text}${inEveryEdition('ja,corrections.csv,correction,A later correction.,後日の訂正。,\n')}`
		);
		const methods = JSON.parse(buildOutputs(dir).generated.get('methods.json')!) as {
			corrections: { date: string; step: string | null; correction: string }[];
		};
		expect(methods.corrections[0]).toEqual({ date: '2027-01-15', step: null, correction: 'A later correction.' });
		expect(methods.corrections.map((c) => c.date)).toEqual(
			[...methods.corrections.map((c) => c.date)].sort().reverse()
		);
	});

	it('marks a value an editor caveats in the indicator file, on every map state that colours it', () => {
		const dir = copyOfData();
		setCell(dir, DHS, 'AF-PAN', 'value_caveat', 'a weighted base of 54 women');
		// A caveat is words a reader sees: each edition says it in its language, or the build stops.
		expect(() => buildOutputs(dir)).toThrow(
			/indicators\/dhs2015-women-education\.csv, row \d+, field "value_caveat": "a weighted base of 54 women" has no "[a-z]+" words in data-terms\.csv/
		);
		edit(
			dir,
			'data-terms.csv',
			(text) =>
				`${text}${inEveryEdition(`ja,${DHS},value_caveat,a weighted base of 54 women,重み付け後の母数は54人,\n`)}`
		);
		const outputs = buildOutputs(dir).generated;
		expect(JSON.parse(outputs.get('data-terms.ja.json')!)['indicators.csv:caveat_column']).toMatchObject({
			'a weighted base of 54 women': '重み付け後の母数は54人'
		});
		const data = JSON.parse(outputs.get('data.json')!) as StoryData;
		expect(data.indicators['women-secondary-or-higher'].values['AF-PAN']!.caveat).toBe('a weighted base of 54 women');
		const map = chartState('map', 'women-secondary', data) as MapState;
		expect(map.caveated).toEqual(['AF-PAN', 'AF-ZAB']);
		expect(map.labels).toEqual(expect.arrayContaining(['AF-PAN', 'AF-ZAB']));
		expect((chartState('map', 'locator', data) as MapState).caveated).toEqual([]);
	});

	it('puts a new indicator on a map from the copy alone (choropleth:<id>), with its embed, download and distinct classes for few values', () => {
		const dir = copyOfData();
		writeFileSync(
			join(dir, FILE),
			'province,girls_secondary_nar,source_id\nKabul,51,dhs-2015-fr323\nKhost,2,dhs-2015-fr323\n'
		);
		edit(
			dir,
			'indicators.csv',
			(text) =>
				`${text}girls-secondary-attendance,${FILE},${COLUMN},"Girls' secondary net attendance, 2015",Girls in secondary school,%,0,100,,,Test indicator.,\n`
		);
		// Every edition says the new indicator's name in its words (data-terms.csv).
		edit(dir, 'data-terms.csv', (text) => `${text}${inEveryEdition(JAPANESE_INDICATOR_TERMS)}`);
		edit(dir, 'copy.en.aml', (text) =>
			text.replace(
				'id: japan-friend',
				'id: girls-attendance\ngraphic: map\nstate: choropleth:girls-secondary-attendance\nshort: Girls in secondary school.\nalt: A map of girls in secondary school.\n[+.body]\nrecord: Two provinces.\n[]\n\nid: japan-friend'
			)
		);
		// Every edition translates the new step: it is held to English (editions.test.ts).
		for (const lang of EDITION_LANGS)
			edit(dir, `copy.${lang}.aml`, (text) =>
				text.replace(
					'id: japan-friend',
					'id: girls-attendance\nshort: 中等学校の女子。\nalt: 中等学校の女子の地図。\n[+.body]\nrecord: 2州。\n[]\n\nid: japan-friend'
				)
			);
		const outputs = buildOutputs(dir).generated;
		const data = JSON.parse(outputs.get('data.json')!) as StoryData;
		const step = (JSON.parse(outputs.get('copy.en.json')!) as { steps: { id: string; state: MapState }[] }).steps.find(
			(s) => s.id === 'girls-attendance'
		)!;
		expect(step.state).toMatchObject({
			graphic: 'map',
			choropleth: 'girls-secondary-attendance',
			labels: ['AF-KAB', 'AF-KHO']
		});
		const indicator = data.indicators['girls-secondary-attendance'];
		expect(indicator.breaks).toEqual([51]);
		const methods = JSON.parse(outputs.get('methods.json')!) as MethodsData;
		expect(methods.downloads).toContainEqual({
			file: FILE,
			indicatorLabels: ["Girls' secondary net attendance, 2015"]
		});
		expect(() => chartState('map', 'choropleth:girls-attendance-typo', data)).toThrow(
			/no indicator "girls-attendance-typo" in indicators.csv \(known: .*girls-secondary-attendance/
		);
		// Over it, the 165 schools' regions, as the story's regions-vs-women step shows them over women's schooling.
		expect(chartState('map', 'regions-over:girls-secondary-attendance', data)).toMatchObject({
			choropleth: 'girls-secondary-attendance',
			regionOutlines: ['East', 'South', 'Central']
		});
	});

	it('once the 165 schools’ provinces are listed, the map’s source line names their source and no unrelated one, and its table stops saying they are unpublished', () => {
		const dir = copyOfData();
		edit(
			dir,
			'sources.csv',
			(text) =>
				`${text}test-165-provinces,Test: the nine provinces named,Test publisher,2027-01-01,https://example.org/165,\n`
		);
		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			'province,source_id,note\nNangarhar,test-165-provinces,\nKhowst,test-165-provinces,\nPaktya,test-165-provinces,\n'
		);
		const data = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		const state = chartState('map', 'primary-165', data) as MapState;
		const sources = chartSources(state, data);
		expect(sources).toContain('test-165-provinces');
		expect(sources).toContain('unicef-165-schools-2023');
		// Projects of other years in the same provinces are not what this map shows.
		expect(sources).not.toContain('mofa-unicef-2002');
		expect(sources).not.toContain('unicef-tokyo-wash-2020');
		const table = tableFor(state, data, editionWords('en'));
		expect(table.rows.flat().join(' ')).not.toContain('not published');
		for (const name of ['Nangarhar', 'Khost', 'Paktia']) {
			const row = table.rows.find((r) => r[0] === name)!;
			expect(row[2], name).toContain('165 primary schools');
		}
	});

	it('names the 165 schools’ provinces in one place only: in japan-165-provinces.csv, not also in the project row', () => {
		const dir = copyOfData();
		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			'province,source_id,note\nNangarhar,unicef-165-schools-2023,\n'
		);
		setCell(dir, 'japan-education-projects.csv', 'primary-165-2023', 'provinces', 'AF-KHO');
		expectError(
			buildFails(dir),
			'japan-education-projects.csv',
			null,
			'provinces',
			/list the 165 schools' provinces in japan-165-provinces\.csv/
		);
	});

	it('once listed, the 165 schools are a project of those provinces on every map of Japan’s projects', () => {
		const dir = copyOfData();
		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			'province,source_id,note\nNangarhar,unicef-165-schools-2023,\n'
		);
		const data = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		expect(data.projects.find((p) => p.id === data.primary165.projectId)!.provinces).toEqual(['AF-NAN']);
		expect((chartState('map', 'projects-all', data) as MapState).projects).toContain(data.primary165.projectId);
		expect((chartState('map', 'choice', data) as MapState).highlight).toContain('AF-NAN');
	});

	it('shows the provinces of the 165 schools once an editor lists them, and drops the "not published" note', () => {
		const dir = copyOfData();
		const before = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		const unlocated = chartState('map', 'primary-165', before) as MapState;
		expect(unlocated.highlight).toEqual([]);
		expect(unlocated.unlocated).toEqual({ count: 165 });

		writeFileSync(
			join(dir, 'japan-165-provinces.csv'),
			'province,source_id,note\nNangarhar,unicef-165-schools-2023,\nKhowst,unicef-165-schools-2023,"spelt as in the source"\n'
		);
		const after = JSON.parse(buildOutputs(dir).generated.get('data.json')!) as StoryData;
		expect(after.primary165.provinces.map((p) => p.province)).toEqual(['AF-KHO', 'AF-NAN']);
		const located = chartState('map', 'primary-165', after) as MapState;
		expect(located.highlight).toEqual(['AF-KHO', 'AF-NAN']);
		expect(located.labels).toEqual(['AF-KHO', 'AF-NAN']);
		expect(located.unlocated).toBeNull();
		expect((chartState('map', 'choice', after) as MapState).unlocated).toBeNull();
		expect((chartState('map', 'choice', after) as MapState).highlight).toEqual(
			expect.arrayContaining(['AF-KHO', 'AF-NAN'])
		);
	});
});
