// What each key does in the presentation. Presentation clickers are keyboards: most send
// PageDown/PageUp, some arrows, and their "blank" button sends B or "." ; their "start" button
// sends F5 (and Escape, which the browser keeps for leaving full screen).

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

/** The keys as the help lists them, in the order a presenter needs them. */
export const KEY_HELP: { keys: string[]; what: string }[] = [
	{ keys: ['→', '↓', 'Space', 'Page Down', 'Enter'], what: 'Next slide' },
	{ keys: ['←', '↑', 'Page Up', 'Backspace', 'Shift + Space'], what: 'Previous slide' },
	{ keys: ['Home', 'End'], what: 'First or last slide' },
	{ keys: ['B', '.'], what: 'Blank the screen, or bring it back' },
	{ keys: ['F'], what: 'Full screen on or off' },
	{ keys: ['P'], what: 'Open the presenter view (notes, next slide, clock) in a second window' },
	{ keys: ['?'], what: 'Show or hide these keys' },
	{ keys: ['Tab', '↑', '↓'], what: 'In the presenter view: move to the speaker notes, then scroll them' }
];
