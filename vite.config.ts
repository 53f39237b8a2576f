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
	// Quiet the bundler's plugin-timing report: it reads like a warning and is not one.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
