// The story's script preloads, moved from the <head> to the end of the body (used by
// src/hooks.server.ts on the story page). Usage: preloadScriptsAfterText(html) → html.
const MODULE_PRELOAD = /<link href="[^"]+" rel="modulepreload">/g;
const START_SCRIPT = /<script>\s*\{\s*__sveltekit_/;

/**
 * The story is read before anything in it is used, and its first screen is text: its scripts'
 * preloads move from the <head> to just before the start script at the end of the body, so on
 * a slow connection the words are not sharing the line with 50 KB of JavaScript. They still
 * load side by side, with no waterfall. (The presentation keeps them in the head: a deck must
 * answer the clicker at once.)
 */
export function preloadScriptsAfterText(html: string): string {
	const preloads = html.match(MODULE_PRELOAD);
	const start = html.search(START_SCRIPT);
	if (!preloads || start < 0) return html;
	const withoutPreloads = html.slice(0, start).replace(MODULE_PRELOAD, '');
	return withoutPreloads + preloads.join('') + html.slice(start);
}
