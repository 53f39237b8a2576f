import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/charts/palette';
import { PROJECTOR, TEXT_ON_BACKGROUND, projectorStyle } from '../../src/lib/present/projector-theme';

describe('the projector theme', () => {
	it.each(TEXT_ON_BACKGROUND)('text %s on %s keeps 7:1 (%s)', (text, background) => {
		expect(contrast(text, background)).toBeGreaterThanOrEqual(7);
	});

	it('sets every colour it defines as a CSS custom property', () => {
		for (const colour of Object.values(PROJECTOR)) expect(projectorStyle).toContain(colour);
	});
});
