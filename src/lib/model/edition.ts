// An edition's words, as components read them: the edition (its code, language, locale for
// numbers and dates, direction), its labels, its province names and its words for the data. A page sets them once at its root
// (setEdition); a root rendered or hydrated on its own (an island, an image, a static fragment)
// is given them with editionContext; any component below reads them with getEdition. Plain
// functions take them as a parameter. They are data, never imported by browser code: a page
// carries its own edition's words only (docs/translating.md).
// Usage: const { labels, locale } = getEdition(); fill(labels.deck.slide_position, { index, count })
import { getContext, setContext } from 'svelte';
import type { Edition } from './editions.js';
import type { DataTerms } from './data-terms.js';
import type { LabelGroup, Labels } from './labels.js';

export interface EditionWords extends Edition {
	labels: Labels;
	/** Province names by ISO code (AF-KAB), in the edition's language */
	provinceNames: Record<string, string>;
	/** The data's words (regions, indicator names, …) in the edition's language; none in English, whose words are the data's (dataTerm) */
	dataTerms?: DataTerms;
}

// A key of our own rather than Svelte's createContext, whose key is hidden: render() and
// hydrate() take a root's context as a Map, which needs the key.
const EDITION = Symbol('edition');

export function setEdition(words: EditionWords): EditionWords {
	return setContext(EDITION, words);
}

export function getEdition(): EditionWords {
	const words = getContext<EditionWords | undefined>(EDITION);
	if (!words) throw new Error('getEdition: no edition (see edition.ts)');
	return words;
}

/** The context of a root rendered or hydrated on its own: `hydrate(C, { target, props, context: editionContext(words) })`. */
export const editionContext = (words: EditionWords) => new Map<symbol, EditionWords>([[EDITION, words]]);

/** A province's name in the edition (its code if the edition has none). */
export const provinceName = (words: EditionWords, iso: string) => words.provinceNames[iso] ?? iso;

/** The edition's words with only some groups of labels: what a page's browser code needs of them. */
export function withLabelGroups(words: EditionWords, groups: readonly LabelGroup[]): EditionWords {
	const labels = Object.fromEntries(groups.map((group) => [group, words.labels[group]])) as Labels;
	return { ...words, labels };
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** A label with its placeholders filled: fill('Slide {index} of {count}', { index: '5', count: '19' }). */
export function fill(label: string, values: Record<string, string>): string {
	return label.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type LabelPart = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/**
 * A label cut at the placeholders a page sets apart (a link, bold), the others filled from
 * `values`: labelParts('Slide {index} of {count}', { count: '19' }) → 'Slide ', { slot: 'index' }, ' of 19'.
 */
export function labelParts(label: string, values: Record<string, string> = {}): LabelPart[] {
	return fill(label, values)
		.split(/(\{[a-z_]+\})/)
		.filter(Boolean)
		.map((part) => (/^\{[a-z_]+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));
}

/** A label's shown words and its words for screen readers only, its final `[…]`: 'Embed[ this chart: {title}]' → 'Embed', ' this chart: {title}'. */
export function screenReaderParts(label: string): { shown: string; hidden: string } {
	const match = /^([^[]*)\[([^\]]*)\]$/.exec(label);
	return match ? { shown: match[1], hidden: match[2] } : { shown: label, hidden: '' };
}

/** A chart label's lines: " | " is a line break. */
export const chartLines = (label: string) => label.split('|').map((line) => line.trim());
