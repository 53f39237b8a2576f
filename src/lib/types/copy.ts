// The shape of the story's copy after the data build (src/lib/generated/copy.en.json).
import type { ChartState, GraphicName } from '../story/chart-state.js';

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

export interface Copy {
	lang: string;
	headline: string;
	dek: string;
	byline: string;
	published: string;
	opEd: { title: string; author: string; outlet: string; date: string; url: string };
	voiceLabels: Record<Voice, string>;
	intro: Paragraph[];
	steps: Step[];
	methods: Paragraph[];
	corrections: string;
	credits: string;
}
