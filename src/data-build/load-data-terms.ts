// Reads data/data-terms.csv: the data's words (regions, indicator names and units, what each count
// of girls barred covers, projects' titles) in each edition's language, one row per English text,
// as province-names.csv does for provinces. An edition's language must translate every one.
import {
	DATA_TERM_FIELDS,
	COUNT_SLOT,
	VALUE_CAVEATS,
	type DataTermField,
	type DataTerms
} from '../lib/model/data-terms.js';
import { readCsv } from './csv-table.js';
import { DataError } from './data-error.js';

export const DATA_TERMS_FILE = 'data-terms.csv';
// An edition's language as its copy file is named: copy.ja.aml → ja (as province-names.csv).
const LANG = /^[a-z]{2,3}$/;

/** Where a field's English texts are: one file and column, or (value caveats) each caveat column indicators.csv names. */
function columnsOf(dataDir: string, field: DataTermField): { file: string; column: string }[] {
	if (field !== VALUE_CAVEATS) {
		const [file, column] = field.split(':');
		return [{ file, column }];
	}
	const named = readCsv(dataDir, 'indicators.csv', { required: ['file'], optional: 'any' })
		.rows.filter((row) => row.text('caveat_column'))
		.map((row) => `${row.text('file')}:${row.text('caveat_column')}`);
	return [...new Set(named)].map((place) => {
		const [file, column] = place.split(':');
		return { file, column };
	});
}

/** Each English text a field's rows hold, with the file, row (header = row 1) and column it is first in. */
function englishTexts(
	dataDir: string,
	field: DataTermField
): Map<string, { file: string; line: number; column: string }> {
	const texts = new Map<string, { file: string; line: number; column: string }>();
	for (const { file, column } of columnsOf(dataDir, field))
		for (const row of readCsv(dataDir, file, { required: [column], optional: 'any' }).rows) {
			const text = row.text(column);
			if (text && !texts.has(text)) texts.set(text, { file, line: row.line, column });
		}
	return texts;
}

/** What a column holds, for an error: its texts when they are few, or where to copy them from. */
const hasTexts = (texts: string[], file: string) =>
	texts.length <= 8
		? `${file} has: ${texts.map((t) => `"${t}"`).join(', ')}`
		: `${file} has ${texts.length} texts in that column: copy the one you mean from the file`;

/**
 * Every language's data terms, by language. `editionLangs` are the editions' languages (from
 * their copy files' names, `ja`): each must translate every text of every field.
 */
export function loadDataTerms(dataDir: string, editionLangs: string[]): Record<string, DataTerms> {
	const table = readCsv(dataDir, DATA_TERMS_FILE, {
		required: ['lang', 'file', 'column', 'english', 'text'],
		optional: ['note']
	});
	const english = new Map(DATA_TERM_FIELDS.map((field) => [field, englishTexts(dataDir, field)]));
	const valueCaveatColumns = new Set(columnsOf(dataDir, VALUE_CAVEATS).map(({ file, column }) => `${file}:${column}`));
	const terms: Record<string, DataTerms> = {};
	for (const row of table.rows) {
		const lang = row.required('lang');
		if (!LANG.test(lang))
			row.fail('lang', `"${lang}" is not a language code as the copy files are named (ja for copy.ja.aml, fa, ps)`);
		const place = `${row.required('file')}:${row.required('column')}`;
		const field = (valueCaveatColumns.has(place) ? VALUE_CAVEATS : place) as DataTermField;
		if (!DATA_TERM_FIELDS.includes(field) || (field === VALUE_CAVEATS && !valueCaveatColumns.has(place)))
			row.fail(
				'column',
				`${place.replace(':', ', column ')} is not a data text an edition translates (those are: ${DATA_TERM_FIELDS.filter(
					(f) => f !== VALUE_CAVEATS
				)
					.map((f) => f.replace(':', ' '))
					.join('; ')}; and the caveat column of each indicator file indicators.csv names)`
			);
		const source = row.required('english');
		if (!english.get(field)!.has(source)) {
			const [file, column] = place.split(':');
			row.fail(
				'english',
				`"${source}" is not in column "${column}" of ${file}: copy the English exactly (has it changed? ${hasTexts([...english.get(field)!.keys()], file)})`
			);
		}
		const text = row.required('text');
		if (field === 'girls-barred-count.csv:qualifier' && !text.includes(COUNT_SLOT))
			row.fail(
				'text',
				`a qualifier's words say where the figure goes with ${COUNT_SLOT}: 少なくとも${COUNT_SLOT}, ${COUNT_SLOT}近く`
			);
		const byText = ((terms[lang] ??= {})[field] ??= {});
		if (byText[source] !== undefined)
			row.fail(
				'english',
				`"${source}" already has "${lang}" words ("${byText[source]}"): keep one row per text and language`
			);
		byText[source] = text;
	}
	for (const lang of editionLangs) {
		for (const [field, texts] of english) {
			for (const [text, { file, line, column }] of texts) {
				if (terms[lang]?.[field]?.[text] === undefined)
					throw new DataError(
						file,
						line,
						column,
						`"${text}" has no "${lang}" words in ${DATA_TERMS_FILE}, for copy.${lang}.aml: add the row ${lang},${file},${column},"${text}",<its words>`
					);
			}
		}
	}
	return terms;
}
