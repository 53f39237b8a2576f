// An edition: the story in another language, from one file (data/copy.<lang>.aml) that holds
// words only. English is the reference: steps, their order, graphics, states, citations and
// links come from copy.en.aml. This checks an edition against English, field by field, and
// stops at the first difference with the file, line, step and field; then it builds the
// edition's copy with the English structure, its words, its locale's numbers and its province
// names. docs/translating.md explains the file to a translator.
import type { Copy, EditionInfo } from '../lib/model/copy.js';
import type { Edition } from '../lib/model/editions.js';
import type { ProvinceNames, StoryData } from '../lib/model/data.js';
import { DataError } from './data-error.js';
import type { CopyLines, StepLines } from './copy-lines.js';
import { parseCopy, readCopyFile, type Raw } from './load-copy.js';
import { REFERENCE } from './copy-references.js';
import { requireProvinceNames } from './load-province-names.js';
import { withPhraseBreaks } from './phrase-breaks.js';
import { checkLabels, lacking } from './load-labels.js';

export const ENGLISH_FILE = 'copy.en.aml';
/** copy.ja.aml → ja. English's file is the reference, not an edition. */
export const EDITION_FILE = /^copy\.([a-z]{2,3})\.aml$/;

/** Top-level words an edition translates. */
const WORD_KEYS = [
	'headline',
	'dek',
	'byline',
	'op_ed_author',
	'op_ed_outlet',
	'op_ed_date',
	'voice_argument',
	'voice_record',
	'voice_context',
	'corrections',
	'credits'
];
/** What only an edition says: who translated it, whether it is reviewed, the op-ed's title in its language. */
const HEADER_KEYS = [
	'lang',
	'translator',
	'reviewed',
	'reviewer',
	'unreviewed_notice',
	'unreviewed_link',
	'op_ed_title_translation'
];
/** Taken from English, never translated: the date of publication, the op-ed's original title and address. */
const ENGLISH_ONLY_KEYS = ['published', 'op_ed_title', 'op_ed_url'];
/** A step's structure: its graphic and state come from English. */
const STEP_STRUCTURE = ['graphic', 'state'];
const LISTS = ['intro', 'steps', 'methods'];
/** UI labels (legends, buttons, the embed dialog, …): a `{labels}` object, key for key as in English. */
const LABELS = 'labels';

/** Intl's locale for an edition's `lang:`. English formats as en-GB; the others are their own tag. */
export const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/**
 * An edition's Intl locale, followed by the other editions' that write numbers and dates as it
 * does (the same digits, not Latin, and calendar): a browser whose Intl lacks the first (Chrome
 * has no Pashto) formats with the next instead of falling back to English, and a word Intl lacks
 * in the first (millions in Pashto) comes from the next (formatCount).
 */
export function localesFor(lang: string, otherLangs: string[]): string | string[] {
	const writing = (tag: string) => {
		const { numberingSystem, calendar } = new Intl.DateTimeFormat(intlLocale(tag)).resolvedOptions();
		return numberingSystem === 'latn' ? null : `${numberingSystem}/${calendar}`;
	};
	const alike = otherLangs.filter(
		(other) => other !== lang && writing(lang) !== null && writing(other) === writing(lang)
	);
	return alike.length ? [intlLocale(lang), ...alike.map(intlLocale)] : intlLocale(lang);
}

/**
 * What a page needs to know of an edition (src/lib/model/editions.ts): its address, language,
 * locale, direction and the language's name in itself, all from Intl (پښتو, not "Pashto (Afghanistan)").
 */
export function editionEntry(code: string, lang: string, otherLangs: string[] = []): Edition {
	const locale = new Intl.Locale(lang) as Intl.Locale & {
		getTextInfo?: () => { direction: string };
		textInfo?: { direction: string };
	};
	const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
	const names = new Intl.DisplayNames([lang], { type: 'language' });
	const fullName = names.of(lang) ?? lang;
	return {
		code,
		lang,
		locale: localesFor(lang, otherLangs),
		dir: direction === 'rtl' ? 'rtl' : 'ltr',
		name: /[(（]/.test(fullName) ? (names.of(locale.language) ?? fullName) : fullName
	};
}

/** What English gives every edition: its parsed ArchieML and the lines of its keys. */
export interface Reference {
	raw: Raw;
	lines: CopyLines;
}

/** What one field of text must carry over from English: its citations, data references and links. */
function carried(text: string): { citations: string[]; references: string[]; links: string[] } {
	return {
		citations: [...text.matchAll(/\{src:[^}]*\}/g)].map((m) => m[0]),
		references: [...text.matchAll(REFERENCE)].map((m) => m[0]),
		links: [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1])
	};
}

/** Checks an edition file against English and builds its copy. Throws a DataError at the first difference. */
export function loadEdition(
	dataDir: string,
	file: string,
	english: Reference,
	data: StoryData,
	names: ProvinceNames,
	warn: (message: string) => void = () => {},
	otherLangs: string[] = []
): Copy {
	const editionLang = EDITION_FILE.exec(file)?.[1];
	if (!editionLang || editionLang === 'en')
		throw new DataError(
			file,
			null,
			null,
			`an edition file is named copy.<language>.aml (copy.ja.aml), and English is the reference`
		);
	const { raw, lines } = readCopyFile(dataDir, file);
	const fail = (line: number | null | undefined, field: string | null, reason: string): never => {
		throw new DataError(file, line ?? null, field, reason, 'line');
	};

	// The header: the language, who translated it, and whether a native speaker has reviewed it.
	const header = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).trim() : '');
	const lang = header('lang');
	if (lang !== editionLang && !lang.startsWith(`${editionLang}-`))
		fail(
			lines.keys.get('lang'),
			'lang',
			`"${lang || '(missing)'}" does not match the file name: ${file} needs lang: ${editionLang} (or a regional tag such as ${editionLang}-AF)`
		);
	if (!header('translator'))
		fail(lines.keys.get('translator'), 'translator', 'missing or empty: say who translated this edition');
	if (!['yes', 'no'].includes(header('reviewed')))
		fail(
			lines.keys.get('reviewed'),
			'reviewed',
			`"${header('reviewed') || '(missing)'}" must be yes or no: has a native speaker reviewed this edition?`
		);
	if (header('reviewed') === 'yes' && !header('reviewer'))
		fail(lines.keys.get('reviewer'), 'reviewer', 'a reviewed edition names its reviewer');
	for (const key of ['unreviewed_notice', 'unreviewed_link'])
		if (header('reviewed') === 'no' && !header(key))
			fail(
				lines.keys.get(key),
				key,
				'missing or empty: until a native speaker reviews it, every page of the edition says so at the top, in its language, with a link to the English edition (unreviewed_notice: the sentence; unreviewed_link: the link’s words)'
			);
	if (!header('op_ed_title_translation'))
		fail(
			lines.keys.get('op_ed_title_translation'),
			'op_ed_title_translation',
			"missing or empty: the op-ed's title in this language (its English title is kept beside it)"
		);

	for (const key of Object.keys(raw)) {
		if (ENGLISH_ONLY_KEYS.includes(key))
			fail(lines.keys.get(key), key, `"${key}" comes from ${ENGLISH_FILE}, not from a translation: remove it`);
		if (![...WORD_KEYS, ...HEADER_KEYS, ...LISTS, LABELS].includes(key))
			fail(
				lines.keys.get(key),
				key,
				`"${key}" is not a field of ${ENGLISH_FILE} (an edition translates: ${WORD_KEYS.join(', ')})`
			);
	}
	const check = (englishText: unknown, text: unknown, line: number | undefined, field: string, where: string) =>
		checkWords(englishText, text, line, field, where, fail);
	for (const key of WORD_KEYS) check(english.raw[key], raw[key], lines.keys.get(key), key, `"${key}"`);
	checkParagraphs(english.raw.intro, raw.intro, lines.intro, 'intro', fail);
	checkParagraphs(english.raw.methods, raw.methods, lines.methods, 'methods', fail);
	const stepLines = checkSteps(english, raw, lines, fail, check);
	checkLabels(english.raw[LABELS], raw[LABELS], lines, fail);

	// The edition's copy: English's structure, the edition's words.
	const englishSteps = english.raw.steps as Raw[];
	const editionSteps = new Map((raw.steps as Raw[]).map((step) => [step.id as string, step]));
	const merged: Raw = {
		...english.raw,
		...Object.fromEntries(WORD_KEYS.map((key) => [key, raw[key]])),
		lang,
		intro: raw.intro,
		methods: raw.methods,
		labels: raw[LABELS],
		steps: englishSteps.map((step) => ({
			...editionSteps.get(step.id as string),
			...Object.fromEntries(['id', ...STEP_STRUCTURE].map((key) => [key, step[key]]))
		}))
	};
	const mergedLines: CopyLines = { ...lines, steps: englishSteps.map((step) => stepLines.get(step.id as string)!) };
	const format = { locale: localesFor(lang, otherLangs), names: requireProvinceNames(names, editionLang, file) };
	const copy = parseCopy(file, merged, data, mergedLines, warn, format);
	const edition: EditionInfo = {
		translator: header('translator'),
		reviewed: header('reviewed') === 'yes',
		reviewer: header('reviewer') || null,
		unreviewed:
			header('reviewed') === 'no' ? { notice: header('unreviewed_notice'), link: header('unreviewed_link') } : null,
		reference: ENGLISH_FILE
	};
	return {
		...copy,
		// Headings: the headline, and each step's short line (the slides' titles).
		headline: withPhraseBreaks(copy.headline, lang),
		steps: copy.steps.map((step) => ({ ...step, short: withPhraseBreaks(step.short, lang) })),
		locale: format.locale,
		opEd: { ...copy.opEd, titleTranslation: header('op_ed_title_translation') },
		edition
	};
}

type Fail = (line: number | null | undefined, field: string | null, reason: string) => never;
type Check = (englishText: unknown, text: unknown, line: number | undefined, field: string, where: string) => void;

/**
 * One field of words against its English: present, not empty, and carrying every citation,
 * data reference and link of the English (no other citation or link: those are the record's).
 * A field written once for each case (`alt.165-published:`) is checked case by case.
 */
function checkWords(
	englishText: unknown,
	text: unknown,
	line: number | undefined,
	field: string,
	where: string,
	fail: Fail
) {
	if (englishText !== null && typeof englishText === 'object') {
		const cases = Object.keys(englishText as Raw);
		if (text === null || typeof text !== 'object')
			fail(
				line,
				field,
				`${where} is written for each case in English: write ${cases.map((c) => `${field}.${c}:`).join(' and ')}`
			);
		const extra = Object.keys(text as Raw).find((c) => !cases.includes(c));
		if (extra)
			fail(
				line,
				`${field}.${extra}`,
				`${where}: "${field}.${extra}" is not a case of the English (${cases.map((c) => `${field}.${c}`).join(', ')})`
			);
		for (const name of cases)
			checkWords((englishText as Raw)[name], (text as Raw)[name], line, `${field}.${name}`, where, fail);
		return;
	}
	if (typeof text === 'object' && text !== null)
		fail(line, field, `${where} has one text in English, not one for each case: write ${field.split('.')[0]}: once`);
	if (typeof text !== 'string' || text.trim() === '')
		fail(line, field, `${where} is missing or empty (English: "${String(englishText).slice(0, 60)}…")`);
	const want = carried(String(englishText));
	const have = carried(text as string);
	const missing = (kind: string, items: string[]) => {
		if (items.length)
			fail(
				line,
				field,
				`${where} lacks the ${kind} ${items.map((i) => `"${i}"`).join(', ')} of the English: a translation keeps every ${kind}`
			);
	};
	missing('citation', lacking(want.citations, have.citations));
	missing('data reference', lacking(want.references, have.references));
	missing('link to', lacking(want.links, have.links));
	const extraCitation = lacking(have.citations, want.citations);
	if (extraCitation.length)
		fail(
			line,
			field,
			`${where} cites ${extraCitation.join(', ')}, which the English does not: citations come from English`
		);
	const extraLink = lacking(have.links, want.links);
	if (extraLink.length)
		fail(line, field, `${where} links to ${extraLink.join(', ')}, which the English does not: links come from English`);
}

/** A list of paragraphs (intro, methods, a step's body): as many as English, each of the same voice and case. */
function checkParagraphs(
	englishList: unknown,
	list: unknown,
	lines: number[],
	where: string,
	fail: Fail,
	listLine?: number
) {
	const english = (englishList ?? []) as { type: string; value: unknown }[];
	if (!Array.isArray(list) || list.length === 0)
		fail(listLine ?? lines[0], null, `${where} has no paragraphs; the English has ${english.length}`);
	const paragraphs = list as { type: string; value: unknown }[];
	english.forEach((paragraph, index) => {
		const given = paragraphs[index];
		const line = lines[index] ?? lines.at(-1) ?? listLine;
		if (!given)
			fail(
				line,
				paragraph.type,
				`${where} stops after ${paragraphs.length} paragraphs; the English has ${english.length} (next: ${paragraph.type}:)`
			);
		if (given.type !== paragraph.type)
			fail(
				line,
				given.type,
				`${where}, paragraph ${index + 1}, is "${given.type}:" here and "${paragraph.type}:" in English: keep the English voices in their order`
			);
		checkWords(
			paragraph.value,
			given.value,
			line,
			given.type,
			`${where}, paragraph ${index + 1} (${given.type}:),`,
			fail
		);
	});
	if (paragraphs.length > english.length)
		fail(
			lines[english.length],
			paragraphs[english.length].type,
			`${where} has ${paragraphs.length} paragraphs; the English has ${english.length}: remove the extra one`
		);
}

/** Each English step, once, with every field of words and nothing of structure. Returns each step's lines by id. */
function checkSteps(english: Reference, raw: Raw, lines: CopyLines, fail: Fail, check: Check): Map<string, StepLines> {
	const englishSteps = english.raw.steps as Raw[];
	if (!Array.isArray(raw.steps) || raw.steps.length === 0)
		fail(lines.keys.get('steps'), 'steps', `no [steps] list; the English has ${englishSteps.length} steps`);
	const steps = raw.steps as Raw[];
	const byId = new Map<string, StepLines>();
	steps.forEach((step, index) => {
		const at = lines.steps[index];
		const id = typeof step.id === 'string' ? step.id.trim() : '';
		if (!englishSteps.some((s) => s.id === id))
			fail(
				at?.line,
				'id',
				`step "${id}" is not a step of ${ENGLISH_FILE} (its steps: ${englishSteps.map((s) => s.id).join(', ')})`
			);
		if (byId.has(id)) fail(at?.line, 'id', `step "${id}" appears twice`);
		byId.set(id, at);
	});
	for (const englishStep of englishSteps) {
		const id = englishStep.id as string;
		const index = steps.findIndex((s) => s.id === id);
		if (index < 0)
			fail(
				null,
				'id',
				`step "${id}" of ${ENGLISH_FILE} is missing: translate it (its short line: "${String(englishStep.short).slice(0, 60)}")`
			);
		const step = steps[index];
		const at = lines.steps[index];
		const lineOf = (key: string) =>
			at.keys.get(key) ?? [...at.keys].find(([k]) => k.startsWith(`${key}.`))?.[1] ?? at.line;
		const words = Object.keys(englishStep).filter((key) => key !== 'id' && !STEP_STRUCTURE.includes(key));
		for (const key of Object.keys(step)) {
			if (STEP_STRUCTURE.includes(key))
				fail(lineOf(key), key, `step "${id}": "${key}" comes from ${ENGLISH_FILE}, not from a translation: remove it`);
			if (key !== 'id' && !words.includes(key))
				fail(lineOf(key), key, `step "${id}" has "${key}", which its English does not`);
		}
		for (const key of words) {
			if (key === 'body')
				checkParagraphs(englishStep.body, step.body, at.body, `step "${id}", body`, fail, lineOf('body'));
			else check(englishStep[key], step[key], lineOf(key), key, `step "${id}", ${key},`);
		}
	}
	return byId;
}
