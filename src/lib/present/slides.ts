// The deck: a title slide, then one slide per step of the copy in the copy's order, then a
// closing slide. Slide n (1 … steps) is the story's step n, so a slide and a story step can be
// compared by number, and the URL's slide number means the same thing in both.
import type { DeckCopy, DeckStep } from './deck-content.js';
import { fill } from '../model/edition.js';
import { formatInteger, type Locale } from '../charts/format.js';
import type { Labels } from '../model/labels.js';

export type Slide =
	| { kind: 'title' }
	/** `number` is the step's place in the story, 1-based: also the slide's index */
	| { kind: 'step'; step: DeckStep; number: number }
	/** `corrections`: the story's, newest first, in the closing slide's notes */
	| { kind: 'closing'; corrections: DeckCopy['corrections'] };

export function buildSlides(copy: DeckCopy): Slide[] {
	return [
		{ kind: 'title' },
		...copy.steps.map((step, i): Slide => ({ kind: 'step', step, number: i + 1 })),
		{ kind: 'closing', corrections: copy.corrections }
	];
}

/** A short name for a slide: for screen readers, the presenter view and the key help. */
export function slideName(slide: Slide, copy: DeckCopy, labels: Labels): string {
	if (slide.kind === 'title') return copy.headline;
	if (slide.kind === 'closing') return labels.deck.closing_name;
	return slide.step.short;
}

/**
 * Where a slide stands, as the counter says it and screen readers announce it: the title slide
 * by name, every other slide by its number, which is the URL's (#5) and the story's step number.
 */
export function slidePosition(index: number, last: number, labels: Labels, locale: Locale): string {
	return index === 0
		? labels.deck.title_slide
		: fill(labels.deck.slide_position, { index: formatInteger(index, locale), count: formatInteger(last, locale) });
}

/** Speaker notes for a slide, or an empty string. */
export function slideNotes(slide: Slide): string {
	return slide.kind === 'step' ? slide.step.notes : '';
}

/** Other names a URL may use for a slide, besides its number: step ids never move when steps are reordered. */
export function slideAliases(slides: Slide[]): string[] {
	return slides.map((slide) => (slide.kind === 'step' ? slide.step.id : slide.kind));
}
