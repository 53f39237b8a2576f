// The build's two departures from SvelteKit (see docs/speed.md), used by vite.config.ts: the
// story's own script as one more entry of the client build, and Chrome's compile hint atop
// every JavaScript file.
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
			return { ...options, input: { ...(options.input as Record<string, string>), [STORY_SCRIPT.name]: STORY_SCRIPT.source } };
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
