// The presentation's build-time data (the copy as slides need it, the QR code for the closing
// slide and the address it encodes, the edition's words for the deck's controls and charts): the
// pages' data, and what the server renders the slides from.
import { SITE_URL } from '$lib/site';
import { copy } from '$lib/model/content';
import { withLabelGroups } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import { CHART_LABELS, type LabelGroup } from '$lib/model/labels';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/model/data';
import { deckCopy } from './deck-content';
import { qrCodeSvg } from './qr-code.server';
import type { DeckPageData } from './deck-session';

/** The label groups the deck's windows use: their own, and those of the slides and charts they draw. */
const DECK_LABELS: LabelGroup[] = ['page', 'motion', ...CHART_LABELS, 'deck', 'keys', 'key_names'];

let made: Promise<DeckPageData> | null = null;

export function deckPageData(): Promise<DeckPageData> {
	made ??= (async () => {
		const storyUrl = `${SITE_URL}/`;
		return {
			deck: deckCopy(copy, (methods as MethodsData).corrections),
			storyUrl,
			qrSvg: await qrCodeSvg(storyUrl),
			words: withLabelGroups(editionWords('en'), DECK_LABELS)
		};
	})();
	return made;
}
