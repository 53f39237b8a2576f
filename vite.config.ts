/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { siteSettings } from './src/lib/site-settings.js';

const { siteUrl } = siteSettings(process.env);

export default defineConfig({
	plugins: [sveltekit()],
	// The public address is baked into the build (see src/lib/site-settings.js).
	define: { __SITE_URL__: JSON.stringify(siteUrl) },
	server: { port: 5173 },
	// The story's data reaches the browser as JSON.parse("…"): a slow phone reads a JSON string
	// several times faster than the same data written as a JavaScript object.
	json: { stringify: true },
	// Quiet the bundler's plugin-timing report: it reads like a warning and is not one.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
