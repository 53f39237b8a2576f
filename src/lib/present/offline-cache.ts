// What the presentation's service worker keeps, and which of its caches are out of date.
// Pure, so it is tested without a browser; src/service-worker.ts does the fetching.

/** Every cache this site's service worker makes starts with this; the version follows. */
export const CACHE_PREFIX = 'schools-for-whom-present-';

export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/** Caches of earlier versions: deleted once a new version takes over. Other sites' caches are left alone. */
export function staleCaches(names: string[], current: string): string[] {
	return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

export interface SiteFiles {
	/** The deck's address, the worker's scope: /present/, /ja/present/ (with the site's base path) */
	scope: string;
	/** Vite's output: hashed, immutable JavaScript and CSS */
	build: string[];
	/** The static folder */
	files: string[];
	/** Prerendered pages and endpoints */
	prerendered: string[];
}

/**
 * What one visit must store so the presentation opens with no network: the app's code, the
 * presentation's pages (the audience window and the presenter view, with their data) and the icon.
 * The story's data downloads stay out: the slides do not need them; so do the deck's PDFs, about
 * a megabyte that a presenter downloads once, not every device that opens the deck.
 */
export function filesToKeep({ scope, build, files, prerendered }: SiteFiles): string[] {
	const pages = prerendered.filter((path) => path.startsWith(scope) && !path.endsWith('.pdf'));
	const icons = files.filter((file) => /\/favicon\.[a-z]+$/.test(file));
	return [...new Set([...build, ...pages, ...icons])];
}

/** Hashed files never change under the same name: serve them from the cache without asking. */
export function isImmutable(pathname: string, base: string): boolean {
	return pathname.startsWith(`${base}/_app/immutable/`);
}
