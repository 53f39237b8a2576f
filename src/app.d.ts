// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The story's public address, set at build time from SITE_URL (src/lib/site-settings.js). */
	const __SITE_URL__: string;
	/** Its path ('' or e.g. /graphics/schools-for-whom): SvelteKit's paths.base, set from the same setting. */
	const __BASE_PATH__: string;
	namespace App {}
}

export {};
