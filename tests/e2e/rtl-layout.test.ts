// The story and the deck right to left, as a Dari or Pashto reader gets them: text and controls
// starting at the right, nothing over the window's edge on a phone at any step, the barred-girls
// chart mirrored as the browser draws it, the deck's taps, swipe and key help the reader's way.
// Every right-to-left edition the data build finds is checked (edition-rtl.test.ts checks the
// steps' side, the clicker's keys and the digits).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import editionsJson from '../../src/lib/generated/editions.json' with { type: 'json' };
import type { Copy } from '../../src/lib/model/copy';
import type { Edition } from '../../src/lib/model/editions';
import { scrollToStep } from './helpers/story';
import { expectSlide, openDeck, swipe } from './helpers/present';

const rightToLeft = (editionsJson as Edition[]).filter((edition) => edition.dir === 'rtl');
const copyOf = (code: string) =>
	JSON.parse(readFileSync(`src/lib/generated/copy.${code}.json`, 'utf8')) as unknown as Copy;

test.use({ reducedMotion: 'reduce' });

/** Elements drawn past the window's left or right edge, outside any box that scrolls sideways. */
function sidewaysOverflow(page: Page) {
	return page.evaluate(() => {
		const scrollsSideways = (element: Element) => {
			for (let box = element.parentElement; box; box = box.parentElement) {
				const { overflowX } = getComputedStyle(box);
				if (overflowX !== 'visible' && box !== document.documentElement && box !== document.body) return true;
			}
			return false;
		};
		const over: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			if (element.closest('.visually-hidden')) continue;
			const box = element.getBoundingClientRect();
			if (box.width < 1 || box.height < 1) continue;
			if ((box.left < -1 || box.right > window.innerWidth + 1) && !scrollsSideways(element))
				over.push(
					`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(box.left)} to ${Math.round(box.right)}`
				);
		}
		const { scrollWidth, clientWidth } = document.documentElement;
		if (scrollWidth > clientWidth) over.push(`the page scrolls sideways: ${scrollWidth} px in ${clientWidth}`);
		return over;
	});
}

for (const { code, name } of rightToLeft) {
	const path = `/${code}/`;
	const copy = copyOf(code);
	const barredStep = copy.steps.find((step) => step.state.graphic === 'barred')!;

	test.describe(`${name} (${path}) right to left`, () => {
		test('at 1280 px the steps sit to the right of the graphic, and text and controls start at the right', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			const graphic = (await page.locator('.graphic-column').boundingBox())!;
			const steps = (await page.locator('.steps').boundingBox())!;
			expect(steps.x).toBeGreaterThanOrEqual(graphic.x + graphic.width);
			for (const card of await page.locator('[data-step] .card').all()) {
				const box = (await card.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(graphic.x + graphic.width);
			}
			// A paragraph's first line starts at its right edge (its pieces: an isolated name is a box of its own).
			const firstLine = await page.locator('.dek').evaluate((p) => {
				const range = document.createRange();
				range.selectNodeContents(p);
				const pieces = [...range.getClientRects()].filter((r) => r.width > 0);
				const top = Math.min(...pieces.map((r) => r.top));
				const line = pieces.filter((r) => r.top < top + r.height / 2);
				return { line: Math.max(...line.map((r) => r.right)), box: p.getBoundingClientRect().right };
			});
			expect(Math.abs(firstLine.line - firstLine.box)).toBeLessThanOrEqual(2);
			const voice = page.locator('[data-step] .voice-record').first();
			expect(await voice.evaluate((p) => parseFloat(getComputedStyle(p).borderRightWidth))).toBeGreaterThan(0);
			expect(await voice.evaluate((p) => parseFloat(getComputedStyle(p).borderLeftWidth))).toBe(0);
			// The language switch reads from the right: its first edition is the rightmost.
			const editions = await page
				.locator('.language-switch li')
				.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
			expect(editions).toEqual([...editions].sort((a, b) => b - a));
			// A step's tools: the first is the rightmost.
			const tools = await page
				.locator('[data-step] .chart-tools')
				.first()
				.locator(':scope > *')
				.evaluateAll((items) =>
					items.filter((i) => i.getBoundingClientRect().width > 0).map((i) => i.getBoundingClientRect().left)
				);
			expect(tools.length).toBeGreaterThan(1);
			expect(tools).toEqual([...tools].sort((a, b) => b - a));
		});

		for (const [width, height] of [
			[320, 568],
			[375, 740]
		])
			test(`at ${width} px nothing overflows sideways, at any step`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await page.goto(path);
				expect(await sidewaysOverflow(page)).toEqual([]);
				for (const step of copy.steps) {
					await scrollToStep(page, step);
					expect(await sidewaysOverflow(page), step.id).toEqual([]);
				}
				await page.locator('#methods-heading').scrollIntoViewIfNeeded();
				expect(await sidewaysOverflow(page), 'methods').toEqual([]);
			});

		test('the barred-girls chart mirrors: its words start at the right, where its bars grow from', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			await scrollToStep(page, barredStep);
			const chart = page.locator('.sticky-graphic .slot.shown svg.barred');
			await expect(chart.locator('.row[data-shown="true"] rect').first()).toBeVisible();
			const rows = await chart.locator('.row[data-shown="true"]').evaluateAll((groups) =>
				groups.map((group) => {
					const bar = group.querySelector('rect')!.getBoundingClientRect();
					const words = [...group.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
					return {
						bar: { left: bar.left, right: bar.right },
						words: words.map((w) => ({ left: w.left, right: w.right }))
					};
				})
			);
			const right = await chart.evaluate((svg) => svg.getBoundingClientRect().right);
			expect(rows.length).toBeGreaterThan(0);
			for (const { bar, words } of rows) {
				expect(right - bar.right).toBeLessThan(12);
				for (const line of words) {
					// Each line ends at the bar's right end, and reads leftwards from it.
					expect(Math.abs(line.right - bar.right)).toBeLessThanOrEqual(3);
					expect(line.left).toBeLessThan(line.right);
				}
			}
		});

		test('the deck: a tap on the left goes forward, on the right back, a swipe to the right goes forward, and the key help says ← is next', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			await openDeck(page, `${path}present/#5`);
			// Each move, and the slide it lands on, from slide 5.
			const moves: [() => Promise<void>, number][] = [
				[() => page.mouse.click(300, 360), 6],
				[() => page.mouse.click(1180, 360), 5],
				// A swipe to the right: the finger moving left to right.
				[() => swipe(page, 500, 700), 6],
				[() => swipe(page, 700, 500), 5]
			];
			for (const [move, slide] of moves) {
				await move();
				await expectSlide(page, slide);
			}
			// The key help says so.
			await page.keyboard.press('?');
			const next = page.locator('.key-help tr').first();
			await expect(next.locator('kbd').first()).toHaveText('←');
			await expect(next.locator('kbd', { hasText: '→' })).toHaveCount(0);
		});
	});
}
