/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { siteSettings } from './src/lib/site-settings.js';
// The build's departures from SvelteKit, explained in docs/speed.md.
import { compileHints, storyScriptEntry, stylesOnlyInBrowser } from './src/lib/speed/build-plugins.js';
import { rebuildDataOnSave } from './src/data-build/rebuild-on-save.js';

const { siteUrl, basePath } = siteSettings(process.env);

/**
 * Says, once, which public address a build bakes into embed codes, canonical links, image credits
 * and QR codes: without SITE_URL it is the local preview's, which must not be published unnoticed.
 */
function announceSiteUrl(): Plugin {
	return {
		name: 'announce-site-url',
		apply: 'build',
		configResolved(config) {
			if (config.build.ssr) return;
			config.logger.info(
				process.env.SITE_URL
					? `build: embed codes, links, image credits and QR codes point at ${siteUrl} (SITE_URL)`
					: `build: SITE_URL is not set, so embed codes, links, image credits and QR codes point at ${siteUrl}, a local address: set SITE_URL=https://… to publish`
			);
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		stylesOnlyInBrowser(/\/src\/routes\/embed\/(.+\/)?\+page\.svelte$/),
		storyScriptEntry(),
		compileHints(),
		announceSiteUrl(),
		rebuildDataOnSave()
	],
	// The public address and its path are baked into the build (see src/lib/site-settings.js).
	define: { __SITE_URL__: JSON.stringify(siteUrl), __BASE_PATH__: JSON.stringify(basePath) },
	server: { port: 5173 },
	// The story's data reaches the browser as JSON.parse("…"): a slow phone reads a JSON string
	// several times faster than the same data written as a JavaScript object.
	json: { stringify: true },
	// Scripts loaded by address, each a bundle of its own (imported with ?worker&url: a map
	// embed's label fitting, the story's Embed dialog): ES modules, as in dev, with Svelte.
	worker: { format: 'es', plugins: () => [svelte(), compileHints()] },
	// Quiet the bundler's plugin-timing report: it reads like a warning and is not one.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
