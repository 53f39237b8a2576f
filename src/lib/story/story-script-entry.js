// Where the story page's script comes from and what the client build calls it: shared by the
// build (vite.config.ts) and the page (src/lib/server/story-script.ts), which reads it back
// from the build's manifest. Plain JavaScript, because vite.config.ts loads it before any
// TypeScript is compiled.
export const STORY_SCRIPT = {
	source: 'src/lib/story/story.client.ts',
	/** Written as _app/immutable/entry/story.<hash>.js, beside SvelteKit's own entries */
	name: 'entry/story'
};
