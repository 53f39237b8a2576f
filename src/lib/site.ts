// The story's public address and derived links, as baked in at build time.
// Change it with the SITE_URL environment variable (see src/lib/site-settings.js).
export const SITE_URL: string = __SITE_URL__;

/**
 * The base path ('' or e.g. /graphics/schools-for-whom), for code that runs in the story page's
 * own script: there SvelteKit's `base` from $app/paths is empty, because it is read from a
 * global that only SvelteKit's client sets (see src/lib/speed/story.client.ts).
 */
export const BASE_PATH: string = __BASE_PATH__;

/** An address as people type it, on slides and images: no scheme, no trailing slash. */
export function displayAddress(url: string = SITE_URL): string {
	return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
