/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { siteSettings } from './src/lib/site-settings.js';
import { STORY_SCRIPT } from './src/lib/story/story-script-entry.js';
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


/**
 * Chrome's explicit compile hint at the top of every JavaScript file the build writes: compile
 * each function as the file downloads, on a background thread. Without it a function is
 * compiled on the main thread when first called, and hydrating a page calls most of them.
 * Measured on this machine (CPU time, median of 8 loads): the story's longest task fell from
 * 37 to 16 ms, the deck's from 39 to 17 ms. Every chunk is code its page runs (the charts as
 * the story reaches them), so little is compiled for nothing. Other browsers read a comment.
 * Added after every other plugin's last word (minified, with Vite's own preamble), so that it
 * is each file's first line, where Chrome looks for it.
 */
function compileHints(): Plugin {
	return {
		name: 'compile-hints',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				for (const file of Object.values(bundle)) {
					if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
				}
			}
		}
	};
}

/**
 * The story page's own script (src/lib/story/story.client.ts; the page has SvelteKit's client
 * turned off), built as one more entry of SvelteKit's client build: it shares that build's
 * chunks, hashed names and compile hints. src/lib/server/story-script.ts finds it in the
 * build's manifest and gives the page its <script>.
 */
function storyScriptEntry(): Plugin {
	let clientBuild = false;
	return {
		name: 'story-script-entry',
		configResolved(config) {
			clientBuild = config.command === 'build' && !config.build.ssr;
		},
		options(options) {
			if (!clientBuild) return;
			return { ...options, input: { ...(options.input as Record<string, string>), [STORY_SCRIPT.name]: STORY_SCRIPT.source } };
		}
	};
}

/**
 * Pages with SvelteKit's client turned off (the embed pages) are built for the browser all the
 * same (sveltejs/kit#9703), and pages that import the story's chart components would then
 * reshuffle the chunks the story loads. In the client build such a page is only what its HTML
 * links to: the stylesheets of its components, which SvelteKit inlines in the page, and the
 * scripts it imports by address (`?url`, `?worker&url`), which must be written to the site.
 */
function stylesOnlyInBrowser(pages: RegExp): Plugin {
	const IMPORTED = /\bimport\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']/g;
	const STYLESHEET = /[?&]svelte&type=style&lang\.css$/;
	const ADDRESS = /[?&]url$/;
	return {
		name: 'styles-only-in-browser',
		apply: 'build',
		enforce: 'post',
		async transform(code, id, options) {
			if (options?.ssr || !pages.test(id)) return;
			const stylesheets = new Set<string>();
			const addresses = new Set<string>();
			const seen = new Set<string>();
			const visit = async (moduleCode: string, importer: string): Promise<void> => {
				for (const [, specifier] of moduleCode.matchAll(IMPORTED)) {
					const resolved = (await this.resolve(specifier, importer))?.id;
					if (!resolved || seen.has(resolved) || resolved.includes('/node_modules/')) continue;
					seen.add(resolved);
					if (STYLESHEET.test(resolved)) stylesheets.add(resolved);
					else if (ADDRESS.test(resolved)) addresses.add(resolved);
					else await visit((await this.load({ id: resolved })).code ?? '', resolved);
				}
			};
			await visit(code, id);
			const imports = [
				...[...stylesheets].map((file) => `import ${JSON.stringify(file)};`),
				...[...addresses].map((file, index) => `import address${index} from ${JSON.stringify(file)};`)
			];
			// The component names the addresses, so that the files behind them are written.
			return `${imports.join('\n')}\nexport default function Page() { return [${[...addresses].map((_, index) => `address${index}`)}]; }`;
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), stylesOnlyInBrowser(/\/src\/routes\/embed\/(.+\/)?\+page\.svelte$/), storyScriptEntry(), compileHints(), announceSiteUrl(), rebuildDataOnSave()],
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
