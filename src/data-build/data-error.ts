// The one error type of the data build: it always says where (file, row or line, field) and why.
// CSV files are counted in rows as a spreadsheet shows them (header = row 1); the copy in lines.

export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly row: number | null,
		readonly field: string | null,
		readonly reason: string,
		readonly unit: 'row' | 'line' = 'row'
	) {
		const where = [file, row === null ? null : `${unit} ${row}`, field === null ? null : `field "${field}"`]
			.filter(Boolean)
			.join(', ');
		super(`${where}: ${reason}`);
		this.name = 'DataError';
	}
}
