// The presentation's build-time data (the copy as slides need it, the QR code for the closing
// slide and the address it encodes, the edition's words for the deck's controls and charts): the
// pages' data, and what the server renders the slides from.
import { SITE_URL } from '$lib/site';
import { editionCopy } from '$lib/model/copies.server';
import { editionPath } from '$lib/model/editions';
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

const made = new Map<string, Promise<DeckPageData>>();

/** The deck of an edition (its code; English when absent), made once per build, with the edition's words for its windows. */
export function deckPageData(code?: string): Promise<DeckPageData> {
	const { edition, copy } = editionCopy(code);
	if (!made.has(edition.code))
		made.set(
			edition.code,
			(async () => {
				const storyUrl = SITE_URL + editionPath(edition, '/');
				const deck = deckCopy(copy, (methods as MethodsData).corrections);
				const words = withLabelGroups(editionWords(edition.code), DECK_LABELS);
				return { edition: words, deck, storyUrl, qrSvg: await qrCodeSvg(storyUrl) };
			})()
		);
	return made.get(edition.code)!;
}
