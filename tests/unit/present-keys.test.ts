import { describe, expect, it } from 'vitest';
import { actionForKey, KEY_HELP, keyName } from '../../src/lib/present/keys';
import copyJson from '../../src/lib/generated/copy.en.json';
import type { Labels } from '../../src/lib/model/labels';

describe('presentation keys', () => {
	it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])(
		'"%s" goes forward (clickers send PageDown or arrows)',
		(key) => {
			expect(actionForKey({ key })).toBe('next');
		}
	);

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('"%s" goes back', (key) => {
		expect(actionForKey({ key })).toBe('previous');
	});

	it('Shift+Space goes back, as when scrolling a page', () => {
		expect(actionForKey({ key: ' ', shiftKey: true })).toBe('previous');
	});

	it('Home and End go to the first and the last slide', () => {
		expect(actionForKey({ key: 'Home' })).toBe('first');
		expect(actionForKey({ key: 'End' })).toBe('last');
	});

	it('F toggles full screen, B and "." blank the screen (a clicker\'s blank button), ? shows the keys, P opens the presenter view', () => {
		expect(actionForKey({ key: 'f' })).toBe('fullscreen');
		expect(actionForKey({ key: 'F', shiftKey: true })).toBe('fullscreen');
		expect(actionForKey({ key: 'b' })).toBe('blank');
		expect(actionForKey({ key: '.' })).toBe('blank');
		expect(actionForKey({ key: '?', shiftKey: true })).toBe('help');
		expect(actionForKey({ key: 'p' })).toBe('presenter');
	});

	it("a clicker's start button (F5) enters full screen instead of reloading", () => {
		expect(actionForKey({ key: 'F5' })).toBe('enter-fullscreen');
	});

	it('leaves browser shortcuts (Ctrl, Alt, Cmd) and other keys to the browser', () => {
		expect(actionForKey({ key: 'f', ctrlKey: true })).toBeNull();
		expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(actionForKey({ key: 'p', metaKey: true })).toBeNull();
		expect(actionForKey({ key: 'x' })).toBeNull();
		expect(actionForKey({ key: 'Escape' })).toBeNull();
	});

	it('the key help lists every action a key can trigger', () => {
		const labels = copyJson.labels as Labels;
		const listed = KEY_HELP.flatMap((row) => row.keys.map((key) => keyName(key, labels))).join(' ');
		for (const key of ['→', '←', 'Space', 'Page Down', 'Page Up', 'Home', 'End', 'B', 'F', 'P', '?'])
			expect(listed).toContain(key);
	});
});
