// The deck: a title slide, then one slide per step of the copy in the copy's order, then a
// closing slide. Slide n (1 … steps) is the story's step n, so a slide and a story step can be
// compared by number, and the URL's slide number means the same thing in both.
import type { Copy, Step, Voice } from '../types/copy.js';

export type Slide =
	| { kind: 'title' }
	/** `number` is the step's place in the story, 1-based: also the slide's index */
	| { kind: 'step'; step: Step; number: number }
	| { kind: 'closing' };

export function buildSlides(copy: Copy): Slide[] {
	return [{ kind: 'title' }, ...copy.steps.map((step, i): Slide => ({ kind: 'step', step, number: i + 1 })), { kind: 'closing' }];
}

/**
 * The voice a step's slide speaks in: that of its first paragraph. The slide shows only one
 * line, so it carries one label, and the two voices stay apart on screen as in the story.
 */
export function slideVoice(step: Step): Voice {
	return step.body[0]?.voice ?? 'context';
}

/** A short name for a slide: for screen readers, the presenter view and the key help. */
export function slideName(slide: Slide, copy: Copy): string {
	if (slide.kind === 'title') return copy.headline;
	if (slide.kind === 'closing') return 'Read the story';
	return slide.step.short;
}

/** Speaker notes for a slide, or an empty string. */
export function slideNotes(slide: Slide): string {
	return slide.kind === 'step' ? slide.step.notes.trim() : '';
}

/** Other names a URL may use for a slide, besides its number: step ids never move when steps are reordered. */
export function slideAliases(slides: Slide[]): string[] {
	return slides.map((slide) => (slide.kind === 'step' ? slide.step.id : slide.kind));
}
