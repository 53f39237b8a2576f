// What both presentation windows (audience and presenter) set up the same way from their page
// data: the slides, the content the slides draw from, the shared deck state and the key
// handlers every window answers. Each window adds its own (help, opening the other window).
import type { Edition } from '$lib/model/editions';
import { data, mapMeta } from '$lib/model/content';
import type { DeckContent, DeckCopy } from './deck-content';
import type { DeckHandlers } from './deck-keys';
import { buildSlides, type Slide } from './slides';
import { Presentation } from './presentation.svelte';
import { deckAddress, toggleFullscreen } from './browser-windows';

/** What the presentation pages' data (src/routes/present/+layout.server.ts) makes. */
export interface DeckPageData {
	edition: Edition;
	deck: DeckCopy;
	qrSvg: string;
	storyUrl: string;
}

/** The slides and what they draw from: in both windows, and on the server, which renders the slides (see Deck). */
export function deckSlides(page: DeckPageData): { slides: Slide[]; content: DeckContent } {
	return {
		slides: buildSlides(page.deck),
		content: { copy: page.deck, data, meta: mapMeta, qrSvg: page.qrSvg, storyUrl: page.storyUrl }
	};
}

export function deckSession(page: DeckPageData) {
	const { slides, content } = deckSlides(page);
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
	// The deck's address in this edition: the other window's, the offline copy's scope, the windows' channel.
	const address = deckAddress(page.edition);
	return { copy: page.deck, storyUrl: page.storyUrl, edition: page.edition, address, slides, content, deck, handlers };
}
