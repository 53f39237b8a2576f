// The presentation's build-time data (the copy as slides need it, the QR code for the closing
// slide and the address it encodes): the pages' data, and what the server renders the slides from.
import { SITE_URL } from '$lib/site';
import { copy } from '$lib/model/content';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/model/data';
import { deckCopy } from './deck-content';
import { qrCodeSvg } from './qr-code.server';
import type { DeckPageData } from './deck-session';

let made: Promise<DeckPageData> | null = null;

export function deckPageData(): Promise<DeckPageData> {
	made ??= (async () => {
		const storyUrl = `${SITE_URL}/`;
		return { deck: deckCopy(copy, (methods as MethodsData).corrections), storyUrl, qrSvg: await qrCodeSvg(storyUrl) };
	})();
	return made;
}
