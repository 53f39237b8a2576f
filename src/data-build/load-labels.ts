// The labels of a copy file: the `{labels.<group>}` objects that hold every word the pages show
// besides the story's copy (legends, buttons, the presentation, …). English is held to the list
// the code reads (src/lib/model/labels.ts), an edition to English, key for key; every error
// names the file, the line and the label's key (`labels.deck.next`).
import { LABEL_KEYS, type LabelGroup, type Labels } from '../lib/model/labels.js';
import type { CopyLines } from './copy-lines.js';
import type { Raw } from './load-copy.js';

type Fail = (line: number | null | undefined, field: string | null, reason: string) => never;

const PLACEHOLDER = /\{[a-z_]+\}/g;

/** Items of `wanted` that `given` lacks, counting repeats (a citation given twice in English is needed twice). */
export function lacking(wanted: string[], given: string[]): string[] {
	const left = [...given];
	return wanted.filter((item) => {
		const at = left.indexOf(item);
		if (at < 0) return true;
		left.splice(at, 1);
		return false;
	});
}

/** Labels by their path under `labels` (`deck.next`): nested objects flattened, anything else kept as it is. */
function flatten(value: unknown, prefix = ''): [string, unknown][] {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? Object.entries(value as Raw).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
		: [[prefix, value]];
}

const flatLabels = (raw: unknown) => new Map(raw === undefined ? [] : flatten(raw));

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
/** The words for screen readers only: a label's final `[…]`, or null. */
const hiddenPart = (text: string) => /\[([^\]]*)\]$/.exec(text)?.[1] ?? null;

/** One label's text: not empty, plain, its braces all placeholders, its brackets only around a final part for screen readers. */
function checkLabelText(text: unknown, key: string, line: number | undefined, fail: Fail, english?: string): string {
	const field = `labels.${key}`;
	if (typeof text !== 'string' || text.trim() === '')
		fail(
			line,
			field,
			`the label "${key}" is missing or empty (${english === undefined ? 'the pages show it: src/lib/model/labels.ts lists every label' : `English: "${english}"`})`
		);
	const value = (text as string).trim();
	if (/<\/?[a-z!][^>]*>/i.test(value))
		fail(line, field, `the label "${key}" has raw HTML: a label is plain text, the page sets it`);
	const stray = /\{[^}]*\}|[{}]/.exec(value.replace(PLACEHOLDER, ''));
	if (stray)
		fail(
			line,
			field,
			`the label "${key}" has "${stray[0]}", which is not a placeholder: a placeholder is lower-case letters and underscores in braces ({count})`
		);
	if (/[[\]]/.test(value.replace(/\[[^\][]*\]$/, '')))
		fail(
			line,
			field,
			`the label "${key}" has a "[" or "]" that does not close it: brackets go only around a label's last words, which screen readers read and the page does not show`
		);
	return value;
}

/** English's labels: exactly the keys the code reads (labels.ts), each a plain line of text. */
export function parseLabels(raw: unknown, lines: CopyLines, fail: Fail): Labels {
	const given = flatLabels(raw);
	const known = new Set(
		(Object.entries(LABEL_KEYS) as [LabelGroup, readonly string[]][]).flatMap(([group, keys]) =>
			keys.map((key) => `${group}.${key}`)
		)
	);
	for (const key of given.keys())
		if (!known.has(key))
			fail(
				lines.labels.get(key),
				`labels.${key}`,
				`"${key}" is not a label the pages use (src/lib/model/labels.ts lists them): remove it, or add it there`
			);
	const labels = {} as Record<string, Record<string, string>>;
	for (const key of known) {
		const [group, name] = key.split('.');
		(labels[group] ??= {})[name] = checkLabelText(
			given.get(key),
			key,
			lines.labels.get(key) ?? lines.labels.get(group),
			fail
		);
	}
	return labels as Labels;
}

/** An edition's labels against English's, key for key: none missing, extra or empty, each with the English placeholders and no others, and a part for screen readers where English has one. */
export function checkLabels(englishRaw: unknown, raw: unknown, lines: CopyLines, fail: Fail) {
	const english = flatLabels(englishRaw);
	const given = flatLabels(raw);
	for (const key of given.keys())
		if (!english.has(key))
			fail(lines.labels.get(key), `labels.${key}`, `"${key}" is not a label of copy.en.aml: remove it`);
	for (const [key, englishValue] of english) {
		// A missing label is pointed at its group, where it goes.
		const line = lines.labels.get(key) ?? lines.labels.get(key.split('.')[0]);
		const field = `labels.${key}`;
		const englishText = String(englishValue);
		const text = checkLabelText(given.get(key), key, line, fail, englishText);
		const missing = lacking(placeholders(englishText), placeholders(text));
		if (missing.length) fail(line, field, `the label "${key}" lacks ${missing.join(', ')}, which the page fills in`);
		const extra = lacking(placeholders(text), placeholders(englishText));
		if (extra.length)
			fail(
				line,
				field,
				`the label "${key}" has ${extra.join(', ')}, which the page does not fill in (English has ${placeholders(englishText).join(', ') || 'none'})`
			);
		const englishHidden = hiddenPart(englishText);
		if ((englishHidden === null) !== (hiddenPart(text) === null))
			fail(
				line,
				field,
				englishHidden === null
					? `the label "${key}" ends with words in brackets, for screen readers only, and the English does not: remove the brackets`
					: `the label "${key}" lacks its last words in brackets, for screen readers only, as in English: "[${englishHidden}]"`
			);
	}
}
