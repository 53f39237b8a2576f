// An SVG document made ready for svg-to-pdfkit, which draws a PDF page's vectors and text from
// it: svg-to-pdfkit reads only simple selectors and no `paint-order`, orders no right-to-left
// text and falls back to no other font. So, with SVGO: the stylesheet's rules are written onto
// the elements they select (inlineStyles), a text whose outline is painted first (a label's
// halo) becomes two (halo, then letters), and a line with right-to-left letters or with
// characters its font lacks becomes runs in drawing order, each in a font that has them
// (visual-runs.ts).
import { optimize, type CustomPlugin, type XastChild, type XastElement, type XastParent } from 'svgo';
import { bundledFamily, familyFor } from './pdf-fonts.server';
import { hasRightToLeft, visualRuns, type Span, type VisualRun } from './visual-runs';

/** Inherited text properties, as far as the font choice goes. */
interface TextContext {
	family: string;
	bold: boolean;
}

const styleOf = (element: XastElement): Record<string, string> =>
	Object.fromEntries(
		(element.attributes.style ?? '')
			.split(';')
			.map((declaration) => {
				const colon = declaration.indexOf(':');
				return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
			})
			.filter(([name, value]) => name && value)
	);

const writeStyle = (element: XastElement, style: Record<string, string>) => {
	element.attributes.style = Object.entries(style)
		.map(([name, value]) => `${name}:${value}`)
		.join(';');
};

/** A presentation property of an element: its style first, then its attribute. */
const property = (element: XastElement, name: string): string | undefined =>
	styleOf(element)[name] ?? element.attributes[name];

const isBold = (weight: string | undefined, inherited: boolean) =>
	weight === undefined ? inherited : /^(bold|bolder|[6-9]00)$/.test(weight.replace(/\s*!important/, ''));

function contextOf(element: XastElement, parent: TextContext): TextContext {
	const family = property(element, 'font-family');
	return {
		family: family ? bundledFamily(family.replace(/\s*!important/, '')) : parent.family,
		bold: isBold(property(element, 'font-weight'), parent.bold)
	};
}

const isElement = (node: XastChild): node is XastElement => node.type === 'element';
const clone = <T>(node: T): T => structuredClone(node);

/** `paint-order: stroke` (a halo under a label): a stroke-only copy first, then the element without its stroke. */
function splitPaintOrder(parent: XastParent) {
	parent.children = parent.children.flatMap((child): XastChild[] => {
		if (!isElement(child)) return [child];
		splitPaintOrder(child);
		if (!/^stroke/.test(property(child, 'paint-order') ?? '')) return [child];
		const halo = clone(child);
		const letters = child;
		for (const [element, removed] of [
			[halo, 'fill'],
			[letters, 'stroke']
		] as const) {
			const style = styleOf(element);
			delete style['paint-order'];
			style[removed] = 'none';
			delete element.attributes['paint-order'];
			writeStyle(element, style);
		}
		return [halo, letters];
	});
}

/** A line's text spans: each text node with the unpositioned elements it sits in (none may move it). */
function spansOf(element: XastElement, chain: XastElement[] = []): { text: string; chain: XastElement[] }[] | null {
	const spans: { text: string; chain: XastElement[] }[] = [];
	for (const child of element.children) {
		if (child.type === 'text' || child.type === 'cdata') spans.push({ text: child.value, chain });
		else if (isElement(child)) {
			if (['x', 'y', 'dx', 'dy', 'rotate'].some((a) => a in child.attributes)) return null;
			const inner = spansOf(child, [...chain, child]);
			if (!inner) return null;
			spans.push(...inner);
		}
	}
	return spans;
}

/** The attributes of a span's elements, outer first, as one tspan's (no ids or classes: styles are inline by now). */
function spanAttributes(chain: XastElement[]): Record<string, string> {
	const attributes: Record<string, string> = {};
	let style: Record<string, string> = {};
	for (const element of chain) {
		const { style: _style, id: _id, class: _class, ...rest } = element.attributes;
		Object.assign(attributes, rest);
		style = { ...style, ...styleOf(element) };
	}
	if (Object.keys(style).length)
		attributes.style = Object.entries(style)
			.map(([n, v]) => `${n}:${v}`)
			.join(';');
	return attributes;
}

/** Marks a line already set as runs: a graphic made ready once is then placed on pages as it is. */
export const SET_AS_RUNS = 'data-runs';

/**
 * A line's spans as runs in drawing order, each in a bundled font that has its characters
 * (`fontOf` a character of a span), or null when the line needs none: no right-to-left letters,
 * no character its span's family lacks. Spaces collapse as the SVG's would.
 */
export function lineRuns(
	spans: Span[],
	families: string[],
	fontOf: (character: string, span: number) => string
): VisualRun[] | null {
	const needsRuns =
		hasRightToLeft(spans.map((span) => span.text).join('')) ||
		spans.some((span, i) => [...span.text].some((c) => fontOf(c, i) !== families[i]));
	if (!needsRuns) return null;
	const collapsed = spans.map((span) => ({ text: span.text.replace(/\s+/g, ' ') }));
	collapsed[0].text = collapsed[0].text.trimStart();
	collapsed[collapsed.length - 1].text = collapsed[collapsed.length - 1].text.trimEnd();
	const runs = visualRuns(collapsed, fontOf);
	// A line starting (at its left) with Arabic letters may start with a mark (a dot, laid out
	// before its letter): svg-to-pdfkit would place that glyph alone at the line's x, so a space goes first.
	if (/\p{Script=Arabic}/u.test(runs[0]?.text ?? '')) runs.unshift({ ...runs[0], text: ' ' });
	return runs;
}

/** A line of text in one family and weight as runs (see lineRuns): PdfPage's own lines. */
export const plainLineRuns = (text: string, family: string, bold: boolean) =>
	lineRuns([{ text }], [family], (character) => familyFor(character, family, bold));

function setTextRuns(text: XastElement, context: TextContext) {
	if (SET_AS_RUNS in text.attributes) return;
	const spans = spansOf(text);
	if (!spans) {
		// A text whose parts are placed one by one: each part is a line of its own.
		for (const child of text.children) if (isElement(child)) setTextRuns(child, contextOf(child, context));
		return;
	}
	const spanContexts = spans.map((span) => span.chain.reduce((c, element) => contextOf(element, c), context));
	const runs = lineRuns(
		spans,
		spanContexts.map((c) => c.family),
		(character, span) => familyFor(character, spanContexts[span].family, spanContexts[span].bold)
	);
	if (!runs) return;
	text.attributes['xml:space'] = 'preserve';
	text.attributes[SET_AS_RUNS] = '';
	text.children = runs.map((run) => {
		const attributes = spanAttributes(spans[run.span].chain);
		if (run.font !== spanContexts[run.span].family) attributes['font-family'] = `'${run.font}'`;
		return { type: 'element', name: 'tspan', attributes, children: [{ type: 'text', value: run.text }] };
	});
}

function setAllTextRuns(parent: XastParent, context: TextContext) {
	for (const child of parent.children) {
		if (!isElement(child)) continue;
		const own = contextOf(child, context);
		if (child.name === 'text') setTextRuns(child, own);
		else setAllTextRuns(child, own);
	}
}

const forPdfkit: CustomPlugin = {
	name: 'for-pdfkit',
	fn: () => ({
		root: {
			enter(root) {
				splitPaintOrder(root);
				setAllTextRuns(root, { family: bundledFamily(undefined), bold: false });
			}
		}
	})
};

const ready = new Map<string, string>();

/**
 * An SVG document (a chart) as svg-to-pdfkit draws it like a browser would (see the top of this
 * file), made once per build: placed on a slide, then with the slide on a page of notes, as it is.
 */
export function svgForPdf(svg: string): string {
	let made = ready.get(svg);
	if (made === undefined) {
		made = optimize(svg, {
			multipass: false,
			plugins: [
				// Every rule onto every element it selects; `:not()` too (a map's off-screen drawing is hidden by one).
				{ name: 'inlineStyles', params: { onlyMatchedOnce: false, usePseudos: ['', ':not'] } },
				forPdfkit
			]
		}).data;
		ready.set(svg, made);
	}
	return made;
}
