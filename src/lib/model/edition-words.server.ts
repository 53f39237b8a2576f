// Each edition's words for its pages, by the edition's code (en, ja, …): a page's load, the
// static fragments and the images take them from here. Server only (SvelteKit refuses a .server
// module in browser code), so that no page's JavaScript carries an edition's words: they reach
// the browser as the page's data, its own edition's only.
import dataJson from '$lib/generated/data.json';
import { editionCopy } from './copies.server.js';
import type { StoryData } from './data.js';
import type { DataTerms } from './data-terms.js';
import type { EditionWords } from './edition.js';

const names = import.meta.glob<Record<string, string>>('../generated/province-names.*.json', {
	eager: true,
	import: 'default'
});

const terms = import.meta.glob<DataTerms>('../generated/data-terms.*.json', { eager: true, import: 'default' });

const made = new Map<string, EditionWords>();

/** The words of the edition of a route's optional [[edition]] parameter (English when absent): the edition, its labels, its province names and its words for the data. */
export function editionWords(code: string | undefined): EditionWords {
	const { edition, copy } = editionCopy(code);
	if (!made.has(edition.code)) {
		// English's names are the data's own; an edition's are in province-names.<code>.json.
		const provinceNames =
			edition.code === 'en'
				? Object.fromEntries((dataJson as unknown as StoryData).provinces.map((p) => [p.iso, p.name]))
				: names[`../generated/province-names.${edition.code}.json`];
		if (!provinceNames) throw new Error(`No province names for edition "${edition.code}": run npm run data`);
		// English's words for the data are the data's: it carries none, so its pages are as before.
		const dataTerms = edition.code === 'en' ? undefined : terms[`../generated/data-terms.${edition.code}.json`];
		if (edition.code !== 'en' && !dataTerms)
			throw new Error(`No data terms for edition "${edition.code}": run npm run data`);
		made.set(edition.code, { ...edition, labels: copy.labels, provinceNames, ...(dataTerms && { dataTerms }) });
	}
	return made.get(edition.code)!;
}
