// Geometry checks for a graphic on screen: is every part of it inside the window, is anything
// drawn over anything (text over text, a control, a drawing or a map's report dot), and is its
// drawing big enough to read? Used by the story's layout test; the deck's uses overlap-checks.ts,
// which measures text against its slide rather than the window (the two should become one).
// Usage: expect(await findLayoutProblems(page, page.locator('.sticky-graphic'))).toEqual([]);
// Each problem is a sentence naming the boxes involved, e.g.
//   'legend item "No data" overlaps source "Source: DHS 2015"'.
import type { Locator, Page } from '@playwright/test';

export interface LayoutOptions {
	/** The smallest a drawing may be, in CSS pixels, in each direction */
	minDrawing?: number;
	/** Overlaps and overhangs up to this many pixels are rounding, not faults */
	tolerance?: number;
}

/**
 * The problems of the graphic under `root` as shown now: text boxes (every element's own text:
 * titles, legend items, sources, labels) and controls (buttons, summaries, links) outside the
 * window or overlapping one another or a drawing, and drawings (SVGs, as drawn within their
 * box) smaller than `minDrawing`. Parts that are not shown (display: none, opacity 0 here or
 * above, visually hidden) are not checked.
 */
export async function findLayoutProblems(
	page: Page,
	root: Locator,
	{ minDrawing = 120, tolerance = 1 }: LayoutOptions = {}
): Promise<string[]> {
	return root.evaluate(
		(rootElement, { minDrawing, tolerance }) => {
			type Box = { name: string; left: number; top: number; right: number; bottom: number; element: Element };
			const shown = (element: Element) => {
				if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
				const box = element.getBoundingClientRect();
				return box.width > 1 && box.height > 1;
			};
			const describe = (element: Element, kind: string) => {
				const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
				return `${kind} "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
			};
			const kindOf = (element: Element) => {
				if (element.closest('.chart-title')) return 'title';
				if (element.closest('.chart-source')) return 'source';
				if (element.closest('.legend, .key')) return 'legend item';
				if (element.closest('button, summary, a')) return 'control';
				if (element.closest('svg')) return 'label';
				return 'text';
			};
			const boxOf = (element: Element, name: string): Box => {
				const { left, top, right, bottom } = element.getBoundingClientRect();
				return { name, left, top, right, bottom, element };
			};

			// A drawing as drawn: its viewBox fitted into its box (preserveAspectRatio's default, meet).
			const drawnBox = (svg: SVGSVGElement): Box => {
				const box = svg.getBoundingClientRect();
				const viewBox = svg.viewBox.baseVal;
				if (!viewBox || !viewBox.width || !viewBox.height) return boxOf(svg, 'drawing');
				const scale = Math.min(box.width / viewBox.width, box.height / viewBox.height);
				const width = viewBox.width * scale;
				const height = viewBox.height * scale;
				const left = box.left + (box.width - width) / 2;
				const top = box.top + (box.height - height) / 2;
				const chart = svg.closest('[data-graphic]')?.getAttribute('data-graphic');
				return {
					name: `drawing${chart ? ` (${chart})` : ''}`,
					left,
					top,
					right: left + width,
					bottom: top + height,
					element: svg
				};
			};

			const texts: Box[] = [];
			const controls: Box[] = [];
			for (const element of rootElement.querySelectorAll('*')) {
				if (!shown(element)) continue;
				if (element.matches('button, summary, a[href], input, select, textarea')) {
					controls.push(boxOf(element, describe(element, 'control')));
					continue;
				}
				const ownText = [...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()
				);
				// A run of text inside a text already counted (a <tspan> in a <text>, a <strong> in a <p>) is part of it.
				const inText = element.parentElement?.closest('text, p, li, h1, h2, h3, figcaption, button, summary, a');
				if (ownText && !(inText && rootElement.contains(inText)))
					texts.push(boxOf(element, describe(element, kindOf(element))));
			}
			// Marks a label must not cover: a map's report dots.
			const marks = [...rootElement.querySelectorAll('circle[data-report]')]
				.filter(shown)
				.map((dot) => boxOf(dot, `report dot (${dot.getAttribute('data-report')})`));
			const drawings = [...rootElement.querySelectorAll('svg')]
				.filter(
					(svg) =>
						shown(svg) &&
						!svg.parentElement!.closest('svg') &&
						!svg.closest('.legend, .key') &&
						!svg.classList.contains('key')
				)
				.map(drawnBox);

			const problems: string[] = [];
			const overlaps = (a: Box, b: Box) =>
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
				Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
			const related = (a: Box, b: Box) => a.element.contains(b.element) || b.element.contains(a.element);
			const { innerWidth, innerHeight } = window;
			for (const box of [...texts, ...controls, ...drawings]) {
				const outside =
					box.left < -tolerance ||
					box.top < -tolerance ||
					box.right > innerWidth + tolerance ||
					box.bottom > innerHeight + tolerance;
				if (outside)
					problems.push(
						`${box.name} is outside the window (${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)} in ${innerWidth}x${innerHeight})`
					);
			}
			const parts = [...texts, ...controls];
			for (let i = 0; i < parts.length; i++) {
				for (let j = i + 1; j < parts.length; j++) {
					if (!related(parts[i], parts[j]) && overlaps(parts[i], parts[j]))
						problems.push(`${parts[i].name} overlaps ${parts[j].name}`);
				}
				for (const mark of marks) {
					if (mark.element.closest('svg')!.contains(parts[i].element) && overlaps(parts[i], mark))
						problems.push(`${parts[i].name} overlaps ${mark.name}`);
				}
				// Labels belong on their drawing; everything else must stay off it.
				for (const drawing of drawings) {
					if (!drawing.element.contains(parts[i].element) && overlaps(parts[i], drawing))
						problems.push(`${parts[i].name} overlaps ${drawing.name}`);
				}
			}
			for (const drawing of drawings) {
				const width = drawing.right - drawing.left;
				const height = drawing.bottom - drawing.top;
				if (width < minDrawing - tolerance || height < minDrawing - tolerance)
					problems.push(`${drawing.name} is ${Math.round(width)}x${Math.round(height)} px, under ${minDrawing} px`);
			}
			return problems;
		},
		{ minDrawing, tolerance }
	);
}
