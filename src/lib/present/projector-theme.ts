// The projector theme: the story's colours pushed darker on white. A projector in a lit room
// can halve a screen's contrast, so every colour used for text keeps at least 7:1 (WCAG AAA)
// against the slide; tests/unit/projector-theme.test.ts checks each pair. Chart fills keep the
// story's palette (checked in palette.test.ts), so a slide and the story show the same colours.
import { CLOSED_FILL } from '../charts/palette.js';

export const PROJECTOR = {
	paper: '#ffffff',
	/** Panels of the presenter view */
	paperDeep: '#f1eee6',
	ink: '#111114',
	inkSoft: '#3b3b44',
	accent: '#941f19',
	argument: '#5a2e8a',
	record: '#174a6e',
	focus: '#0842a0',
	rule: '#3b3b44'
} as const;

/** The theme as CSS custom properties, overriding the story's tokens inside the presentation. */
export const projectorStyle = [
	`--paper:${PROJECTOR.paper}`,
	`--paper-deep:${PROJECTOR.paperDeep}`,
	`--ink:${PROJECTOR.ink}`,
	`--ink-soft:${PROJECTOR.inkSoft}`,
	`--accent:${PROJECTOR.accent}`,
	`--argument:${PROJECTOR.argument}`,
	`--record:${PROJECTOR.record}`,
	`--focus:${PROJECTOR.focus}`,
	`--rule:${PROJECTOR.rule}`
].join(';');

/** Every text colour on every background it is drawn on, in slides and the presenter view. */
export const TEXT_ON_BACKGROUND: [text: string, background: string, where: string][] = [
	[PROJECTOR.ink, PROJECTOR.paper, 'slide text, chart labels'],
	[PROJECTOR.inkSoft, PROJECTOR.paper, 'sources, ticks, slide numbers'],
	[PROJECTOR.accent, PROJECTOR.paper, 'title kicker'],
	[PROJECTOR.argument, PROJECTOR.paper, "the op-ed's voice label"],
	[PROJECTOR.record, PROJECTOR.paper, "the record's voice label, links"],
	[PROJECTOR.ink, PROJECTOR.paperDeep, 'presenter panels'],
	[PROJECTOR.inkSoft, PROJECTOR.paperDeep, 'presenter panels, secondary'],
	[PROJECTOR.record, PROJECTOR.paperDeep, 'presenter links'],
	['#ffffff', CLOSED_FILL, 'the ladder: "closed"'],
	[PROJECTOR.paper, PROJECTOR.ink, 'buttons: light on dark']
];
