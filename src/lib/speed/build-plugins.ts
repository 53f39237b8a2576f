// The build's departures from SvelteKit (see docs/speed.md), used by vite.config.ts: the
// story's own script as one more entry of the client build, Chrome's compile hint atop every
// JavaScript file, and embed pages that are only their styles in the browser.
import type { Plugin } from 'vite';

/** Where the story page's script comes from, and what the client build calls it. */
export const STORY_SCRIPT = {
	source: 'src/lib/speed/story.client.ts',
	/** Written as _app/immutable/entry/story.<hash>.js, beside SvelteKit's own entries */
	name: 'entry/story'
};

/**
 * The story page's own script (story.client.ts; the page has SvelteKit's client turned off),
 * built as one more entry of SvelteKit's client build: it shares that build's chunks, hashed
 * names and compile hints. story-script.server.ts finds it in the build's manifest and gives
 * the page its <script>.
 */
export function storyScriptEntry(): Plugin {
	let clientBuild = false;
	return {
		name: 'story-script-entry',
		configResolved(config) {
			clientBuild = config.command === 'build' && !config.build.ssr;
		},
		options(options) {
			if (!clientBuild) return;
			return {
				...options,
				input: { ...(options.input as Record<string, string>), [STORY_SCRIPT.name]: STORY_SCRIPT.source }
			};
		}
	};
}

/**
 * Chrome's explicit compile hint at the top of every JavaScript file the build writes: each
 * function is compiled on a background thread as the file downloads, not on the main thread
 * when hydration first calls it. Every chunk is code its page runs, so little is compiled for
 * nothing; other browsers read a comment. Added after every other plugin's last word (minified,
 * with Vite's own preamble), so that it is each file's first line, where Chrome looks for it.
 */
export function compileHints(): Plugin {
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
 * Pages with SvelteKit's client turned off (the embed pages) are built for the browser all the
 * same (sveltejs/kit#9703), and pages that import the story's chart components would then
 * reshuffle the chunks the story loads. In the client build such a page is only what its HTML
 * links to: the stylesheets of its components, which SvelteKit inlines in the page, and the
 * scripts it imports by address (`?url`, `?worker&url`), which must be written to the site.
 */
export function stylesOnlyInBrowser(pages: RegExp): Plugin {
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
