// Renders the embed pages as complete HTML documents, served by prerendered endpoints instead
// of SvelteKit pages.
//
// Why: an embed page ships no framework JavaScript, yet SvelteKit bundles every page for the
// browser, and pages that share the story's chart components reshuffle the story's chunks and
// add load and routing code to its runtime: about a kilobyte on a story at its 50 KB budget.
// Rendered here, the embed pages leave the story's JavaScript untouched. The document is the
// site's own src/app.html, with the same Content Security Policy (svelte.config.js), global CSS
// and map sprite as any page, and the components' CSS compiled by the Svelte compiler, so its
// scoped class names match the markup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from 'svelte/compiler';
import type { Component } from 'svelte';
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import shapes from '$lib/generated/map-shapes.json';
import { mapSprite, SPRITE_PLACEHOLDER } from '$lib/charts/map-sprite';
import type { MapShapes } from '$lib/types/map';
import type { Config } from '@sveltejs/kit';
import { embedById, embeds } from './embeds';
import { renderComponent } from './render-component.server';
import EmbedIndex from './EmbedIndex.svelte';
import EmbedPage from './EmbedPage.svelte';

/** Every component an embed document may draw: the charts and the embed pages. */
const STYLED_COMPONENTS = Object.keys(import.meta.glob(['/src/lib/charts/*.svelte', '/src/lib/embed/Embed{Page,Index}.svelte']));

// Read from the project's root, where builds and tests run (vitest stubs CSS imports).
const projectFile = (path: string) => readFileSync(resolve(path), 'utf8');

let cachedCss: string | null = null;

/** The global CSS and the components' scoped CSS, as SvelteKit would ship them. */
function pageCss(): string {
	cachedCss ??= [
		projectFile('src/lib/styles/global.css'),
		...STYLED_COMPONENTS.sort().map((file) => {
			const filename = resolve(file.slice(1));
			return compile(readFileSync(filename, 'utf8'), { filename, generate: 'server', css: 'external' }).css?.code ?? '';
		})
	]
		.join('\n')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\s*\n\s*/g, ' ');
	return cachedCss;
}

// SvelteKit quotes these CSP keywords (and hashes); everything else is written as it is.
const CSP_KEYWORDS = new Set(['self', 'unsafe-eval', 'unsafe-hashes', 'unsafe-inline', 'none', 'strict-dynamic', 'report-sample', 'wasm-unsafe-eval', 'script']);

// Through a glob, so the config is read as it is and not type-checked as part of this module.
const svelteConfig = (Object.values(import.meta.glob('/svelte.config.js', { eager: true, import: 'default' }))[0] ?? {}) as Config;

/** The site's Content Security Policy as a <meta> tag; these documents have no inline scripts to hash. */
function cspMeta(): string {
	const directives = (svelteConfig.kit?.csp?.directives ?? {}) as Record<string, string[] | undefined>;
	if (Object.keys(directives).length === 0) throw new Error('svelte.config.js has no kit.csp.directives to copy into embed pages');
	const policy = Object.entries(directives)
		.filter(([, values]) => Array.isArray(values))
		.map(([name, values]) => [name, ...values!.map((v) => (CSP_KEYWORDS.has(v) ? `'${v}'` : v))].join(' '))
		.join('; ');
	return `<meta http-equiv="content-security-policy" content="${policy}">`;
}

/** A component rendered into the site's page template. */
export function renderDocument<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): string {
	const rendered = renderComponent(component, props);
	// Svelte's hydration markers mean nothing in a page that is never hydrated.
	const [head, body] = [rendered.head, rendered.body].map((html) => html.replace(/<!--(?:\[-?\d*|\]|[a-z0-9]*)-->/g, ''));
	const html = projectFile('src/app.html')
		.replace('%sveltekit.assets%', base)
		.replace('%sveltekit.head%', () => `${cspMeta()}\n${head}\n<style>${pageCss()}</style>`)
		.replace('%sveltekit.body%', () => body)
		.replace(SPRITE_PLACEHOLDER, () => (body.includes('href="#prov-') ? mapSprite(shapes as MapShapes) : ''));
	const unknown = /%sveltekit\.[\w.]+%/.exec(html);
	if (unknown) throw new Error(`src/app.html uses ${unknown[0]}, which page-render.server.ts does not fill in`);
	return html;
}

/** An embed page, or a 404 for an unknown chart. */
export function renderEmbedPage(id: string): string {
	const embed = embedById(id);
	if (!embed) error(404, `No embeddable chart "${id}"`);
	return renderDocument(EmbedPage, { embed });
}

export const renderEmbedIndex = (): string => renderDocument(EmbedIndex, { embeds });

// Exactly "text/html": SvelteKit's prerenderer saves only that type as an index.html file.
export const htmlResponse = (html: string) => new Response(html, { headers: { 'content-type': 'text/html' } });
