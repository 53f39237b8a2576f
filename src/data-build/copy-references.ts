// Words that follow the data. A figure the copy quotes is written as a reference to its row, and
// the data build writes the figure in, formatted as the charts format it, so the text, the alt
// text, the slide and the table never disagree:
//   {value:<indicator id>:<province>}   20.1%   (a province's value of an indicator)
//   {count:<project id>}                165     (a project's number of schools)
//   {barred:<date>}                     1.4 million   (girls barred, as counted on that date)
//   {parity:<year>:primary|secondary}   0.72    (the gender parity index; add :percent for 72%)
//   {names:primary-165}                 Khost, Nangarhar and Paktia   (the 165 schools' provinces)
//   {name:<province>}                   Kabul   (a province's name in the edition's language)
//   {date:<yyyy-mm-dd>}                 23 March 2022   (a date as the edition's readers date things:
//                                       ۳ حمل ۱۴۰۱ (۲۳ مارچ ۲۰۲۲) in Dari and Pashto; also yyyy-mm)
// Each is written in the edition's locale (Intl): {barred:2023-01-24} is 1.1 million in English,
// 110万 in Japanese; names come from province-names.csv in editions other than English.
// Text that depends on whether the 165 schools' provinces are published is written once for
// each case, as `alt.165-published:` and `alt.165-unpublished:` (any step field, and any
// paragraph: `record.165-published:`), and the build keeps the one that is true.
import type { Iso, StoryData } from '../lib/model/data.js';
import type { ChartState } from '../lib/model/chart-state.js';
import {
	DEFAULT_LOCALE,
	formatCount,
	formatDateInText,
	formatList,
	formatRatio,
	formatValue,
	formatWholePercent,
	type Locale
} from '../lib/charts/format.js';

/** A reference in the copy: `{kind:argument}`. */
export const REFERENCE = /\{(value|count|barred|parity|names|name|date):([^}]*)\}/g;

/** How an edition writes what references stand for: its Intl locale, and its province names (English: from provinces.csv). */
export interface EditionFormat {
	locale: Locale;
	names: Partial<Record<Iso, string>> | null;
}

export const ENGLISH_FORMAT: EditionFormat = { locale: DEFAULT_LOCALE, names: null };

export const VARIANTS = { published: '165-published', unpublished: '165-unpublished' } as const;

/** Which of the two variants is true of the data. */
export const currentVariant = (data: StoryData) =>
	data.primary165.provinces.length > 0 ? VARIANTS.published : VARIANTS.unpublished;

/** The text a reference stands for, or a reason it cannot be resolved. */
export function resolveReference(
	kind: string,
	argument: string,
	data: StoryData,
	format: EditionFormat = ENGLISH_FORMAT
): { text: string } | { error: string } {
	const [first, second] = argument.split(':');
	const { locale } = format;
	const nameOf = (iso: Iso) => format.names?.[iso] ?? data.provinces.find((p) => p.iso === iso)?.name ?? iso;
	switch (kind) {
		case 'value': {
			const indicator = data.indicators[first];
			if (!indicator)
				return {
					error: `{value:${argument}} names no indicator "${first}" (known: ${Object.keys(data.indicators).join(', ')})`
				};
			const province = data.provinces.find((p) => p.iso === second || p.name.toLowerCase() === second?.toLowerCase());
			if (!province)
				return { error: `{value:${argument}} names no province "${second}" (write its ISO code, e.g. AF-KAB)` };
			const value = indicator.values[province.iso];
			if (!value)
				return {
					error: `{value:${argument}}: ${province.name} has no value of ${first}: the copy cannot quote an unknown`
				};
			return { text: formatValue(value.value, indicator.unit, locale) };
		}
		case 'count': {
			const project = data.projects.find((p) => p.id === first);
			if (!project) return { error: `{count:${argument}} names no project "${first}" of japan-education-projects.csv` };
			if (project.schools === null) return { error: `{count:${argument}}: the project has no number of schools` };
			return { text: formatCount(project.schools, locale) };
		}
		case 'barred': {
			const count = data.barredCount.find((c) => c.date === first);
			if (!count)
				return {
					error: `{barred:${argument}} names no date of girls-barred-count.csv (known: ${data.barredCount.map((c) => c.date).join(', ')})`
				};
			return { text: formatCount(count.girlsBarred, locale) };
		}
		case 'parity': {
			const year = data.parity.find((y) => String(y.year) === first);
			const level = second === 'primary' || second === 'secondary' ? second : null;
			const form = argument.split(':')[2];
			if (!year || !level || (form !== undefined && form !== 'percent'))
				return {
					error: `{parity:${argument}} must name a year of gender-parity-national.csv, primary or secondary, and optionally :percent`
				};
			const value = year[level];
			if (value === null)
				return { error: `{parity:${argument}}: no ${level} figure for ${first}: the copy cannot quote an unknown` };
			// As a share: girls' enrolment rate as a percentage of boys', the index read in words.
			return { text: form === 'percent' ? formatWholePercent(value, locale) : formatRatio(value, locale) };
		}
		case 'names': {
			if (first !== 'primary-165') return { error: `{names:${argument}}: only {names:primary-165} is known` };
			const names = data.primary165.provinces.map((p) => nameOf(p.province));
			if (names.length === 0)
				return { error: '{names:primary-165}: no province is listed yet; write this text as a 165-published variant' };
			return { text: formatList(names, locale) };
		}
		case 'name': {
			const province = data.provinces.find((p) => p.iso === first || p.name.toLowerCase() === first.toLowerCase());
			if (!province || second !== undefined)
				return { error: `{name:${argument}} names no province (write its ISO code, e.g. {name:AF-KAB})` };
			return { text: nameOf(province.iso) };
		}
		case 'date': {
			const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(argument);
			const [year, month, day] = (match?.slice(1) ?? []).map(Number);
			const asDate = new Date(Date.UTC(year, month - 1, day || 1));
			if (!match || asDate.getUTCMonth() !== month - 1 || asDate.getUTCDate() !== (day || 1))
				return { error: `{date:${argument}} is not a date: write it as {date:2022-03-23} or {date:2022-03}` };
			return { text: formatDateInText(argument, locale) };
		}
	}
	return { error: `unknown reference {${kind}:${argument}}` };
}

/** The numbers a step's graphic shows, which its text must quote by reference, not type. */
export function figuresOnGraphic(chart: ChartState, data: StoryData): number[] {
	const state = chart as unknown as { graphic: string } & Record<string, unknown>;
	if (state.graphic === 'barred') return data.barredCount.map((c) => c.girlsBarred);
	if (state.graphic === 'parity')
		return data.parity.flatMap((y) => [y.primary, y.secondary]).filter((v): v is number => v !== null && v > 0);
	if (state.graphic !== 'map') return [];
	const figures: number[] = [];
	const choropleth = state.choropleth as string | null;
	if (choropleth) figures.push(...Object.values(data.indicators[choropleth].values).map((v) => v!.value));
	const projects = (state.projects as string[]) ?? [];
	figures.push(
		...data.projects
			.filter((p) => projects.includes(p.id) && p.schools !== null && p.schools > 1)
			.map((p) => p.schools!)
	);
	return figures;
}

/**
 * Numbers typed in `text` (references already taken out) that equal a figure the graphic shows.
 * Quotations are left out: a quoted figure is what the speaker said, whatever the data say now.
 */
export function typedFigures(text: string, figures: number[]): string[] {
	const found: string[] = [];
	for (const match of text
		.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, '')
		.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s*million|万)?/g)) {
		const scale = match[2] === '万' ? 10_000 : match[2] ? 1_000_000 : 1;
		const value = Math.round(Number(match[1].replace(/,/g, '')) * scale * 1000) / 1000;
		if (figures.includes(value)) found.push(match[0].trim());
	}
	return found;
}
