// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The story's public address, set at build time from SITE_URL (src/lib/site-settings.js). */
	const __SITE_URL__: string;
	namespace App {}
}

export {};
