// The story's public address and derived links, as baked in at build time.
// Change it with the SITE_URL environment variable (see src/lib/site-settings.js).
export const SITE_URL: string = __SITE_URL__;

/** An absolute address on the published site, e.g. siteLink('/embed/') */
export function siteLink(path: string): string {
	return SITE_URL + path;
}
