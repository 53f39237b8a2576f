import { describe, expect, it } from 'vitest';
import copyJson from '../../src/lib/generated/copy.en.json';
import type { Copy } from '../../src/lib/model/copy';
import { deckCopy, stepVoice } from '../../src/lib/present/deck-content';
import { displayAddress } from '../../src/lib/site';
import { buildSlides, slideAliases, slideName, slideNotes, slidePosition } from '../../src/lib/present/slides';
import type { Labels } from '../../src/lib/model/labels';

const copy = copyJson as unknown as Copy;
const { labels } = copy;
const deck = deckCopy(copy, []);
const slides = buildSlides(deck);

describe('the deck built from the copy', () => {
	it('opens with a title slide and ends with the closing slide', () => {
		expect(slides[0].kind).toBe('title');
		expect(slides.at(-1)!.kind).toBe('closing');
		expect(slides).toHaveLength(copy.steps.length + 2);
	});

	it("puts step n of the story on slide n, in the copy's order, in the same chart state", () => {
		copy.steps.forEach((step, i) => {
			const slide = slides[i + 1];
			expect(slide.kind === 'step' && slide.step.id).toBe(step.id);
			expect(slide.kind === 'step' && slide.step.state).toEqual(step.state);
			expect(slide.kind === 'step' && slide.number).toBe(i + 1);
		});
	});

	it('gives every step slide its one line from the copy', () => {
		for (const slide of slides)
			if (slide.kind === 'step') expect(slideName(slide, deck, labels)).toBe(slide.step.short);
		expect(slideName(slides[0], deck, labels)).toBe(copy.headline);
	});

	it('labels a step with the voice of its first paragraph: the argument and the record never blur', () => {
		const step = copy.steps[0];
		expect(deck.steps[0].voice).toBe(step.body[0].voice);
		expect(stepVoice({ ...step, body: [] })).toBe('context');
	});

	it('takes speaker notes from the copy, empty where it has none', () => {
		const withNotes = slides.find((s) => s.kind === 'step' && s.step.notes)!;
		expect(slideNotes(withNotes)).not.toBe('');
		expect(slideNotes(slides[0])).toBe('');
	});

	it('sends the browser only what slides show: no paragraphs, methods or intro', () => {
		const json = JSON.stringify(deck);
		expect(json).not.toContain('"body"');
		expect(json).not.toContain('"methods"');
		expect(json.length).toBeLessThan(JSON.stringify(copy).length / 2);
	});

	it('names each slide uniquely for links', () => {
		const aliases = slideAliases(slides);
		expect(new Set(aliases).size).toBe(aliases.length);
		expect(aliases.some((alias) => /^\d+$/.test(alias))).toBe(false);
	});

	it('shows the address as people type it', () => {
		expect(displayAddress('https://news.example.org/graphics/schools-for-whom/')).toBe(
			'news.example.org/graphics/schools-for-whom'
		);
	});
});

describe("a slide's position in the edition's digits", () => {
	it('numbers slides as the language writes numbers', () => {
		const words = { deck: { title_slide: 'Title', slide_position: '{index}/{count}' } } as unknown as Labels;
		expect(slidePosition(5, 19, words, 'en-GB')).toBe('5/19');
		expect(slidePosition(5, 19, words, 'fa-AF')).toBe('۵/۱۹');
		expect(slidePosition(0, 19, words, 'fa-AF')).toBe('Title');
	});
});
