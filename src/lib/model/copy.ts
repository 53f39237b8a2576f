// The shape of the story's copy after the data build (src/lib/generated/copy.en.json, and
// copy.<lang>.json for each edition).
import type { ChartState, GraphicName } from './chart-state.js';
import type { Labels } from './labels.js';

export type { Labels };

export type Voice = 'argument' | 'record' | 'context';

/** A run of inline text: plain, emphasised, a link, or a citation of a source id. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'link'; text: string; href: string }
	| { kind: 'cite'; sourceId: string };

export interface Paragraph {
	voice: Voice;
	inlines: Inline[];
}

export interface Step {
	id: string;
	graphic: GraphicName;
	stateName: string;
	state: ChartState;
	/** What the graphic shows in this state, for screen readers and the no-image case */
	alt: string;
	body: Paragraph[];
	/** One line for a presentation slide */
	short: string;
	/** Speaker notes; empty when the copy has none */
	notes: string;
}

/** What the browser needs of a step: the state it puts on the graphic (src/lib/generated/steps.en.json). */
export type StepState = Pick<Step, 'id' | 'graphic' | 'stateName' | 'state'>;

/** Who translated an edition and whether a native speaker has reviewed it (absent in English, the reference). */
export interface EditionInfo {
	translator: string;
	reviewed: boolean;
	/** Who reviewed it; null until reviewed */
	reviewer: string | null;
	/** Until reviewed: what the top of every page says, in the edition's language, and the words of its link to English */
	unreviewed: { notice: string; link: string } | null;
	/** The copy file the edition translates, whose structure it takes */
	reference: string;
}

export interface Copy {
	/** The page's language (`<html lang>`): en, ja, fa-AF, ps-AF */
	lang: string;
	/** The locale its numbers and dates are written in (Intl); absent in English, which is en-GB */
	locale?: string | string[];
	edition?: EditionInfo;
	headline: string;
	dek: string;
	byline: string;
	published: string;
	/** `title` is the op-ed's original (English) title; an edition adds `titleTranslation` in its language */
	opEd: { title: string; author: string; outlet: string; date: string; url: string; titleTranslation?: string };
	voiceLabels: Record<Voice, string>;
	intro: Paragraph[];
	steps: Step[];
	methods: Paragraph[];
	corrections: string;
	credits: string;
	/** Every other word the pages show (legends, buttons, the presentation, …), by group: see labels.ts */
	labels: Labels;
}
