import { describe, expect, it } from 'vitest';
import { deckChannelName, isDeckMessage } from '../../src/lib/present/sync';

describe('messages between the audience window and the presenter view', () => {
	it('accepts the two kinds of message the windows send', () => {
		expect(isDeckMessage({ kind: 'hello' })).toBe(true);
		expect(isDeckMessage({ kind: 'show', slide: 4, blanked: false })).toBe(true);
	});

	it('ignores anything else on the channel', () => {
		for (const value of [
			null,
			'show',
			{ kind: 'show', slide: '4', blanked: false },
			{ kind: 'show', slide: 1.5, blanked: true },
			{ kind: 'show', slide: 2 },
			{ kind: 'other' }
		])
			expect(isDeckMessage(value), JSON.stringify(value)).toBe(false);
	});

	it('keeps two copies of the story on one host, and two editions, apart', () => {
		expect(deckChannelName('/present/')).not.toBe(deckChannelName('/graphics/schools-for-whom/present/'));
		expect(deckChannelName('/present/')).not.toBe(deckChannelName('/ja/present/'));
	});
});
