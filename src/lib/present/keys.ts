// What each key does in the presentation. Presentation clickers are keyboards: most send
// PageDown/PageUp, some arrows, and their "blank" button sends B or "." ; their "start" button
// sends F5 (and Escape, which the browser keeps for leaving full screen).
import { KEY_NAMES, type Labels } from '../model/labels.js';

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

/** The action for a key press, or null to leave the key to the browser (shortcuts with Ctrl, Alt or Cmd stay the browser's). */
export function actionForKey(press: KeyPress): DeckAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	// Shift+Space goes back, as in every slide program and when scrolling a page.
	if (press.shiftKey && (press.key === ' ' || press.key === 'Spacebar')) return 'previous';
	return ACTIONS[press.key] ?? null;
}

/** Keys named in words, which an edition translates (its labels.key_names); the others are shown as printed on the key. */
type NamedKey = (typeof KEY_NAMES)[number];
type KeyCap = NamedKey | '→' | '↓' | '←' | '↑' | 'B' | '.' | 'F' | 'P' | '?';

/** A key as the help shows it: "Page Down", or "→". */
export const keyName = (key: KeyCap, labels: Labels): string =>
	(KEY_NAMES as readonly string[]).includes(key) ? labels.key_names[key as NamedKey] : key;

/** The keys as the help lists them, in the order a presenter needs them; `what` is the label that says what they do. */
export const KEY_HELP: { keys: KeyCap[]; what: keyof Labels['keys'] }[] = [
	{ keys: ['→', '↓', 'space', 'page_down', 'enter'], what: 'next' },
	{ keys: ['←', '↑', 'page_up', 'backspace', 'shift_space'], what: 'previous' },
	{ keys: ['home', 'end'], what: 'first_last' },
	{ keys: ['B', '.'], what: 'blank' },
	{ keys: ['F'], what: 'full_screen' },
	{ keys: ['P'], what: 'presenter' },
	{ keys: ['?'], what: 'help' },
	{ keys: ['tab', '↑', '↓'], what: 'notes' }
];
