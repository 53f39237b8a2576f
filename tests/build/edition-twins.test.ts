// Every English step, embed and slide has its twin in each edition, showing the same graphic in
// the same state: an edition changes words, never what the story shows.
import { describe, expect, it } from 'vitest';
import { editionCopy } from '$lib/model/copies.server';
import { editions } from '$lib/model/editions';
import { embedsFor } from '$lib/embed/embeds';
import { deckCopy } from '$lib/present/deck-content';
import { buildSlides } from '$lib/present/slides';

const english = editionCopy('en').copy;
const slidesOf = (code: string) =>
	buildSlides(deckCopy(editionCopy(code).copy, [])).map((slide) =>
		slide.kind === 'step' ? { kind: slide.kind, id: slide.step.id, state: slide.step.state } : { kind: slide.kind }
	);

describe.each(editions.filter((edition) => edition.code !== 'en').map((edition) => [edition.code]))(
	'the %s edition',
	(code) => {
		const { copy } = editionCopy(code);

		it('has every English step, in order, with the same graphic and state', () => {
			const shown = (steps: typeof english.steps) =>
				steps.map(({ id, graphic, stateName, state }) => ({ id, graphic, stateName, state }));
			expect(shown(copy.steps)).toEqual(shown(english.steps));
		});

		it('has every English embed, with the same chart in the same state, at its own address', () => {
			const ours = embedsFor(code);
			expect(ours.map((embed) => [embed.id, embed.state])).toEqual(
				embedsFor('en').map((embed) => [embed.id, embed.state])
			);
			for (const embed of ours) expect(embed.edition.code).toBe(code);
		});

		it('has every English slide, in order, showing the same state', () => {
			expect(slidesOf(code)).toEqual(slidesOf('en'));
		});
	}
);
