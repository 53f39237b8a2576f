// The one place that knows where the story is published. Everything that needs the public
// address (embed codes, canonical links, social images, the QR code) and the base path (a
// newsroom sub-path such as /graphics/schools-for-whom) derives from SITE_URL at build time.

/** The address used when SITE_URL is not set: the preview server of `npm run preview`. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * @param {Record<string, string | undefined>} env usually process.env
 * @returns {{ siteUrl: string, origin: string, basePath: string }}
 */
export function siteSettings(env) {
	const raw = env.SITE_URL || DEFAULT_SITE_URL;
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL is not an absolute URL: "${raw}" (example: https://news.example.org/schools-for-whom)`);
	}
	const basePath = url.pathname.replace(/\/+$/, '');
	return { siteUrl: url.origin + basePath, origin: url.origin, basePath };
}
