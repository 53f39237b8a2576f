// The presentation's build-time data: the copy as slides need it, the QR code for the closing
// slide and the address it encodes. It reaches the browser inside the prerendered pages.
import { SITE_URL } from '$lib/site';
import { copy } from '$lib/story/content';
import { deckCopy } from '$lib/present/deck-content';
import { qrCodeSvg } from '$lib/present/qr-code.server';

export const load = async () => {
	const storyUrl = `${SITE_URL}/`;
	return { deck: deckCopy(copy), storyUrl, qrSvg: await qrCodeSvg(storyUrl) };
};
