// The province names taken from Natural Earth for the editions: the same four code fixes as the
// boundaries, the word for province dropped, and no name from the two features NE names after
// another province.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { naturalEarthNames, type NeProperties } from '../../src/data-build/natural-earth';

const feature = (properties: Partial<NeProperties>) => ({
	properties: { adm0_a3: 'AFG', adm1_code: '', iso_3166_2: '', name: '', ...properties } as NeProperties
});

describe('naturalEarthNames', () => {
	const names = naturalEarthNames([
		feature({ adm1_code: 'AFG-1767', iso_3166_2: 'AF-KAB', name_ja: 'カーブル州', name_fa: 'ولایت کابل' }),
		feature({ adm1_code: 'AFG-3413', iso_3166_2: 'AF-PKA', name_ja: 'パクティヤー州', name_fa: 'ولایت پکتیا' }),
		feature({ adm1_code: 'AFG-1753', iso_3166_2: 'AF-URU', name_ja: 'ウルーズガーン州', name_fa: 'ولایت اروزگان' }),
		feature({ adm0_a3: 'PAK', adm1_code: 'PAK-1', iso_3166_2: 'PK-KP', name_ja: 'カイバル・パクトゥンクワ州' })
	]);

	it('drops the word for province, in Japanese and in Dari', () => {
		expect(names.get('AF-KAB|ja')).toBe('カーブル');
		expect(names.get('AF-KAB|fa')).toBe('کابل');
	});
	it('files a name under the corrected code (Paktya is AF-PIA, not NE’s AF-PKA)', () => {
		expect(names.get('AF-PIA|ja')).toBe('パクティヤー');
		expect(names.has('AF-PKA|ja')).toBe(false);
	});
	it('takes no name from a feature NE names after another province, nor from another country', () => {
		expect(
			[...names.keys()].filter((key) => key.startsWith('AF-DAY') || key.startsWith('AF-URU') || key.startsWith('PK'))
		).toEqual([]);
		expect(names.size).toBe(4);
	});
});

describe('data/province-names.csv', () => {
	const rows = csvParse(readFileSync('data/province-names.csv', 'utf8'));
	it('gives every name not taken from Natural Earth a note saying why', () => {
		// Pashto is not in Natural Earth: every Pashto name is this project's, with a note (checked below).
		const corrected = rows.filter((row) => row.source_id !== 'natural-earth-admin1' && row.lang !== 'ps');
		expect(corrected.map((row) => `${row.iso_3166_2}|${row.lang}`).sort()).toEqual([
			'AF-BAM|ja',
			'AF-DAY|fa',
			'AF-DAY|ja',
			'AF-KAB|ja',
			'AF-PAN|fa',
			'AF-PAN|ja'
		]);
		for (const row of corrected) expect(row.note, `${row.iso_3166_2} ${row.lang}`).not.toBe('');
		const pashto = rows.filter((row) => row.lang === 'ps');
		expect(pashto).toHaveLength(34);
		for (const row of pashto) {
			expect(row.source_id, row.iso_3166_2).toBe('province-names-project');
			expect(row.note, row.iso_3166_2).not.toBe('');
			expect(row.name, row.iso_3166_2).toMatch(/^[\u0600-\u06FF\u200C ]+$/);
		}
	});
	it('writes Japanese names in katakana and Dari names in Arabic script, without the word for province', () => {
		for (const row of rows.filter((r) => r.lang === 'ja')) expect(row.name).toMatch(/^[ァ-ヶー・]+$/);
		for (const row of rows.filter((r) => r.lang === 'fa')) expect(row.name).toMatch(/^[\u0600-\u06FF\u200C ]+$/);
		expect(rows.filter((r) => /州|ولایت/.test(r.name!))).toEqual([]);
	});
});
