// Parses the story's copy (ArchieML) into typed steps with their chart states, and refuses
// copy that names an unknown graphic, state or source, or repeats a step id.
import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import type { StoryData } from '../lib/types/data.js';
import type { Copy, Inline, Paragraph, Step, Voice } from '../lib/types/copy.js';
import { chartState, GRAPHICS, type GraphicName } from '../lib/story/chart-state.js';
import { DataError } from './data-error.js';

const VOICES: readonly Voice[] = ['argument', 'record', 'context'];
const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;
const STEP_KEYS = ['id', 'graphic', 'state', 'alt', 'short', 'notes', 'body'];
// [text](https://…) | *emphasis* | {src:source-id}
const INLINE = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*([^*]+)\*|\{src:([a-z0-9-]+)\}/g;

type Raw = Record<string, unknown>;

export function loadCopy(dataDir: string, file: string, data: StoryData): Copy {
	let raw: Raw;
	try {
		raw = archieml.load(readFileSync(`${dataDir}/${file}`, 'utf8')) as Raw;
	} catch (error) {
		throw new DataError(file, null, null, `cannot read the copy: ${(error as Error).message}`);
	}
	return parseCopy(file, raw, data);
}

export function parseCopy(file: string, raw: Raw, data: StoryData): Copy {
	const field = (key: string, where = 'top level') => {
		const value = raw[key];
		if (typeof value !== 'string' || value.trim() === '') throw new DataError(file, null, key, `missing or empty (${where})`);
		return value.trim();
	};
	const paragraphs = (list: unknown, where: string) => parseParagraphs(file, list, where, data);
	const rawSteps = raw.steps;
	if (!Array.isArray(rawSteps) || rawSteps.length === 0) throw new DataError(file, null, 'steps', 'the copy has no [steps] list');
	const steps = rawSteps.map((step, index) => parseStep(file, step as Raw, index, data));
	const seen = new Set<string>();
	for (const step of steps) {
		if (seen.has(step.id)) throw new DataError(file, null, `steps[${steps.indexOf(step) + 1}].id`, `duplicate step id "${step.id}"`);
		seen.add(step.id);
	}
	return {
		lang: field('lang'),
		headline: field('headline'),
		dek: field('dek'),
		byline: field('byline'),
		published: field('published'),
		opEd: { title: field('op_ed_title'), author: field('op_ed_author'), outlet: field('op_ed_outlet'), date: field('op_ed_date'), url: field('op_ed_url') },
		voiceLabels: { argument: field('voice_argument'), record: field('voice_record'), context: field('voice_context') },
		intro: paragraphs(raw.intro, 'intro'),
		steps,
		methods: paragraphs(raw.methods, 'methods'),
		corrections: field('corrections'),
		credits: field('credits')
	};
}

function parseStep(file: string, raw: Raw, index: number, data: StoryData): Step {
	const where = `steps[${index + 1}]`;
	const text = (key: string, required = true) => {
		const value = typeof raw[key] === 'string' ? (raw[key] as string).trim() : '';
		if (required && value === '') throw new DataError(file, null, `${where}.${key}`, `missing or empty in step ${raw.id ? `"${raw.id}"` : index + 1}`);
		return value;
	};
	const id = text('id');
	// A misspelt key ("note:") would otherwise drop its text without a word.
	const unknown = Object.keys(raw).find((key) => !STEP_KEYS.includes(key));
	if (unknown !== undefined) throw new DataError(file, null, `${where}.${unknown}`, `step "${id}" has unknown field "${unknown}" (known: ${STEP_KEYS.join(', ')})`);
	if (!STEP_ID.test(id)) throw new DataError(file, null, `${where}.id`, `"${id}" must be lower-case letters, digits and hyphens`);
	const graphic = text('graphic');
	if (!(GRAPHICS as readonly string[]).includes(graphic))
		throw new DataError(file, null, `${where}.graphic`, `step "${id}" names unknown graphic "${graphic}" (known: ${GRAPHICS.join(', ')})`);
	const stateName = text('state');
	let state;
	try {
		state = chartState(graphic, stateName, data);
	} catch (error) {
		throw new DataError(file, null, `${where}.state`, `step "${id}": ${(error as Error).message}`);
	}
	return {
		id, graphic: graphic as GraphicName, stateName, state, alt: text('alt'), short: text('short'), notes: text('notes', false),
		body: parseParagraphs(file, raw.body, `${where}.body`, data)
	};
}

function parseParagraphs(file: string, list: unknown, where: string, data: StoryData): Paragraph[] {
	if (!Array.isArray(list) || list.length === 0) throw new DataError(file, null, where, 'needs at least one paragraph (record:, argument: or context:)');
	return list.map((item, index) => {
		const { type, value } = item as { type: string; value: unknown };
		if (!(VOICES as readonly string[]).includes(type))
			throw new DataError(file, null, `${where}[${index + 1}]`, `"${type}:" is not a voice (use record:, argument: or context:)`);
		if (typeof value !== 'string' || value.trim() === '') throw new DataError(file, null, `${where}[${index + 1}]`, 'empty paragraph');
		return { voice: type as Voice, inlines: parseInlines(file, value.trim(), `${where}[${index + 1}]`, data) };
	});
}

export function parseInlines(file: string, text: string, where: string, data: StoryData): Inline[] {
	const inlines: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
		if (match[1]) inlines.push({ kind: 'link', text: match[1], href: match[2] });
		else if (match[3]) inlines.push({ kind: 'em', text: match[3] });
		else {
			if (!data.sources[match[4]]) throw new DataError(file, null, where, `cites unknown source "${match[4]}" (not in sources.csv)`);
			inlines.push({ kind: 'cite', sourceId: match[4] });
		}
		last = match.index + match[0].length;
	}
	if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
	// Trailing spaces before a citation are the writer's spacing, not content.
	return inlines.map((inline, i) => (inline.kind === 'text' && inlines[i + 1]?.kind === 'cite' ? { ...inline, text: inline.text.replace(/\s+$/, '') } : inline));
}
