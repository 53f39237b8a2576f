// What both presentation windows (audience and presenter) set up the same way from their page
// data: the slides, the content the slides draw from, the shared deck state and the key
// handlers every window answers. Each window adds its own (help, opening the other window).
import { data, mapMeta } from '$lib/story/content';
import type { DeckContent, DeckCopy } from './deck-content';
import type { DeckHandlers } from './deck-keys';
import { buildSlides } from './slides';
import { Presentation } from './presentation.svelte';
import { toggleFullscreen } from './browser-windows';

export function deckSession(page: { deck: DeckCopy; qrSvg: string; storyUrl: string }) {
	const slides = buildSlides(page.deck);
	const content: DeckContent = { copy: page.deck, data, meta: mapMeta, qrSvg: page.qrSvg, storyUrl: page.storyUrl };
	const deck = new Presentation(slides);
	const handlers = {
		next: deck.next,
		previous: deck.previous,
		first: deck.first,
		last: deck.end,
		blank: deck.toggleBlank,
		fullscreen: () => toggleFullscreen(),
		'enter-fullscreen': () => toggleFullscreen(true)
	} satisfies DeckHandlers;
	return { copy: page.deck, storyUrl: page.storyUrl, slides, content, deck, handlers };
}
