// One stylesheet serves both directions (English and Japanese left to right, Dari and Pashto
// right to left): the styles say start and end (margin-inline-start, text-align: start,
// inset-inline-end), never left and right, so a page mirrors by its `dir` alone. This reads
// every style the site has (the components' <style> blocks and style attributes, the .css
// files, the embed scripts' inline styles) and fails on a physical left or right, unless
// ALLOWED says why that one must stay physical.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Physical declarations that are right in both directions, each with its reason. */
const ALLOWED: { file: string; declaration: string; why: string }[] = [
	{
		file: 'src/lib/present/ControlBar.svelte',
		declaration: 'left: 50%',
		why: 'centred by left: 50% and translateX(-50%), which is the same in both directions'
	},
	{
		file: 'src/lib/present/PopupBlocked.svelte',
		declaration: 'left: 50%',
		why: 'centred by left: 50% and translateX(-50%), which is the same in both directions'
	}
];

/** Properties whose name says left or right: margin-left, border-right-width, left, … */
const PHYSICAL_PROPERTY =
	/^(?:left|right|(?:margin|padding|border|scroll-margin|scroll-padding|inset)-(?:left|right)(?:-[a-z]+)?|border-(?:top|bottom)-(?:left|right)-radius|background-position-x)$/;
/** Properties whose value may say left or right: text-align: left, float: right, … */
const VALUE_SIDES =
	/^(?:text-align|text-align-last|float|clear|justify-content|justify-items|justify-self|caption-side)$/;
/** Four-value shorthands (top, right, bottom, left) whose right and left differ. */
const BOX_SHORTHAND = /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

/** Every .svelte, .css, .ts and .js file under `folder`. */
function files(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
		return /\.(svelte|css|ts|js)$/.test(entry.name) ? [path] : [];
	});
}

/** The CSS a file holds: a stylesheet whole; a component's <style> blocks, style attributes and style: directives; a script's inline styles. */
function stylesIn(path: string, text: string): string[] {
	if (path.endsWith('.css')) return [text];
	const styles: string[] = [];
	if (path.endsWith('.svelte'))
		for (const [, css] of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.push(css);
	// style="…", cssText = '…', and Svelte's style:margin-left={…} as a declaration of its own.
	for (const [, css] of text.matchAll(/style="([^"{]*)"/g)) styles.push(css);
	for (const [, css] of text.matchAll(/cssText\s*=\s*['"`]([^'"`]*)['"`]/g)) styles.push(css);
	for (const [, property] of text.matchAll(/\bstyle:([a-z-]+)/g)) styles.push(`${property}: set`);
	return styles;
}

/** The declarations of some CSS that use a physical side: "margin-left: 1rem". */
function physicalDeclarations(css: string): string[] {
	const found: string[] = [];
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const [, property, rawValue] of withoutComments.matchAll(/(?:^|[;{\s])([a-z-]+)\s*:\s*([^;{}]+)/g)) {
		const value = rawValue.trim().replace(/\s*!important$/, '');
		const declaration = `${property}: ${value}`;
		const words = value.split(/\s+/);
		if (PHYSICAL_PROPERTY.test(property)) found.push(declaration);
		else if (VALUE_SIDES.test(property) && /\b(?:left|right)\b/.test(value)) found.push(declaration);
		else if (BOX_SHORTHAND.test(property) && words.length === 4 && words[1] !== words[3]) found.push(declaration);
		else if (property === 'border-radius' && !value.includes('/') && words.length > 1) {
			// top-left, top-right, bottom-right, bottom-left: the same mirrored only when each pair matches.
			const [a, b = a, c = a, d = b] = words;
			if (a !== b || c !== d) found.push(declaration);
		} else if (/^background(?:-position)?$/.test(property) && /\b(?:left|right)\b/.test(value)) found.push(declaration);
		else if (/gradient\(\s*(?:to (?:left|right)|-?\d+deg)/.test(value)) found.push(declaration);
	}
	return found;
}

describe('one stylesheet for both directions', () => {
	it('no style in src/ or static/embed/ uses a physical left or right, but the few ALLOWED says why', () => {
		const paths = [...files('src'), ...files('static/embed')];
		const unexplained = paths.flatMap((path) =>
			stylesIn(path, readFileSync(path, 'utf8'))
				.flatMap(physicalDeclarations)
				.filter((declaration) => !ALLOWED.some((a) => a.file === path && a.declaration === declaration))
				.map((declaration) => `${path}: ${declaration}`)
		);
		expect(unexplained).toEqual([]);
	});

	it('every allowed declaration is still there (a stale entry would excuse a new one)', () => {
		for (const { file, declaration } of ALLOWED) {
			const found = stylesIn(file, readFileSync(file, 'utf8')).flatMap(physicalDeclarations);
			expect(found, file).toContain(declaration);
		}
	});

	it('finds what a right-to-left page would show wrong', () => {
		const css = `a { margin-left: 1rem; text-align: right; padding: 0 1rem 0 2rem; border-top-left-radius: 2px }
			b { float: left; inset: 0 auto 0 0; border-radius: 4px 0 0 4px; background: linear-gradient(to right, red, blue) }
			c { margin: 0 auto; padding: 1rem 2rem; text-align: start; inset-inline-start: 0; border-radius: 4px; padding: 1px 2px 3px 2px }`;
		expect(physicalDeclarations(css)).toEqual([
			'margin-left: 1rem',
			'text-align: right',
			'padding: 0 1rem 0 2rem',
			'border-top-left-radius: 2px',
			'float: left',
			'inset: 0 auto 0 0',
			'border-radius: 4px 0 0 4px',
			'background: linear-gradient(to right, red, blue)'
		]);
		expect(stylesIn('x.svelte', '<div style="left:0"></div><p style:padding-right={x}></p>')).toEqual([
			'left:0',
			'padding-right: set'
		]);
	});
});
