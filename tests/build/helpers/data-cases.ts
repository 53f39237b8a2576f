// A copy of data/ to break one thing in, built by the whole data build (buildData) into output
// folders that already hold a good build: a case checks the DataError and that the previous
// outputs are byte-identical afterwards, with no staging folder left behind. Used by
// data-validation.test.ts and editions.test.ts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildData, type BuildPaths } from '../../../src/data-build/build-data.js';
import { DataError } from '../../../src/data-build/data-error.js';

export const OUT_GEN = 'out-gen';
export const OUT_DL = 'out-dl';
const dirs: string[] = [];
let root: string;
export let baseline: { generated: Map<string, string>; downloads: Map<string, string> };

export const paths = (dir: string): BuildPaths => ({
	dataDir: dir,
	generatedDir: join(dir, OUT_GEN),
	downloadsDir: join(dir, OUT_DL)
});

/** Every file under `dir`, by relative path, as a hash of its bytes. */
export function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Registers the suite's clean build (the "previous outputs") and the clean-up; call once at the top of a test file. */
export function setUpDataCases() {
	beforeAll(() => {
		// One real build from a clean copy: the "previous outputs" every case starts from.
		root = mkdtempSync(join(tmpdir(), 'data-validation-'));
		const clean = join(root, 'clean');
		cpSync('data', clean, { recursive: true });
		buildData(paths(clean));
		baseline = { generated: snapshot(join(clean, OUT_GEN)), downloads: snapshot(join(clean, OUT_DL)) };
	});

	// Removing a hundred copies of data/ outlasts vitest's 10 s hook limit on a busy machine.
	afterAll(() => {
		for (const dir of [...dirs, root]) if (dir) rmSync(dir, { recursive: true, force: true });
	}, 120_000);
}

/** A fresh copy of data/ whose output folders already hold the clean build. */
export function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'data-case-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	for (const out of [OUT_GEN, OUT_DL]) cpSync(join(root, 'clean', out), join(dir, out), { recursive: true });
	return dir;
}

export function edit(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`test setup: the edit changed nothing in ${file}`);
	writeFileSync(path, after);
}

/**
 * Edits the CSV row whose first field is `key`, as a record by column name, and returns its
 * row number counted on the raw lines of the file (independently of the parser under test).
 */
export function editRow(dir: string, file: string, key: string, change: (row: Record<string, string>) => void): number {
	const path = join(dir, file);
	const lines = readFileSync(path, 'utf8').split('\n');
	const [header] = csvParseRows(lines[0]);
	const index = lines.findIndex((line, i) => i > 0 && csvParseRows(line)[0]?.[0] === key);
	if (index < 0) throw new Error(`test setup: no row "${key}" in ${file}`);
	const [fields] = csvParseRows(lines[index]);
	const row = Object.fromEntries(header.map((column, i) => [column, fields[i]]));
	change(row);
	lines[index] = csvFormatRows([header.map((column) => row[column])]);
	writeFileSync(path, lines.join('\n'));
	return index + 1;
}

export const setCell = (dir: string, file: string, key: string, column: string, value: string) =>
	editRow(dir, file, key, (row) => {
		if (!(column in row)) throw new Error(`test setup: no column ${column} in ${file}`);
		row[column] = value;
	});

/** Runs the build on `dir`, expecting a DataError; checks the outputs survived untouched. */
export function buildFails(dir: string): DataError {
	let error: unknown;
	try {
		buildData(paths(dir));
	} catch (caught) {
		error = caught;
	}
	expect(error, 'the build should have failed').toBeInstanceOf(DataError);
	expect(snapshot(join(dir, OUT_GEN)), 'src/lib/generated must be unchanged').toEqual(baseline.generated);
	expect(snapshot(join(dir, OUT_DL)), 'static/data must be unchanged').toEqual(baseline.downloads);
	expect(
		readdirSync(dir).filter((name) => /^out-(gen|dl)\./.test(name)),
		'no staging or previous folder left'
	).toEqual([]);
	return error as DataError;
}

/** Asserts where the error points and that its message says so in words. */
export function expectError(
	error: DataError,
	file: string,
	row: number | null,
	field: string | null,
	reason: string | RegExp
) {
	expect({ file: error.file, row: error.row, field: error.field }).toEqual({ file, row, field });
	// CSV files are counted in rows, the copy in lines: the message says which.
	if (row !== null) expect(error.message).toContain(`${error.file.endsWith('.aml') ? 'line' : 'row'} ${row}`);
	if (field !== null) expect(error.message).toContain(`field "${field}"`);
	expect(error.message.startsWith(`${file}`), error.message).toBe(true);
	if (typeof reason === 'string') expect(error.reason).toBe(reason);
	else expect(error.reason).toMatch(reason);
}
