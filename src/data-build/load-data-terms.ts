// Reads data/data-terms.csv: the data's words (regions, indicator names and units, what each count
// of girls barred covers, projects' titles) in each edition's language, one row per English text,
// as province-names.csv does for provinces. An edition's language must translate every one.
import { DATA_TERM_FIELDS, COUNT_SLOT, type DataTermField, type DataTerms } from '../lib/model/data-terms.js';
import { readCsv } from './csv-table.js';
import { DataError } from './data-error.js';

export const DATA_TERMS_FILE = 'data-terms.csv';
// An edition's language as its copy file is named: copy.ja.aml → ja (as province-names.csv).
const LANG = /^[a-z]{2,3}$/;

/** Each English text a field's rows hold, with the row it is first in (header = row 1). */
function englishTexts(dataDir: string, field: DataTermField): Map<string, number> {
	const [file, column] = field.split(':');
	const texts = new Map<string, number>();
	for (const row of readCsv(dataDir, file, { required: [column], optional: 'any' }).rows) {
		const text = row.text(column);
		if (text && !texts.has(text)) texts.set(text, row.line);
	}
	return texts;
}

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
	const terms: Record<string, DataTerms> = {};
	for (const row of table.rows) {
		const lang = row.required('lang');
		if (!LANG.test(lang))
			row.fail('lang', `"${lang}" is not a language code as the copy files are named (ja for copy.ja.aml, fa, ps)`);
		const field = `${row.required('file')}:${row.required('column')}` as DataTermField;
		if (!DATA_TERM_FIELDS.includes(field))
			row.fail(
				'column',
				`${field.replace(':', ', column ')} is not a data text an edition translates (those are: ${DATA_TERM_FIELDS.map((f) => f.replace(':', ' ')).join('; ')})`
			);
		const source = row.required('english');
		if (!english.get(field)!.has(source)) {
			const [file, column] = field.split(':');
			row.fail(
				'english',
				`"${source}" is not in column "${column}" of ${file}: copy the English exactly (has it changed? ${file} has: ${[...english.get(field)!.keys()].map((t) => `"${t}"`).join(', ')})`
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
			const [file, column] = field.split(':');
			for (const [text, line] of texts) {
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
