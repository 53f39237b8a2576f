// Parses the story's copy (ArchieML) into typed steps with their chart states, and refuses
// copy that names an unknown graphic, state or source, repeats a step id, or would show
// something other than what the writer meant: a dropped line, a link without http(s), raw
// HTML, an unclosed *. Every error names the line of the file. Its labels are load-labels.ts's.
import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import type { StoryData } from '../lib/model/data.js';
import type { Copy, Inline, Paragraph, Step, Voice } from '../lib/model/copy.js';
import { chartState, GRAPHICS, type GraphicName } from '../lib/model/chart-state.js';
import { DataError } from './data-error.js';
import { checkDroppedLines, copyLines, type CopyLines, type StepLines } from './copy-lines.js';
import { parseLabels } from './load-labels.js';
import {
	currentVariant,
	ENGLISH_FORMAT,
	figuresOnGraphic,
	REFERENCE,
	resolveReference,
	typedFigures,
	VARIANTS,
	type EditionFormat
} from './copy-references.js';

const VOICES: readonly Voice[] = ['argument', 'record', 'context'];
const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;
const STEP_KEYS = ['id', 'graphic', 'state', 'alt', 'short', 'notes', 'body'];
// [text](https://…) | *emphasis* | {src:source-id}
const INLINE = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*([^*]+)\*|\{src:([a-z0-9-]+)\}/g;

export type Raw = Record<string, unknown>;

/** A copy file as ArchieML reads it, with the line of each key; refuses lines ArchieML would drop. */
export function readCopyFile(dataDir: string, file: string): { raw: Raw; lines: CopyLines } {
	let text: string;
	try {
		text = readFileSync(`${dataDir}/${file}`, 'utf8');
	} catch (error) {
		throw new DataError(file, null, null, `cannot read the copy: ${(error as Error).message}`);
	}
	checkDroppedLines(file, text);
	return { raw: archieml.load(text) as Raw, lines: copyLines(text) };
}

/** `warn` hears what is allowed but should be fixed: a figure the graphic shows, typed by hand. */
export function loadCopy(
	dataDir: string,
	file: string,
	data: StoryData,
	warn: (message: string) => void = () => {}
): Copy {
	const { raw, lines } = readCopyFile(dataDir, file);
	return parseCopy(file, raw, data, lines, warn);
}

/** Throws a DataError at a line of the copy (null when it cannot be placed). */
type Fail = (line: number | null | undefined, field: string | null, reason: string) => never;

/** What parsing needs besides the text: the data, how to fail and warn, the edition's formats, and the figures the current step's graphic shows. */
interface Context {
	data: StoryData;
	format: EditionFormat;
	fail: Fail;
	warn: (line: number | undefined, reason: string) => void;
	figures: number[];
}

export function parseCopy(
	file: string,
	raw: Raw,
	data: StoryData,
	lines: CopyLines,
	warn: (message: string) => void = () => {},
	format: EditionFormat = ENGLISH_FORMAT
): Copy {
	const fail: Fail = (line, field, reason) => {
		throw new DataError(file, line ?? null, field, reason, 'line');
	};
	const context: Context = {
		data,
		format,
		fail,
		warn: (line, reason) => warn(`${file}${line ? `, line ${line}` : ''}: ${reason}`),
		figures: []
	};
	const field = (key: string) => {
		const value = raw[key];
		if (typeof value !== 'string' || value.trim() === '')
			fail(lines.keys.get(key), key, 'missing or empty (a top-level key of the copy)');
		checkPlainText(value as string, lines.keys.get(key), key, fail);
		return withReferences((value as string).trim(), lines.keys.get(key), key, context);
	};
	const rawSteps = raw.steps;
	if (!Array.isArray(rawSteps) || rawSteps.length === 0) fail(null, 'steps', 'the copy has no [steps] list');
	const steps = (rawSteps as Raw[]).map((step, index) => parseStep(step, index, context, lines.steps[index]));
	const seen = new Set<string>();
	steps.forEach((step, index) => {
		if (seen.has(step.id)) fail(lines.steps[index]?.line, 'id', `duplicate step id "${step.id}"`);
		seen.add(step.id);
	});
	return {
		lang: field('lang'),
		headline: field('headline'),
		dek: field('dek'),
		byline: field('byline'),
		published: field('published'),
		opEd: {
			title: field('op_ed_title'),
			author: field('op_ed_author'),
			outlet: field('op_ed_outlet'),
			date: field('op_ed_date'),
			url: field('op_ed_url')
		},
		voiceLabels: { argument: field('voice_argument'), record: field('voice_record'), context: field('voice_context') },
		intro: parseParagraphs(raw.intro, 'intro', context, lines.intro),
		steps,
		methods: parseParagraphs(raw.methods, 'methods', context, lines.methods),
		corrections: field('corrections'),
		credits: field('credits'),
		labels: parseLabels(raw.labels, lines, fail)
	};
}

function parseStep(raw: Raw, index: number, context: Context, lines: StepLines | undefined): Step {
	const { data, fail } = context;
	const variant = currentVariant(data);
	const at = (key: string) => lines?.keys.get(key) ?? lines?.keys.get(`${key}.${variant}`) ?? lines?.line;
	const text = (key: string, required = true) => {
		let value = raw[key];
		// Written once for each case of what is known: keep the one that is true.
		if (value && typeof value === 'object') {
			const cases = value as Record<string, unknown>;
			const unknownCase = Object.keys(cases).find((name) => !(Object.values(VARIANTS) as string[]).includes(name));
			if (unknownCase)
				fail(
					at(key),
					`${key}.${unknownCase}`,
					`"${unknownCase}" is not a case (use ${key}.${VARIANTS.published}: and ${key}.${VARIANTS.unpublished}:)`
				);
			if (!(variant in cases))
				fail(
					at(key),
					key,
					`step ${raw.id ? `"${raw.id}"` : index + 1} gives ${key} for one case only: write ${key}.${variant}: too`
				);
			value = cases[variant];
		}
		const trimmed = typeof value === 'string' ? value.trim() : '';
		if (required && trimmed === '')
			fail(at(key), key, `missing or empty in step ${raw.id ? `"${raw.id}"` : index + 1}`);
		return trimmed;
	};
	const id = text('id');
	// A misspelt key ("note:") would otherwise drop its text without a word.
	const unknown = Object.keys(raw).find((key) => !STEP_KEYS.includes(key));
	if (unknown !== undefined)
		fail(at(unknown), unknown, `step "${id}" has unknown field "${unknown}" (known: ${STEP_KEYS.join(', ')})`);
	if (!STEP_ID.test(id)) fail(at('id'), 'id', `"${id}" must be lower-case letters, digits and hyphens`);
	const graphic = text('graphic');
	if (!(GRAPHICS as readonly string[]).includes(graphic))
		fail(at('graphic'), 'graphic', `step "${id}" names unknown graphic "${graphic}" (known: ${GRAPHICS.join(', ')})`);
	const stateName = text('state');
	let state;
	try {
		state = chartState(graphic, stateName, data);
	} catch (error) {
		fail(at('state'), 'state', `step "${id}": ${(error as Error).message}`);
	}
	const stepContext = { ...context, figures: figuresOnGraphic(state!, data) };
	const plain = (key: string, required = true) => {
		const value = text(key, required);
		checkPlainText(value, at(key), key, fail);
		return withReferences(value, at(key), key, stepContext);
	};
	return {
		id,
		graphic: graphic as GraphicName,
		stateName,
		state: state!,
		alt: plain('alt'),
		short: plain('short'),
		notes: plain('notes', false),
		body: parseParagraphs(raw.body, `step "${id}"`, stepContext, lines?.body ?? [], at('body') ?? lines?.line)
	};
}

function parseParagraphs(
	list: unknown,
	where: string,
	context: Context,
	lines: number[],
	listLine?: number
): Paragraph[] {
	const { fail } = context;
	const variant = currentVariant(context.data);
	if (!Array.isArray(list) || list.length === 0)
		fail(lines[0] ?? listLine, null, `${where} needs at least one paragraph (record:, argument: or context:)`);
	const paragraphs = (list as { type: string; value: unknown }[]).flatMap(({ type, value }, index) => {
		const line = lines[index];
		// "record.165-published:" is a paragraph for one case of what is known.
		const [voice, paragraphCase] = type.split('.');
		if (!(VOICES as readonly string[]).includes(voice))
			fail(line, type, `"${type}:" is not a voice (use record:, argument: or context:)`);
		if (paragraphCase !== undefined && !(Object.values(VARIANTS) as string[]).includes(paragraphCase))
			fail(
				line,
				type,
				`"${paragraphCase}" is not a case (use ${voice}.${VARIANTS.published}: or ${voice}.${VARIANTS.unpublished}:)`
			);
		if (typeof value !== 'string' || value.trim() === '') fail(line, type, 'empty paragraph');
		if (paragraphCase !== undefined && paragraphCase !== variant) return [];
		return [{ voice: voice as Voice, inlines: parseInlines(value as string, context, line, type) }];
	});
	if (paragraphs.length === 0)
		fail(lines[0] ?? listLine, null, `${where} has no paragraph for what is known now (${variant})`);
	return paragraphs;
}

/**
 * The text with each reference replaced by the figure it stands for; a figure the graphic shows
 * typed by hand instead is reported to `warn`, with the reference to write.
 */
function withReferences(text: string, line: number | undefined, field: string, context: Context): string {
	const nested = /\{src:[^}]*\{/.exec(text);
	if (nested)
		context.fail(line, field, `a reference inside a citation ("${nested[0]}…"): a source id is written out in full`);
	const typed = typedFigures(text.replace(REFERENCE, '').replace(/\{src:[^}]*\}|\]\([^)]*\)/g, ''), context.figures);
	for (const figure of typed)
		context.warn(
			line,
			`"${figure}" is shown on this step's graphic: write it as a reference ({value:…}, {count:…}, {barred:…}, {parity:…}) so that it follows the data`
		);
	return text.replace(REFERENCE, (_, kind: string, argument: string) => {
		const resolved = resolveReference(kind, argument, context.data, context.format);
		if ('error' in resolved) context.fail(line, field, resolved.error);
		return (resolved as { text: string }).text;
	});
}

/** Text shown as it is written (alt, short lines, notes): no markup of any kind may hide in it. */
function checkPlainText(text: string, line: number | undefined, field: string, fail: Fail) {
	if (/<\/?[a-z!][^>]*>/i.test(text))
		fail(
			line,
			field,
			'raw HTML is not allowed in the copy: write plain text ([text](https://…) for a link, *text* for emphasis in paragraphs)'
		);
}

/** A paragraph's text as runs; refuses links other than http(s), raw HTML and an unclosed `*`. */
export function parseInlines(text: string, context: Context, line: number | undefined, field: string): Inline[] {
	const { data, fail } = context;
	checkPlainText(text, line, field, fail);
	text = withReferences(text.trim(), line, field, context);
	const inlines: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
		if (match[1]) inlines.push({ kind: 'link', text: match[1], href: match[2] });
		else if (match[3]) inlines.push({ kind: 'em', text: match[3] });
		else {
			if (!data.sources[match[4]]) fail(line, field, `cites unknown source "${match[4]}" (not in sources.csv)`);
			inlines.push({ kind: 'cite', sourceId: match[4] });
		}
		last = match.index + match[0].length;
	}
	if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
	for (const inline of inlines) {
		if (inline.kind !== 'text') continue;
		const link = /\[[^\]]+\]\(([^)]*)\)/.exec(inline.text);
		if (link) fail(line, field, `the link "${link[0]}" must start with https:// or http:// (write the full address)`);
		if (inline.text.includes('*')) fail(line, field, 'an unclosed "*": emphasis is written *like this*, on one line');
		const cite = /\{src:[^}]*\}/.exec(inline.text);
		if (cite)
			fail(line, field, `"${cite[0]}" is not a citation: a source id is lower-case letters, digits and hyphens`);
	}
	// Trailing spaces before a citation are the writer's spacing, not content.
	return inlines.map((inline, i) =>
		inline.kind === 'text' && inlines[i + 1]?.kind === 'cite'
			? { ...inline, text: inline.text.replace(/\s+$/, '') }
			: inline
	);
}
