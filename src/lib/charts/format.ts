// Number, range and date formatting shared by charts, tables, panels and the copy's references,
// in each edition's locale ('en-GB', 'ja', 'fa-AF', 'ps-AF'), by Intl: no hand-made digits,
// separators or month names.

/**
 * Intl's locale, or a list of them, the first a runtime has winning: Chrome's Intl has no Pashto,
 * so the Pashto edition's is ['ps-AF', 'fa-AF'], whose digits, separators and calendar are Pashto's
 * (the data build lists them: src/data-build/build-data.ts).
 */
export type Locale = string | readonly string[];
export const DEFAULT_LOCALE: Locale = 'en-GB';

// A formatter is built on first use and kept: building one is Intl's slow part on a phone, and
// a module that built them on load would pay for it while the page hydrates.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

/** 1234567.5 → "1,234,567.5" (en-GB), at most three decimals. */
function plainNumber(value: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/**
 * 1200000 → "1.2 million" (en-GB), "120万" (ja), "۱٫۲ میلیون" (fa-AF); smaller numbers with
 * the locale's separators. Millions are written as the locale's words for large numbers.
 */
export function formatCount(value: number, locale: Locale = DEFAULT_LOCALE): string {
	if (value < 1_000_000) return plainNumber(value, locale);
	const compact = (tag: Locale) =>
		numberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
	// Intl has no word for millions in Pashto (1,400,000 comes back whole) where Dari, next in its
	// list, has میلیون, the word Pashto writes too: the first locale with a word gives it, so a page
	// and a chart redrawn in Chrome (which takes Dari's) say the same.
	const words = (typeof locale === 'string' ? [locale] : locale).map(compact).find((text) => /\p{L}/u.test(text));
	return words ?? compact(locale);
}

/** A percentage already on a 0-100 scale: 20.1 → "20.1%" (en-GB, ja), "۲۰٫۱٪" (fa-AF). */
function percent(
	value: number,
	locale: Locale,
	fractionDigits: { minimumFractionDigits?: number; maximumFractionDigits: number }
): string {
	return numberFormat(locale, { style: 'unit', unit: 'percent', ...fractionDigits }).format(value);
}

/** A share as the charts show it: one decimal ("12.0%"); other units follow the number ("3,000 people"). */
export function formatValue(value: number, unit: string, locale: Locale = DEFAULT_LOCALE): string {
	return unit === '%'
		? percent(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
		: `${plainNumber(value, locale)} ${unit}`;
}

/** A whole percentage, as the copy reads a ratio in words: 0.72 → "72%". */
export function formatWholePercent(ratio: number, locale: Locale = DEFAULT_LOCALE): string {
	return percent(Math.round(ratio * 100), locale, { maximumFractionDigits: 0 });
}

/** An index or ratio as written: 0.72 → "0.72" (en-GB), "۰٫۷۲" (fa-AF); at most three decimals. */
export function formatRatio(ratio: number, locale: Locale = DEFAULT_LOCALE): string {
	return plainNumber(ratio, locale);
}

/** A number with exactly `digits` decimals, as a table lists values to compare: 0.72 → "0.720". */
export function formatDecimal(value: number, digits: number, locale: Locale = DEFAULT_LOCALE): string {
	return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A number that numbers things (a step, a slide, a width in pixels), never grouped: 5 → "5", "۵" (fa-AF). */
export function formatInteger(value: number, locale: Locale = DEFAULT_LOCALE): string {
	return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(value);
}

/** A year, never grouped: 2019 → "2019" (en-GB, ja), "۲۰۱۹" (fa-AF). */
export function formatYear(year: number, locale: Locale = DEFAULT_LOCALE): string {
	return numberFormat(locale, { useGrouping: false }).format(year);
}

/** Names in a sentence: "Khost, Nangarhar and Paktia" (en-GB), "ホースト、ナンガルハル、パクティア" (ja). */
export function formatList(names: string[], locale: Locale = DEFAULT_LOCALE): string {
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/** How a legend phrases its classes (the edition's labels map.class_*); `{n}`, `{a}` and `{b}` are formatted numbers. */
export interface RangePhrases {
	under: string;
	between: string;
	orMore: string;
}

/** Legend labels for classes split at `breaks`: "under 2%", "2-5%", …, "15% or more". */
export function classRanges(breaks: number[], unit: string, locale: Locale, phrases: RangePhrases): string[] {
	if (breaks.length === 0) return [];
	// A share's sign is written once, after the range's last number, as the locale writes it.
	const bare = (v: number) => (unit === '%' ? plainNumber(v, locale) : formatCount(v, locale));
	const withUnit = (v: number) =>
		unit === '%' ? percent(v, locale, { maximumFractionDigits: 3 }) : formatCount(v, locale);
	const fill = (phrase: string, values: Record<string, string>) =>
		phrase.replace(/\{([nab])\}/g, (_, key: string) => values[key]);
	return [
		fill(phrases.under, { n: withUnit(breaks[0]) }),
		...breaks.slice(1).map((b, i) => fill(phrases.between, { a: bare(breaks[i]), b: withUnit(b) })),
		fill(phrases.orMore, { n: withUnit(breaks[breaks.length - 1]) })
	];
}

/** "2023-09-05" → its parts, and which of them the date gives. */
function dateParts(date: string): { utc: Date; options: Intl.DateTimeFormatOptions; hasDay: boolean } {
	const [year, month, day] = date.split('-').map(Number);
	const options: Intl.DateTimeFormatOptions = {
		year: 'numeric',
		timeZone: 'UTC',
		...(month ? { month: 'long' } : {}),
		...(day ? { day: 'numeric' } : {})
	};
	return { utc: new Date(Date.UTC(year, (month || 1) - 1, day || 1)), options, hasDay: Boolean(day) };
}

/** The locale with the Gregorian calendar, whatever its own default (fa-AF's and ps-AF's is Solar Hijri). */
const gregorian = (locale: Locale) => withExtension(locale, 'ca-gregory');
/** The locale (each of a list) with a Unicode extension: ps-AF → ps-AF-u-ca-persian. */
const withExtension = (locale: Locale, extension: string): string[] =>
	(typeof locale === 'string' ? [locale] : locale).map((tag) => `${tag}-u-${extension}`);

/**
 * "2023-09-05" → "5 September 2023" (en-GB), "2023年9月5日" (ja); "2023-09" → "September 2023";
 * "2023" → "2023". Always the Gregorian calendar: for a Solar Hijri date use formatSolarHijriDate.
 */
export function formatDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
	const { utc, options } = dateParts(date);
	return dateFormat(gregorian(locale), options).format(utc);
}

/**
 * A full date in the Solar Hijri calendar, as Afghan readers date things: "2022-03-23" →
 * "۳ حمل ۱۴۰۱" (fa-AF). A month or a year alone spans two Solar Hijri months or years, so it
 * stays Gregorian.
 */
export function formatSolarHijriDate(date: string, locale: Locale): string {
	const { utc, options, hasDay } = dateParts(date);
	if (!hasDay) return dateFormat(gregorian(locale), options).format(utc);
	// ps-AF's Solar Hijri pattern falls back to one with the era ("AP ۱۴۰۲ وږی ۱۴"), which no
	// Afghan reader writes: the era is left out, with the space after it.
	const parts = dateFormat(withExtension(locale, 'ca-persian'), options).formatToParts(utc);
	return parts
		.filter((part, i) => part.type !== 'era' && !(part.type === 'literal' && parts[i - 1]?.type === 'era'))
		.map((part) => part.value)
		.join('')
		.trim();
}

/**
 * A date as a sentence, a byline or a list of sources gives it: where the edition's calendar is
 * not the Gregorian one (Intl's default for fa-AF and ps-AF is Solar Hijri), a full date in both
 * calendars, "۳ حمل ۱۴۰۱ (۲۳ مارچ ۲۰۲۲)"; otherwise as formatDate. Charts use formatDate, which
 * dates bars and years by the Gregorian month or year their data give.
 */
export function formatDateInText(date: string, locale: Locale = DEFAULT_LOCALE): string {
	const calendar = dateFormat(locale, {}).resolvedOptions().calendar;
	return calendar === 'gregory' ? formatDate(date, locale) : formatSolarHijriWithGregorian(date, locale);
}

/** The Solar Hijri date with the Gregorian beside it, where a date matters: "۳ حمل ۱۴۰۱ (۲۳ مارچ ۲۰۲۲)". */
export function formatSolarHijriWithGregorian(date: string, locale: Locale): string {
	const solar = formatSolarHijriDate(date, locale);
	const gregorianDate = formatDate(date, locale);
	return solar === gregorianDate ? solar : `${solar} (${gregorianDate})`;
}
