// Everything a slide draws from. The copy reaches the browser trimmed to what slides show, as
// page data made at build time: importing the whole copy in the browser would put it (notes
// and all) into the code the story's readers download too.
import type { ChartState, GraphicName } from '../model/chart-state.js';
import type { Copy, Step, Voice } from '../model/copy.js';
import type { Correction, StoryData } from '../model/data.js';
import type { MapMeta } from '../model/map.js';

/** A step as a slide needs it. */
export interface DeckStep {
	id: string;
	graphic: GraphicName;
	stateName: string;
	state: ChartState;
	/** One line for the slide */
	short: string;
	/** Speaker notes; empty when the copy has none */
	notes: string;
	/** What the graphic shows, for screen readers and to be said aloud */
	alt: string;
	/** The voice the slide's line speaks in */
	voice: Voice;
}

export interface DeckCopy {
	headline: string;
	dek: string;
	byline: string;
	opEd: Copy['opEd'];
	voiceLabels: Copy['voiceLabels'];
	/** Who translated the deck's edition and whether it is reviewed (absent in English) */
	edition?: Copy['edition'];
	steps: DeckStep[];
	/** The story's corrections, newest first: the closing slide's notes, for questions from the floor */
	corrections: Correction[];
}

export interface DeckContent {
	copy: DeckCopy;
	data: StoryData;
	meta: MapMeta;
	/** The QR code as an SVG element, made by the server at build time */
	qrSvg: string;
	/** The story's public address, which the QR code encodes */
	storyUrl: string;
}

/**
 * The voice a step's slide speaks in: that of its first paragraph. The slide shows only one
 * line, so it carries one label, and the two voices stay apart on screen as in the story.
 */
export function stepVoice(step: Step): Voice {
	return step.body[0]?.voice ?? 'context';
}

export function deckCopy(copy: Copy, corrections: Correction[]): DeckCopy {
	const { headline, dek, byline, opEd, voiceLabels, edition } = copy;
	const steps = copy.steps.map(({ id, graphic, stateName, state, short, notes, alt, ...step }) => ({
		id,
		graphic,
		stateName,
		state,
		short,
		notes: notes.trim(),
		alt,
		voice: stepVoice({ ...step, id, graphic, stateName, state, short, notes, alt })
	}));
	return { headline, dek, byline, opEd, voiceLabels, edition, steps, corrections };
}
