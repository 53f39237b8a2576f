// The data's own words in an edition's language: regions, indicator names and units, who counted
// the girls barred and what each count covers, projects' titles, local reports, caveats of sources and
// of single values. English is the data as written; an edition's
// are in data/data-terms.csv, keyed by the English words (docs/translating.md#data-terms).
// Usage: dataTerm(edition, 'indicators.csv:short_label', indicator.shortLabel)

/**
 * Caveats on single values, in whichever indicator file and column `indicators.csv` names as an
 * indicator's caveat_column: a row of data-terms.csv names that file and column
 * (indicators/dhs2015-women-education.csv, value_caveat), so a new indicator file needs no code.
 */
export const VALUE_CAVEATS = 'indicators.csv:caveat_column';

/** The data columns an edition translates: `file:column`. */
export const DATA_TERM_FIELDS = [
	'provinces.csv:region',
	'indicators.csv:label',
	'indicators.csv:short_label',
	'indicators.csv:unit',
	'girls-barred-count.csv:agency',
	'girls-barred-count.csv:what_is_counted',
	'girls-barred-count.csv:qualifier',
	'japan-education-projects.csv:title',
	'japan-local-reports.csv:what',
	'japan-local-reports.csv:confidence',
	'sources.csv:caveat',
	'corrections.csv:correction',
	VALUE_CAVEATS
] as const;
export type DataTermField = (typeof DATA_TERM_FIELDS)[number];

/** An edition's words for the data: by field, the English words → the edition's. */
export type DataTerms = Partial<Record<DataTermField, Record<string, string>>>;

/** A qualifier's translation says where the figure goes: `少なくとも{count}`, `{count}近く`. */
export const COUNT_SLOT = '{count}';

/** The edition's words for a data text, or the data's own (English) where it has none. */
export const dataTerm = (edition: { dataTerms?: DataTerms }, field: DataTermField, english: string): string =>
	edition.dataTerms?.[field]?.[english] ?? english;
