// The one error type of the data build: it always says where (file, row, field) and why.

export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly row: number | null,
		readonly field: string | null,
		readonly reason: string
	) {
		const where = [file, row === null ? null : `row ${row}`, field === null ? null : `field "${field}"`].filter(Boolean).join(', ');
		super(`${where}: ${reason}`);
		this.name = 'DataError';
	}
}
