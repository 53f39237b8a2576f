// Turns key presses into deck actions for a page, leaving alone the keys a focused control or
// the browser needs. Usage: <svelte:window onkeydown={(e) => handleDeckKey(e, handlers, helpOpen, dir)} />
import { actionForKey, type DeckAction, type DeckDirection } from './keys.js';

export type DeckHandlers = Partial<Record<DeckAction, () => void>>;

const TEXT_FIELD = 'input, textarea, select, [contenteditable]';
const CONTROL = 'button, a[href], summary';
/** A box that scrolls with ↑ and ↓ while it has focus (the speaker notes). */
const KEYBOARD_SCROLLER = '[data-keyboard-scroll]';

export function handleDeckKey(
	event: KeyboardEvent,
	handlers: DeckHandlers,
	helpOpen: boolean,
	dir: DeckDirection
): void {
	if (event.defaultPrevented || event.isComposing) return;
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest(TEXT_FIELD)) return;
	// Enter and Space press a focused button; they must not also turn the slide.
	if (target?.closest(CONTROL) && (event.key === 'Enter' || event.key === ' ')) return;
	// ↑ and ↓ scroll a focused scrolling box; a clicker's Page Down still turns the slide.
	if (target?.closest(KEYBOARD_SCROLLER) && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return;
	const action = actionForKey(event, dir);
	if (!action) return;
	// With the key help open, only "?" (close it) counts; Escape is the dialog's own.
	if (helpOpen && action !== 'help') return;
	const handler = handlers[action];
	if (!handler) return;
	event.preventDefault();
	handler();
}
