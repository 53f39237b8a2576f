import { describe, expect, it } from 'vitest';
import { clampSlide, hashForSlide, slideFromHash } from '../../src/lib/present/slide-url';

const ALIASES = ['title', 'takeover', 'ban-secondary', 'primary-165', 'closing'];

describe('the slide in the URL', () => {
	it('reads a slide number from the hash', () => {
		expect(slideFromHash('#0', ALIASES)).toBe(0);
		expect(slideFromHash('#3', ALIASES)).toBe(3);
	});

	it('writes the hash a reload or a shared link reads back', () => {
		for (let slide = 0; slide < ALIASES.length; slide++)
			expect(slideFromHash(hashForSlide(slide), ALIASES)).toBe(slide);
	});

	it('clamps a number past the end to the last slide', () => {
		expect(slideFromHash('#99', ALIASES)).toBe(4);
	});

	it('accepts a step id, so a link survives writers reordering the steps', () => {
		expect(slideFromHash('#primary-165', ALIASES)).toBe(3);
		expect(slideFromHash('#closing', ALIASES)).toBe(4);
	});

	it('names no slide for an empty, negative, fractional or unknown hash', () => {
		for (const hash of ['', '#', '#-1', '#2.5', '#nowhere', '#step 2'])
			expect(slideFromHash(hash, ALIASES), hash).toBeNull();
	});

	it('keeps moves inside the deck', () => {
		expect(clampSlide(-1, 5)).toBe(0);
		expect(clampSlide(5, 5)).toBe(4);
		expect(clampSlide(2, 5)).toBe(2);
	});
});
