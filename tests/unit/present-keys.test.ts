import { describe, expect, it } from 'vitest';
import { actionForKey, keyHelp, keyName } from '../../src/lib/present/keys';
import copyJson from '../../src/lib/generated/copy.en.json';
import type { Labels } from '../../src/lib/model/labels';

describe('presentation keys', () => {
	it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])(
		'"%s" goes forward (clickers send PageDown or arrows)',
		(key) => {
			expect(actionForKey({ key }, 'ltr')).toBe('next');
		}
	);

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('"%s" goes back', (key) => {
		expect(actionForKey({ key }, 'ltr')).toBe('previous');
	});

	it('Shift+Space goes back, as when scrolling a page', () => {
		expect(actionForKey({ key: ' ', shiftKey: true }, 'ltr')).toBe('previous');
	});

	it('Home and End go to the first and the last slide', () => {
		expect(actionForKey({ key: 'Home' }, 'ltr')).toBe('first');
		expect(actionForKey({ key: 'End' }, 'ltr')).toBe('last');
	});

	it('F toggles full screen, B and "." blank the screen (a clicker\'s blank button), ? shows the keys, P opens the presenter view', () => {
		expect(actionForKey({ key: 'f' }, 'ltr')).toBe('fullscreen');
		expect(actionForKey({ key: 'F', shiftKey: true }, 'ltr')).toBe('fullscreen');
		expect(actionForKey({ key: 'b' }, 'ltr')).toBe('blank');
		expect(actionForKey({ key: '.' }, 'ltr')).toBe('blank');
		expect(actionForKey({ key: '?', shiftKey: true }, 'ltr')).toBe('help');
		expect(actionForKey({ key: 'p' }, 'ltr')).toBe('presenter');
	});

	it("a clicker's start button (F5) enters full screen instead of reloading", () => {
		expect(actionForKey({ key: 'F5' }, 'ltr')).toBe('enter-fullscreen');
	});

	it('leaves browser shortcuts (Ctrl, Alt, Cmd) and other keys to the browser', () => {
		expect(actionForKey({ key: 'f', ctrlKey: true }, 'ltr')).toBeNull();
		expect(actionForKey({ key: 'ArrowLeft', altKey: true }, 'ltr')).toBeNull();
		expect(actionForKey({ key: 'p', metaKey: true }, 'ltr')).toBeNull();
		expect(actionForKey({ key: 'x' }, 'ltr')).toBeNull();
		expect(actionForKey({ key: 'Escape' }, 'ltr')).toBeNull();
	});

	it('the key help lists every action a key can trigger', () => {
		const labels = copyJson.labels as Labels;
		const listed = keyHelp('ltr')
			.flatMap((row) => row.keys.map((key) => keyName(key, labels)))
			.join(' ');
		for (const key of ['→', '←', 'Space', 'Page Down', 'Page Up', 'Home', 'End', 'B', 'F', 'P', '?'])
			expect(listed).toContain(key);
	});
});

describe('presentation keys, right to left (Dari, Pashto)', () => {
	it("← goes forward and → back: the arrows point the reader's way, as in reveal.js's rtl mode", () => {
		expect(actionForKey({ key: 'ArrowLeft' }, 'rtl')).toBe('next');
		expect(actionForKey({ key: 'ArrowRight' }, 'rtl')).toBe('previous');
	});

	it.each(['PageDown', ' ', 'ArrowDown', 'Enter'])('"%s" still goes forward (a clicker\'s forward button)', (key) => {
		expect(actionForKey({ key }, 'rtl')).toBe('next');
	});

	it.each(['PageUp', 'ArrowUp', 'Backspace'])('"%s" still goes back', (key) => {
		expect(actionForKey({ key }, 'rtl')).toBe('previous');
		expect(actionForKey({ key: ' ', shiftKey: true }, 'rtl')).toBe('previous');
	});

	it('keeps every other key, and leaves the browser its shortcuts', () => {
		expect(actionForKey({ key: 'Home' }, 'rtl')).toBe('first');
		expect(actionForKey({ key: 'b' }, 'rtl')).toBe('blank');
		expect(actionForKey({ key: 'ArrowLeft', altKey: true }, 'rtl')).toBeNull();
	});

	it('the key help names ← for the next slide and → for the previous one', () => {
		const rows = keyHelp('rtl');
		const keysFor = (what: string) => rows.find((row) => row.what === what)!.keys;
		expect(keysFor('next')).toContain('←');
		expect(keysFor('next')).not.toContain('→');
		expect(keysFor('previous')).toContain('→');
		expect(keysFor('previous')).not.toContain('←');
		// Left to right, the other way round.
		expect(keyHelp('ltr').find((row) => row.what === 'next')!.keys).toContain('→');
		// Each key the help names does what the help says.
		const press = { '←': 'ArrowLeft', '→': 'ArrowRight', '↓': 'ArrowDown', '↑': 'ArrowUp' } as Record<string, string>;
		for (const dir of ['ltr', 'rtl'] as const)
			for (const row of keyHelp(dir).filter((r) => r.what === 'next' || r.what === 'previous'))
				for (const key of row.keys.filter((k) => k in press))
					expect(actionForKey({ key: press[key] }, dir), `${dir} ${key}`).toBe(row.what);
	});
});
