// The presentation's build-time data: the QR code for the closing slide and the address it encodes.
import { SITE_URL } from '$lib/site';
import { qrCodeSvg } from '$lib/present/qr-code.server';

export const load = async () => {
	const storyUrl = `${SITE_URL}/`;
	return { storyUrl, qrSvg: await qrCodeSvg(storyUrl) };
};
