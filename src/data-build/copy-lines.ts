// Where things are in an ArchieML copy file, by line number, so that every error about the copy
// points at a line an editor can go to; and the lines ArchieML would silently throw away.
// ArchieML itself keeps no positions: this reads the same simple layout the copy uses (top-level
// keys, [+intro] and [+methods], a [steps] list whose steps start at `id:`, a [+.body] in each,
// and the labels in `{labels.<group>}` objects closed by `{}`).
import { DataError } from './data-error.js';

export interface StepLines {
	/** The line of the step's `id:` */
	line: number;
	/** The line of each of its keys (`graphic`, `alt`, …) */
	keys: Map<string, number>;
	/** The line of each paragraph of its body, in order */
	body: number[];
}

export interface CopyLines {
	keys: Map<string, number>;
	intro: number[];
	methods: number[];
	steps: StepLines[];
	/** The line of each label, by its path under `labels` (`deck.next`), and of each group's `{labels.deck}` */
	labels: Map<string, number>;
}

const KEY = /^\s*([A-Za-z0-9_.-]+)\s*:/;
const COMMAND = /^\s*:(end|skip|endskip|ignore)\b/i;
const BRACKET = /^\s*[[{]/;

/** The line numbers (1-based) of the copy's keys, steps and paragraphs. */
export function copyLines(text: string): CopyLines {
	const result: CopyLines = { keys: new Map(), intro: [], methods: [], steps: [], labels: new Map() };
	let section: 'top' | 'intro' | 'methods' | 'steps' | 'body' | 'object' = 'top';
	// Inside {labels.deck}: "deck"; inside another object: null.
	let labelGroup: string | null = null;
	let skipping = false;
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		if (skipping) {
			if (/^\s*:endskip/i.test(raw)) skipping = false;
			return;
		}
		if (/^\s*:skip/i.test(raw)) return void (skipping = true);
		const bracket = raw.trim().match(/^\[([^\]]*)\]$/)?.[1];
		if (bracket !== undefined) {
			if (bracket === '+intro') section = 'intro';
			else if (bracket === '+methods') section = 'methods';
			else if (bracket === 'steps') section = 'steps';
			else if (bracket === '+.body') section = 'body';
			else if (bracket === '') section = section === 'body' ? 'steps' : 'top';
			return;
		}
		const scope = raw.trim().match(/^\{([^}]*)\}$/)?.[1];
		if (scope !== undefined) {
			section = scope === '' ? 'top' : 'object';
			labelGroup = /^labels(\.|$)/.test(scope) ? scope.slice('labels.'.length) : null;
			if (labelGroup) result.labels.set(labelGroup, line);
			return;
		}
		const key = KEY.exec(raw)?.[1];
		if (!key) return;
		const step = result.steps.at(-1);
		if (section === 'object') {
			if (labelGroup !== null) result.labels.set(labelGroup ? `${labelGroup}.${key}` : key, line);
		} else if (section === 'intro') result.intro.push(line);
		else if (section === 'methods') result.methods.push(line);
		else if (section === 'body') step?.body.push(line);
		else if (section === 'steps' && key === 'id') result.steps.push({ line, keys: new Map([['id', line]]), body: [] });
		else if (section === 'steps') step?.keys.set(key, line);
		else result.keys.set(key, line);
	});
	return result;
}

/**
 * Refuses a line ArchieML would drop without a word: text that is not a key, a list or a
 * command, outside a multi-line value (ArchieML keeps only a value's first line unless the
 * value ends with a line `:end`). Lines starting with `#` are comments.
 */
export function checkDroppedLines(file: string, text: string): void {
	const lines = text.split(/\r?\n/);
	let skipping = false;
	let lastKeyLine = 0;
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i];
		const trimmed = raw.trim();
		if (skipping) {
			if (/^:endskip/i.test(trimmed)) skipping = false;
			continue;
		}
		if (/^:skip/i.test(trimmed)) {
			skipping = true;
			continue;
		}
		if (trimmed === '' || trimmed.startsWith('#') || BRACKET.test(raw) || COMMAND.test(raw)) continue;
		if (KEY.test(raw)) {
			lastKeyLine = i + 1;
			continue;
		}
		// A continuation is kept only when an :end closes it before the next key.
		const rest = lines.slice(i + 1);
		const end = rest.findIndex((next) => COMMAND.test(next) && /:end\b/i.test(next));
		const nextKey = rest.findIndex((next) => KEY.test(next) || BRACKET.test(next));
		if (lastKeyLine && end >= 0 && (nextKey < 0 || end < nextKey)) {
			i += end + 1;
			continue;
		}
		throw new DataError(
			file,
			i + 1,
			null,
			`this line belongs to no field and would be dropped: ArchieML keeps only the first line of a value. Join it to the line above${lastKeyLine ? ` (line ${lastKeyLine})` : ''}, or end a value of several lines with a line ":end"`,
			'line'
		);
	}
}
