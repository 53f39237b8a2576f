// The story page's <script> (story.client.ts) and the preloads of the chunks it imports, for the
// end of the page's body, where SvelteKit's pages have theirs too (preload-after-text.server.ts):
// the text comes first on a slow connection, and the chunks still load side by side, at low
// priority, so that they are not counted as holding up the first paint (docs/speed.md). The
// built file names are read from the client build's manifest, which SvelteKit writes before it
// prerenders. Usage: storyScriptTags() → HTML.
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { STORY_SCRIPT } from './build-plugins';
import { lowPriorityPreload } from './preload-after-text.server';

const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

type Manifest = Record<string, { file: string; imports?: string[] }>;

let cached: string | undefined;

export function storyScriptTags(): string {
	// The dev server compiles the source as it is asked for it.
	if (dev) return `<script type="module" src="${base}/${STORY_SCRIPT.source}"></script>`;
	cached ??= tagsFromManifest(JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as Manifest);
	return cached;
}

/** The entry's tags, given the client build's manifest (exported for its unit test). */
export function tagsFromManifest(manifest: Manifest): string {
	const entry = manifest[STORY_SCRIPT.source];
	if (!entry)
		throw new Error(
			`${CLIENT_MANIFEST} has no entry for ${STORY_SCRIPT.source}: is storyScriptEntry() (build-plugins.ts) in vite.config.ts's plugins?`
		);
	// Every chunk it imports, and theirs: the browser would otherwise find each only once the
	// one importing it has arrived.
	const chunks = new Set<string>();
	const visit = (key: string) => {
		for (const imported of manifest[key].imports ?? []) {
			if (chunks.has(manifest[imported].file)) continue;
			chunks.add(manifest[imported].file);
			visit(imported);
		}
	};
	visit(STORY_SCRIPT.source);
	const preloads = [...chunks].map((file) => lowPriorityPreload(`${base}/${file}`));
	return preloads.join('') + `<script type="module" src="${base}/${entry.file}" fetchpriority="low"></script>`;
}
