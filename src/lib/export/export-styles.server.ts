// The stylesheet of an exported SVG: the chart components' own CSS, as Svelte compiles it, so an
// exported chart looks like the one in the story. Svelte scopes each component's rules to its
// own elements (a class it adds to both, from the file's path, as in the build), so one
// component's rule never reaches another's elements. Renderers of standalone SVG files (resvg,
// an <img>, a slide program) know no CSS custom properties, so `var(--token)` becomes its value
// from global.css; each selector is kept inside the chart's wrapper, and at-rules (media
// queries) are dropped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from 'svelte/compiler';
import { EXPORT_FONTS, type Script } from './scripts';

// Read from disk, not imported: vitest stubs every CSS import, `?raw` included, to an empty
// string. Builds and tests both run from the project's root.
const globalCss = () => readFileSync(resolve('src/lib/styles/global.css'), 'utf8');

const componentSources = import.meta.glob('/src/lib/charts/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The custom properties of global.css's :root, with the export's fonts for a script. */
export function designTokens(css = globalCss(), script: Script = 'latin'): Record<string, string> {
	const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const tokens: Record<string, string> = {};
	for (const [, name, value] of root.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
		tokens[name] = value.trim();
	return { ...tokens, ...EXPORT_FONTS[script] };
}

/** Replaces var(--name) and var(--name, fallback) with values, repeatedly for nested tokens. */
export function resolveVariables(text: string, tokens: Record<string, string>): string {
	let previous = '';
	while (previous !== text) {
		previous = text;
		text = text.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(whole, name: string, fallback?: string) => tokens[name] ?? fallback?.trim() ?? whole
		);
	}
	return text;
}

/** Top-level rules of a stylesheet with every selector prefixed by `scope`; at-rules dropped. */
export function scopeRules(css: string, scope: string): string {
	const rules: string[] = [];
	let depth = 0;
	let start = 0;
	let prelude = '';
	css = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') {
			if (depth === 0) prelude = css.slice(start, i).trim();
			if (depth === 0) start = i + 1;
			depth++;
		} else if (css[i] === '}') {
			depth--;
			if (depth === 0) {
				if (!prelude.startsWith('@')) {
					const selectors = prelude.split(',').map((s) => `${scope} ${s.trim().replace(/:global\(([^)]*)\)/g, '$1')}`);
					rules.push(`${selectors.join(', ')} { ${css.slice(start, i).trim()} }`);
				}
				start = i + 1;
			}
		}
	}
	return rules.join('\n');
}

/**
 * A component's CSS as the build compiles it: the same file path gives the same scoping class.
 * Svelte writes the class as `:where(.svelte-…)` after a selector's first element, which resvg
 * does not read; as a plain class it selects the same elements.
 */
const compiledCss = (file: string) =>
	(
		compile(componentSources[file], { filename: resolve(`.${file}`), generate: 'server', css: 'external' }).css?.code ??
		''
	).replace(/:where\((\.svelte-[\w-]+)\)/g, '$1');

const stylesheets = new Map<string, string>();

/** The <style> content of an exported chart: the chart components' rules, resolved and kept inside `scope`, in a script's fonts. */
export function exportStylesheet(scope: string, script: Script = 'latin'): string {
	const key = `${scope} ${script}`;
	if (!stylesheets.has(key)) {
		const blocks = Object.keys(componentSources).sort().map(compiledCss).filter(Boolean);
		stylesheets.set(
			key,
			resolveVariables(blocks.map((css) => scopeRules(css, scope)).join('\n'), designTokens(globalCss(), script))
		);
	}
	return stylesheets.get(key)!;
}
