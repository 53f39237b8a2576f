// Tests the CSV reader of the data build: header checks, row numbers and the typed field readers,
// each failing with a DataError that names the file, the row, the field and the reason.
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvRow } from '../../src/data-build/csv-table.js';
import { DataError } from '../../src/data-build/data-error.js';

/** Row 2 of `t.csv`, whose column `v` holds `value` (a second column keeps an empty `v` from being a blank line). */
function cell(value: string): CsvRow {
	const text = `v,w\n${/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value},x\n`;
	return parseCsv('t.csv', text, { required: ['v', 'w'] }).rows[0];
}

/** The DataError thrown by `run`, or a test failure if it does not throw one. */
function dataError(run: () => unknown): DataError {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError, nothing was thrown');
}

describe('parseCsv: the header', () => {
	it('reads rows with their spreadsheet row numbers (header = row 1)', () => {
		const table = parseCsv('t.csv', 'a,b\n1,x\n2,y\n', { required: ['a', 'b'] });
		expect(table.columns).toEqual(['a', 'b']);
		expect(table.rows.map((r) => [r.line, r.text('a'), r.text('b')])).toEqual([
			[2, '1', 'x'],
			[3, '2', 'y']
		]);
	});

	it('ignores a byte-order mark and spaces around header names and values', () => {
		const table = parseCsv('t.csv', '\uFEFFa , b\n 1 , x \n', { required: ['a', 'b'] });
		expect(table.columns).toEqual(['a', 'b']);
		expect([table.rows[0].text('a'), table.rows[0].text('b')]).toEqual(['1', 'x']);
	});

	it('refuses a missing column, naming it and listing the header', () => {
		const error = dataError(() => parseCsv('t.csv', 'a,c\n1,2\n', { required: ['a', 'b'] }));
		expect(error).toMatchObject({ file: 't.csv', row: 1, field: 'b' });
		expect(error.message).toBe('t.csv, row 1, field "b": missing column "b" (the header has: a, c)');
	});

	it('refuses a column it does not know, so a misspelt header cannot silently drop a field', () => {
		const error = dataError(() => parseCsv('t.csv', 'a,b,extra\n1,2,3\n', { required: ['a'], optional: ['b'] }));
		expect(error.message).toBe('t.csv, row 1, field "extra": unexpected column "extra" (expected: a, b)');
	});

	it('refuses a column named twice', () => {
		expect(dataError(() => parseCsv('t.csv', 'a,b,a\n1,2,3\n', { required: ['a', 'b'] })).message).toBe(
			't.csv, row 1, field "a": column "a" appears twice in the header'
		);
	});

	it('refuses a row with more or fewer fields than the header (an unquoted comma shifts every later field)', () => {
		const longer = dataError(() => parseCsv('t.csv', 'a,b\n1,2\n3,Kabul, city\n', { required: ['a', 'b'] }));
		expect(longer).toMatchObject({ row: 3, field: null });
		expect(longer.message).toMatch(/^t\.csv, row 3: has 3 fields but the header has 2/);
		expect(dataError(() => parseCsv('t.csv', 'a,b\n1\n', { required: ['a', 'b'] })).message).toMatch(
			/^t\.csv, row 2: has 1 fields/
		);
	});

	it('skips blank lines without changing the row numbers of the rows after them', () => {
		const table = parseCsv('t.csv', 'a,b\n1,2\n\n3,4\n\n', { required: ['a', 'b'] });
		expect(table.rows.map((r) => [r.line, r.text('a')])).toEqual([
			[2, '1'],
			[4, '3']
		]);
	});

	it('accepts quoted fields with commas and doubled quotes', () => {
		const table = parseCsv('t.csv', 'a,b\n"Kabul, city","say ""hi"""\n', { required: ['a', 'b'] });
		expect([table.rows[0].text('a'), table.rows[0].text('b')]).toEqual(['Kabul, city', 'say "hi"']);
	});
});

describe('row.number', () => {
	it('reads plain numbers and numbers with thousands separators', () => {
		expect(cell('1,200,000').number('v')).toBe(1200000);
		expect(cell('1200000').number('v')).toBe(1200000);
		expect(cell('-1,200.5').number('v')).toBe(-1200.5);
		expect(cell('20.1').number('v')).toBe(20.1);
		expect(cell('0').number('v')).toBe(0);
	});

	it('reads an empty cell as null: unknown, not zero', () => {
		expect(cell('').number('v')).toBeNull();
		expect(cell('   ').number('v', { min: 1, integer: true })).toBeNull();
	});

	it.each(['12,0a', 'abc', '1.2.3', '12,0', '1,20,000', ',100', '1e5', '.5', '5.', 'NaN', '12 %'])(
		'refuses "%s" as not a number',
		(text) => {
			const error = dataError(() => cell(text).number('v'));
			expect(error).toMatchObject({ file: 't.csv', row: 2, field: 'v' });
			expect(error.message).toBe(`t.csv, row 2, field "v": "${text}" is not a number`);
		}
	);

	it('checks whole numbers', () => {
		expect(cell('1,200').number('v', { integer: true })).toBe(1200);
		expect(dataError(() => cell('1.5').number('v', { integer: true })).message).toBe(
			't.csv, row 2, field "v": 1.5 is not a whole number'
		);
	});

	it('checks the allowed range, inclusive', () => {
		expect(cell('100').number('v', { min: 0, max: 100 })).toBe(100);
		expect(cell('0').number('v', { min: 0, max: 100 })).toBe(0);
		expect(dataError(() => cell('100.5').number('v', { min: 0, max: 100 })).message).toBe(
			't.csv, row 2, field "v": 100.5 is above the allowed maximum 100'
		);
		expect(dataError(() => cell('-5').number('v', { min: 0 })).message).toBe(
			't.csv, row 2, field "v": -5 is below the allowed minimum 0'
		);
	});
});

describe('row.date', () => {
	it.each(['2023', '2023-09', '2023-09-05', '2024-02-29', '2000-12-31'])('accepts %s', (date) => {
		expect(cell(date).date('v')).toBe(date);
	});

	it('reads an empty cell as null', () => {
		expect(cell('').date('v')).toBeNull();
	});

	it.each([
		'2023/09/05',
		'2023-13-01',
		'2023-9-5',
		'23-09-05',
		'05-09-2023',
		'2023-09-05T10:00',
		'2023-00',
		'September 2023'
	])('refuses %s as not a date', (date) => {
		const error = dataError(() => cell(date).date('v'));
		expect(error).toMatchObject({ row: 2, field: 'v' });
		expect(error.message).toBe(`t.csv, row 2, field "v": "${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
	});

	it.each(['2023-02-30', '2023-02-29', '2023-04-31'])('refuses %s as not a real calendar date', (date) => {
		expect(dataError(() => cell(date).date('v')).message).toBe(
			`t.csv, row 2, field "v": "${date}" is not a real calendar date`
		);
	});
});

describe('row.required, row.oneOf and row.fail', () => {
	it('refuses an empty required field', () => {
		expect(cell('x').required('v')).toBe('x');
		expect(dataError(() => cell(' ').required('v')).message).toBe('t.csv, row 2, field "v": is empty but required');
	});

	it('accepts only the listed words', () => {
		expect(cell('count').oneOf('v', ['count', 'projection'])).toBe('count');
		expect(dataError(() => cell('Count').oneOf('v', ['count', 'projection'])).message).toBe(
			't.csv, row 2, field "v": "Count" is not one of: count, projection'
		);
	});

	it('fails with the row and an optional field', () => {
		const row = cell('x');
		expect(dataError(() => row.fail('v', 'is wrong')).message).toBe('t.csv, row 2, field "v": is wrong');
		expect(dataError(() => row.fail(null, 'is wrong')).message).toBe('t.csv, row 2: is wrong');
	});
});
