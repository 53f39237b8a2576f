// Exported SVGs take their styles from the chart components, as Svelte compiles and scopes
// them, rewritten for renderers that know no custom properties; text is measured from the
// DejaVu font files.
import { describe, expect, it } from 'vitest';
import { designTokens, exportStylesheet, resolveVariables, scopeRules } from '$lib/export/export-styles.server';
import { textWidth } from '$lib/export/text-width.server';

describe('export styles', () => {
	it('reads the design tokens of global.css, with the export’s DejaVu fonts', () => {
		const tokens = designTokens();
		expect(tokens['--ink']).toMatch(/^#[0-9a-f]{6}$/i);
		expect(tokens['--font-sans']).toMatch(/^'DejaVu Sans'/);
	});

	it('resolves custom properties, nested ones and fallbacks included', () => {
		const tokens = { '--a': '#111', '--b': 'var(--a)' };
		expect(resolveVariables('fill: var(--b); stroke: var(--missing, red); x: var(--missing)', tokens)).toBe(
			'fill: #111; stroke: red; x: var(--missing)'
		);
	});

	it('scopes every selector and drops at-rules and comments', () => {
		const css =
			'/* c */ .a, svg text { fill: red; } @media (max-width: 10px) { .a { fill: blue; } } :global(.b) { x: y }';
		expect(scopeRules(css, '.scope')).toBe('.scope .a, .scope svg text { fill: red; }\n.scope .b { x: y }');
	});

	it('gives the chart components’ rules, each kept to its own component’s elements, with no custom property left', () => {
		const css = exportStylesheet('.chart-graphic');
		expect(css).toMatch(/\.chart-graphic svg\.svelte-[\w-]+ \.region-outline \{[^}]*stroke-dasharray/);
		// Scoped as Svelte scopes them: a rule of one chart never styles another's elements.
		const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap(([, list]) => list.split(','));
		expect(selectors.length).toBeGreaterThan(50);
		for (const selector of selectors) expect(selector).toMatch(/\.svelte-[\w-]+/);
		expect(css).not.toMatch(/var\(--(?!motion|duration)/);
	});
});

describe('text width', () => {
	it('measures DejaVu Sans from its advance widths', () => {
		// DejaVu Sans: "i" is 0.278 em, "W" is 0.989 em, bold is wider.
		expect(textWidth('iiiii', 20)).toBeCloseTo(27.8, 0);
		expect(textWidth('W', 100)).toBeCloseTo(98.9, 0);
		expect(textWidth('Kabul', 20, true)).toBeGreaterThan(textWidth('Kabul', 20));
	});
});
