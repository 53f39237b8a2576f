// Reads data/province-names.csv: each province's name in each edition's language, with its
// source (Natural Earth's name_ja / name_fa, or a correction). A language is added with rows
// only: every language the file holds must name all 34 provinces, once each.
import type { Iso, Province, ProvinceNames, Source } from '../lib/model/data.js';
import { readCsv } from './csv-table.js';
import { DataError } from './data-error.js';

export const PROVINCE_NAMES_FILE = 'province-names.csv';
// An edition's language as its copy file is named: copy.ja.aml → ja (ISO 639-1 or -3).
const LANG = /^[a-z]{2,3}$/;

export function loadProvinceNames(
	dataDir: string,
	sources: Record<string, Source>,
	provinces: Province[]
): ProvinceNames {
	const table = readCsv(dataDir, PROVINCE_NAMES_FILE, {
		required: ['iso_3166_2', 'lang', 'name', 'source_id'],
		optional: ['note']
	});
	const known = new Set(provinces.map((p) => p.iso));
	const names: ProvinceNames = {};
	for (const row of table.rows) {
		const iso = row.required('iso_3166_2');
		if (!known.has(iso as Iso))
			row.fail('iso_3166_2', `"${iso}" is not a province code of provinces.csv (AF-KAB, AF-KAN, …)`);
		const lang = row.required('lang');
		if (!LANG.test(lang))
			row.fail('lang', `"${lang}" is not a language code as the copy files are named (ja for copy.ja.aml, fa, ps)`);
		const sourceId = row.required('source_id');
		if (!sources[sourceId]) row.fail('source_id', `unknown source "${sourceId}" (not in sources.csv)`);
		const byProvince = (names[lang] ??= {});
		if (byProvince[iso as Iso] !== undefined)
			row.fail(
				'iso_3166_2',
				`${iso} already has a name in "${lang}" ("${byProvince[iso as Iso]}"): keep one row per province and language`
			);
		byProvince[iso as Iso] = row.required('name');
	}
	for (const [lang, byProvince] of Object.entries(names)) {
		const missing = provinces.filter((p) => byProvince[p.iso] === undefined).map((p) => `${p.iso} (${p.name})`);
		if (missing.length)
			throw new DataError(
				table.file,
				null,
				'name',
				`no "${lang}" name for ${missing.join(', ')}: every province needs one in each language of the file`
			);
	}
	return names;
}

/** Refuses an edition whose language has no province names: its maps would show English names. */
export function requireProvinceNames(names: ProvinceNames, lang: string, editionFile: string): Record<Iso, string> {
	const byProvince = names[lang];
	if (!byProvince)
		throw new DataError(
			PROVINCE_NAMES_FILE,
			null,
			'lang',
			`no province names in "${lang}", the language of ${editionFile}: add a row for each of the 34 provinces`
		);
	return byProvince as Record<Iso, string>;
}
