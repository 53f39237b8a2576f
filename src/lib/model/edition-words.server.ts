// Each edition's words for its pages, by the edition's code (en, ja, …): a page's load, the
// static fragments and the images take them from here. Server only (SvelteKit refuses a .server
// module in browser code), so that no page's JavaScript carries an edition's words: they reach
// the browser as the page's data, its own edition's only.
import dataJson from '$lib/generated/data.json';
import type { Copy } from './copy.js';
import type { StoryData } from './data.js';
import type { EditionWords } from './edition.js';

const copies = import.meta.glob<Copy>('../generated/copy.*.json', { eager: true, import: 'default' });
const names = import.meta.glob<Record<string, string>>('../generated/province-names.*.json', {
	eager: true,
	import: 'default'
});

/** Languages written right to left, by their first subtag. */
const RIGHT_TO_LEFT = ['ar', 'fa', 'he', 'ps', 'ur'];

const made = new Map<string, EditionWords>();

/** An edition's words (English when `code` is absent): language, locale, direction, labels and province names. */
export function editionWords(code = 'en'): EditionWords {
	if (!made.has(code)) {
		const copy = copies[`../generated/copy.${code}.json`];
		if (!copy) throw new Error(`no edition "${code}" in src/lib/generated (run npm run data)`);
		// English's names are the data's own; an edition's are in province-names.<code>.json.
		const provinceNames =
			code === 'en'
				? Object.fromEntries((dataJson as unknown as StoryData).provinces.map((p) => [p.iso, p.name]))
				: names[`../generated/province-names.${code}.json`];
		if (!provinceNames) throw new Error(`no province names for the edition "${code}"`);
		made.set(code, {
			code,
			lang: copy.lang,
			locale: copy.locale ?? 'en-GB',
			dir: RIGHT_TO_LEFT.includes(copy.lang.split('-')[0]) ? 'rtl' : 'ltr',
			labels: copy.labels,
			provinceNames
		});
	}
	return made.get(code)!;
}
