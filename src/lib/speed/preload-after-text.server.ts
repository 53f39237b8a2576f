// A page's script preloads, moved from the <head> to the end of the body (used by
// src/hooks.server.ts on every page but the story, which has story-script.server.ts).
// Usage: preloadScriptsAfterText(html) → html.
const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;
const START_SCRIPT = /<script>\s*\{\s*__sveltekit_/;

/** The one way this site preloads a module: at low priority (see below and story-script.server.ts). */
export const lowPriorityPreload = (href: string): string =>
	`<link href="${href}" rel="modulepreload" fetchpriority="low">`;

/**
 * Every page is seen before it is used: the story's first screen is text, a slide or an embed
 * is a drawn chart. The scripts' preloads move from the <head> to just before the start script
 * at the end of the body, so on a slow connection the content is not sharing the line with up
 * to 50 KB of JavaScript. They still load side by side, with no waterfall. At low priority, as
 * the story's own script: a module preload is otherwise fetched as urgently as a stylesheet,
 * and whenever the page paints after asking for it, Lighthouse counts it as holding up the
 * first paint (figures in docs/speed.md). The start script's import() takes the preloaded
 * module as it is.
 */
export function preloadScriptsAfterText(html: string): string {
	const start = html.search(START_SCRIPT);
	if (start < 0) return html;
	const hrefs = [...html.slice(0, start).matchAll(MODULE_PRELOAD)].map((match) => match[1]);
	if (!hrefs.length) return html;
	const withoutPreloads = html.slice(0, start).replace(MODULE_PRELOAD, '');
	return withoutPreloads + hrefs.map(lowPriorityPreload).join('') + html.slice(start);
}
