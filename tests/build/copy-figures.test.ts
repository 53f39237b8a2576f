// Every figure the story states must trace to data/: each number written in the copy has to
// appear in one of the data files (a value, a date, or the text of a sourced row).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import archieml from 'archieml';

function dataText(folder: string): string {
	return readdirSync(folder)
		.map((name) => join(folder, name))
		.map((path) =>
			statSync(path).isDirectory() ? dataText(path) : path.endsWith('.csv') ? readFileSync(path, 'utf8') : ''
		)
		.join('\n');
}

/** Numbers as written in prose: 1.2, 33,000, 2022-23, 20.1 (percent signs and "million" are words, not digits). */
function numbersIn(text: string): string[] {
	return [
		...text
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/\{src:[^}]*\}/g, '')
			.matchAll(/\d[\d,.]*\d|\d/g)
	].map((m) => m[0].replace(/[.,]$/, ''));
}

/** Grade numbers and counting words written as digits need no source. */
const SELF_EVIDENT = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);

describe('figures in the copy', () => {
	const copy = archieml.load(readFileSync('data/copy.en.aml', 'utf8'));
	const prose = JSON.stringify(copy);
	const data = dataText('data').replace(/(\d),(\d{3})/g, '$1$2');

	it('each number in the story appears in data/, so an editor can find its source row', () => {
		const missing = numbersIn(prose)
			.filter((n) => !SELF_EVIDENT.has(n))
			.filter((n) => !data.includes(n.replace(/,/g, '')));
		expect([...new Set(missing)]).toEqual([]);
	});

	it('the check itself catches an invented number', () => {
		const invented = numbersIn('In 2019 about 3,712,409 girls attended.').filter(
			(n) => !data.includes(n.replace(/,/g, ''))
		);
		expect(invented).toEqual(['3,712,409']);
	});
});
