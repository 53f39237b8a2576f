// What each key does in the presentation. Presentation clickers are keyboards: most send
// PageDown/PageUp, some arrows, and their "blank" button sends B or "." ; their "start" button
// sends F5 (and Escape, which the browser keeps for leaving full screen). Right to left, the
// arrows point the reader's way, as in reveal.js's rtl mode: ← is next and → previous; a
// clicker's Page Down and Page Up, and Space, go forward and back in every direction.
import type { Edition } from '../model/editions.js';
import { KEY_NAMES, type Labels } from '../model/labels.js';

/** Which way the deck's edition reads: its "next" is to the right, or right to left to the left. */
export type DeckDirection = Edition['dir'];

export type DeckAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'enter-fullscreen' | 'blank' | 'help' | 'presenter';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

const ACTIONS: Record<string, DeckAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	' ': 'next',
	Spacebar: 'next',
	PageDown: 'next',
	Enter: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Backspace: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	F5: 'enter-fullscreen',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	'?': 'help',
	p: 'presenter',
	P: 'presenter'
};

/** The arrows that point the other way right to left. */
const RIGHT_TO_LEFT_ARROWS: Record<string, DeckAction> = { ArrowLeft: 'next', ArrowRight: 'previous' };

/** The action for a key press, or null to leave the key to the browser (shortcuts with Ctrl, Alt or Cmd stay the browser's). */
export function actionForKey(press: KeyPress, dir: DeckDirection): DeckAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	// Shift+Space goes back, as in every slide program and when scrolling a page.
	if (press.shiftKey && (press.key === ' ' || press.key === 'Spacebar')) return 'previous';
	return (dir === 'rtl' ? RIGHT_TO_LEFT_ARROWS[press.key] : undefined) ?? ACTIONS[press.key] ?? null;
}

/** Keys named in words, which an edition translates (its labels.key_names); the others are shown as printed on the key. */
type NamedKey = (typeof KEY_NAMES)[number];
type KeyCap = NamedKey | '→' | '↓' | '←' | '↑' | 'B' | '.' | 'F' | 'P' | '?';

/** A key as the help shows it: "Page Down", or "→". */
export const keyName = (key: KeyCap, labels: Labels): string =>
	(KEY_NAMES as readonly string[]).includes(key) ? labels.key_names[key as NamedKey] : key;

/** The keys as the help lists them, in the order a presenter needs them, the arrows as they work in `dir`; `what` is the label that says what they do. */
export const keyHelp = (dir: DeckDirection): { keys: KeyCap[]; what: keyof Labels['keys'] }[] => [
	{ keys: [dir === 'rtl' ? '←' : '→', '↓', 'space', 'page_down', 'enter'], what: 'next' },
	{ keys: [dir === 'rtl' ? '→' : '←', '↑', 'page_up', 'backspace', 'shift_space'], what: 'previous' },
	{ keys: ['home', 'end'], what: 'first_last' },
	{ keys: ['B', '.'], what: 'blank' },
	{ keys: ['F'], what: 'full_screen' },
	{ keys: ['P'], what: 'presenter' },
	{ keys: ['?'], what: 'help' },
	{ keys: ['tab', '↑', '↓'], what: 'notes' }
];
