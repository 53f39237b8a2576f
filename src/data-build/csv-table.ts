// Reads one CSV file of data/ into rows with typed field readers that fail precisely.
// Row numbers are the file's line numbers as a spreadsheet shows them: the header is row 1.
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { DataError } from './data-error.js';

export interface CsvRow {
	/** The line number of this row in the file (header = 1). */
	line: number;
	/** The raw text of a field, trimmed; '' when empty. */
	text(field: string): string;
	/** Text that must not be empty. */
	required(field: string): string;
	/** A number, or null for an empty cell (an honest unknown). */
	number(field: string, range?: { min?: number; max?: number; integer?: boolean }): number | null;
	/** An ISO date: YYYY, YYYY-MM or YYYY-MM-DD; null when empty. */
	date(field: string): string | null;
	/** One of a fixed set of words. */
	oneOf<T extends string>(field: string, allowed: readonly T[]): T;
	/** Throws a DataError pointing at this row and field. */
	fail(field: string | null, reason: string): never;
}

export interface CsvTable {
	file: string;
	columns: string[];
	rows: CsvRow[];
}

// Plain digits, or commas grouping thousands ("1,200,000"); a comma anywhere else ("12,0") is refused,
// so a decimal comma can never be read as a thousands separator.
const NUMBER_PATTERN = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
const DATE_PATTERN = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The columns a file must have (`required`) and may have (`optional`; 'any': a file another loader has checked). */
export interface CsvColumns {
	required: string[];
	optional?: string[] | 'any';
}

/**
 * Parses CSV text. `required` columns must all be present; any column outside
 * `required` + `optional` is refused, so a misspelt header cannot silently drop a field.
 */
export function parseCsv(file: string, text: string, columns: CsvColumns): CsvTable {
	const [rawHeader = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, ''));
	const header = rawHeader.map((column) => column.trim());
	// A spreadsheet set to a European locale writes semicolons; read as commas, the whole header is one column.
	if (header.length === 1 && header[0].includes(';'))
		throw new DataError(
			file,
			1,
			null,
			'the columns are separated by semicolons, not commas: save the file as "CSV UTF-8 (comma delimited)", or set the spreadsheet\'s list separator to a comma'
		);
	const repeated = header.find((column, i) => header.indexOf(column) !== i);
	if (repeated !== undefined)
		throw new DataError(file, 1, repeated, `column "${repeated}" appears twice in the header`);
	for (const column of columns.required) {
		if (!header.includes(column))
			throw new DataError(file, 1, column, `missing column "${column}" (the header has: ${header.join(', ')})`);
	}
	const known = new Set([...columns.required, ...(columns.optional === 'any' ? header : (columns.optional ?? []))]);
	for (const column of header) {
		if (!known.has(column))
			throw new DataError(file, 1, column, `unexpected column "${column}" (expected: ${[...known].join(', ')})`);
	}
	const rows: CsvRow[] = [];
	records.forEach((fields, index) => {
		const line = index + 2;
		// A blank line, or a spreadsheet's row of empty cells (",,,"), holds no data.
		if (fields.every((field) => field.trim() === '')) return;
		// A row longer or shorter than the header has an unquoted comma or a missing one: every later field would shift.
		if (fields.length !== header.length)
			throw new DataError(
				file,
				line,
				null,
				`has ${fields.length} fields but the header has ${header.length} (quote text that contains a comma)`
			);
		rows.push(makeRow(file, line, Object.fromEntries(header.map((column, i) => [column, fields[i]]))));
	});
	return { file, columns: header, rows };
}

export function readCsv(dataDir: string, file: string, columns: CsvColumns): CsvTable {
	let bytes: Buffer;
	try {
		bytes = readFileSync(`${dataDir}/${file}`);
	} catch {
		throw new DataError(file, null, null, `cannot read the file (looked in ${dataDir}/)`);
	}
	return parseCsv(file, decodeText(file, bytes), columns);
}

/**
 * The text of a data file: UTF-8 (with or without a byte-order mark), or UTF-16 as some
 * spreadsheets save "Unicode text", recognised by its byte-order mark. Anything else that is
 * not valid UTF-8 is refused with the fix, rather than read as garbled names.
 */
function decodeText(file: string, bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const saveAs = 'save it as "CSV UTF-8 (comma delimited)"';
	// UTF-16 without its mark: every other byte of Latin text is zero.
	if (bytes.subarray(0, 200).filter((byte) => byte === 0).length > 20)
		throw new DataError(file, null, null, `the file looks saved as UTF-16 without a byte-order mark: ${saveAs}`);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new DataError(
			file,
			null,
			null,
			`the file is not UTF-8 (perhaps saved as "CSV (Windows)" or Latin-1): ${saveAs}`
		);
	}
}

function makeRow(file: string, line: number, record: Record<string, string | undefined>): CsvRow {
	const fail = (field: string | null, reason: string): never => {
		throw new DataError(file, line, field, reason);
	};
	const text = (field: string) => (record[field] ?? '').trim();
	return {
		line,
		text,
		fail,
		required(field) {
			const value = text(field);
			if (value === '') fail(field, 'is empty but required');
			return value;
		},
		number(field, range = {}) {
			const raw = text(field);
			if (raw === '') return null;
			if (!NUMBER_PATTERN.test(raw)) fail(field, `"${raw}" is not a number`);
			const value = Number(raw.replace(/,/g, ''));
			if (range.integer && !Number.isInteger(value)) fail(field, `${value} is not a whole number`);
			if (range.min !== undefined && value < range.min)
				fail(field, `${value} is below the allowed minimum ${range.min}`);
			if (range.max !== undefined && value > range.max)
				fail(field, `${value} is above the allowed maximum ${range.max}`);
			return value;
		},
		date(field) {
			const raw = text(field);
			if (raw === '') return null;
			const match = DATE_PATTERN.exec(raw);
			if (!match) fail(field, `"${raw}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
			if (match![5] && new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) !== raw)
				fail(field, `"${raw}" is not a real calendar date`);
			return raw;
		},
		oneOf(field, allowed) {
			const value = text(field);
			if (!(allowed as readonly string[]).includes(value))
				fail(field, `"${value}" is not one of: ${allowed.join(', ')}`);
			return value as (typeof allowed)[number];
		}
	};
}
