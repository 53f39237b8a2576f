// Geometry checks for end-to-end tests: every piece of text inside a root (a slide, a chart)
// lies inside the root's box and overlaps no other piece of text.
import type { Page } from '@playwright/test';

export interface OverlapOptions {
	/** Pixels two boxes may share before they count as overlapping (anti-aliasing, rounding) */
	tolerance?: number;
}

/**
 * What is wrong with the text in the first element matching `rootSelector`: each problem names
 * the box outside the root, or the two boxes drawn over each other. A text box is an SVG
 * <text>, or the lines of an HTML text node, as tall as its glyphs; hidden text (display, visibility, opacity 0,
 * visually hidden) is left out, as is text inside text (a <strong> in its paragraph).
 */
export function overlapProblems(
	page: Page,
	rootSelector: string,
	{ tolerance = 1 }: OverlapOptions = {}
): Promise<string[]> {
	return page.evaluate(
		({ rootSelector, tolerance }) => {
			const root = document.querySelector(rootSelector);
			if (!root) return [`no element matches ${rootSelector}`];
			interface TextBox {
				owner: Element;
				name: string;
				left: number;
				top: number;
				right: number;
				bottom: number;
			}
			const shown = (el: Element) =>
				el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }) &&
				!el.closest('.visually-hidden');
			const describe = (el: Element, text: string) => {
				const kind = el.getAttribute('class')?.trim().split(/\s+/)[0];
				return `${el.tagName.toLowerCase()}${kind ? `.${kind}` : ''} "${text.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
			};
			const boxes: TextBox[] = [];
			// A font's box is taller than its glyphs (room for accents above, below the descenders):
			// lines set close together share some of it without any glyph touching another.
			const glyphInset = (owner: Element) => {
				const size = parseFloat(getComputedStyle(owner).fontSize);
				const scale =
					owner instanceof SVGGraphicsElement
						? (owner.getScreenCTM()?.a ?? 1)
						: ((owner as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
				return 0.15 * size * scale;
			};
			const add = (owner: Element, text: string, rects: Iterable<DOMRect>) => {
				let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
				for (const rect of rects) {
					if (rect.width < 1 || rect.height < 1) continue;
					left = Math.min(left, rect.left);
					top = Math.min(top, rect.top);
					right = Math.max(right, rect.right);
					bottom = Math.max(bottom, rect.bottom);
				}
				const inset = glyphInset(owner);
				if (left < right)
					boxes.push({ owner, name: describe(owner, text), left, top: top + inset, right, bottom: bottom - inset });
			};
			// SVG text as whole <text> elements; HTML text node by node, each as the union of its lines.
			for (const text of root.querySelectorAll('text'))
				if (shown(text) && text.textContent!.trim()) add(text, text.textContent!, [text.getBoundingClientRect()]);
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				if (!node.textContent!.trim() || parent.closest('svg') || !shown(parent)) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				add(parent, node.textContent!, range.getClientRects());
			}

			const frame = root.getBoundingClientRect();
			const problems: string[] = [];
			for (const box of boxes) {
				const outside =
					box.left < frame.left - tolerance ||
					box.right > frame.right + tolerance ||
					box.top < frame.top - tolerance ||
					box.bottom > frame.bottom + tolerance;
				if (outside) problems.push(`outside ${rootSelector}: ${box.name}`);
			}
			const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i], boxes[j]];
					if (related(a.owner, b.owner)) continue;
					const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (across > tolerance && down > tolerance)
						problems.push(`${a.name} overlaps ${b.name} (${across.toFixed(0)}×${down.toFixed(0)} px)`);
				}
			}
			return problems;
		},
		{ rootSelector, tolerance }
	);
}
