// Printing the story (or saving it as PDF from the browser): with print media, every step's text
// is followed by its static graphic, in reading order; nothing is fixed or sticky, no control
// shows, nothing is wider than the paper, and the sources' addresses are written out.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, isStory } from './helpers/built-pages';

/** A4's printed width at the stylesheet's margins (210 mm less 2 × 12 mm), in CSS pixels. */
const PAPER_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function printed(page: Page, path: string) {
	await page.setViewportSize({ width: PAPER_WIDTH, height: 1100 });
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-figure')).toHaveCount(await page.locator('[data-step]').count());
}

for (const path of builtPages().filter(isStory)) {
	test.describe(`printing ${path}`, () => {
		test("every step's text, then its graphic, in reading order, one step after another", async ({ page }) => {
			await printed(page, path);
			const steps = await page.locator('[data-step]').evaluateAll((elements) =>
				elements.map((step) => {
					const paragraphs = [...step.querySelectorAll('.card p:not(.visually-hidden)')].filter(
						(p) => !p.closest('.print-figure')
					);
					const figure = step.querySelector('.print-figure')!;
					const svg = figure.querySelector('svg');
					const box = (element: Element) => element.getBoundingClientRect();
					return {
						id: step.getAttribute('data-step'),
						text: paragraphs.map((p) => p.textContent!.trim()).join(' '),
						textBottom: Math.max(...paragraphs.map((p) => box(p).bottom)),
						figureTop: box(figure).top,
						figureBottom: box(figure).bottom,
						drawing: svg ? { width: box(svg).width, height: box(svg).height } : null,
						stepTop: box(step).top
					};
				})
			);
			expect(steps.length).toBeGreaterThan(0);
			steps.forEach((step, i) => {
				expect(step.text.length, step.id!).toBeGreaterThan(20);
				expect(step.drawing?.width, step.id!).toBeGreaterThan(200);
				expect(step.drawing?.height, step.id!).toBeGreaterThan(100);
				// Its text, then its graphic below it, then the next step below both.
				expect(step.figureTop, step.id!).toBeGreaterThanOrEqual(step.textBottom - 1);
				if (i > 0) expect(step.stepTop, step.id!).toBeGreaterThanOrEqual(steps[i - 1].figureBottom - 1);
			});
		});

		test('nothing fixed or sticky, no controls, nothing wider than the paper, the sources written out', async ({
			page
		}) => {
			await printed(page, path);
			const layout = await page.evaluate(() => {
				const shown = [...document.querySelectorAll('body *')].filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
				});
				return {
					pinned: shown
						.filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position))
						.map((element) => element.outerHTML.slice(0, 80)),
					controls: shown
						.filter((element) => element.matches('button, summary, input, select, .sticky-graphic'))
						.map((element) => element.outerHTML.slice(0, 80)),
					tooWide: shown
						.filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
						.map((element) => element.outerHTML.slice(0, 80)),
					pageWidth: document.documentElement.scrollWidth,
					firstSource: (() => {
						const link = document.querySelector('.methods .sources a[href^="http"]')!;
						return { href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content };
					})()
				};
			});
			expect(layout.pinned).toEqual([]);
			expect(layout.controls).toEqual([]);
			expect(layout.tooWide).toEqual([]);
			expect(layout.pageWidth).toBeLessThanOrEqual(PAPER_WIDTH);
			expect(layout.firstSource.after).toContain(layout.firstSource.href);
		});

		test('as a PDF, the printout has a page for about every two steps, and no empty page', async ({ page }) => {
			await printed(page, path);
			const pdf = await page.pdf({ format: 'A4' });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			const steps = await page.locator('[data-step]').count();
			expect(pages).toBeGreaterThan(steps / 2);
			expect(pages).toBeLessThan(steps * 2.5);
		});
	});
}
