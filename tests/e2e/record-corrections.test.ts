// The corrected record as readers, embedders and presenters meet it: the corrections list, the
// agencies' separate counts of girls barred, the Kandahar school on the map, the takeover's dates.
import { expect, test } from '@playwright/test';
import methodsJson from '../../src/lib/generated/methods.json' with { type: 'json' };
import dataJson from '../../src/lib/generated/data.json' with { type: 'json' };
import type { MethodsData, StoryData } from '../../src/lib/model/data';
import { ACCENT_FILL, copy } from './helpers/story';

const methods = methodsJson as unknown as MethodsData;
const data = dataJson as unknown as StoryData;
const step = (id: string) => copy.steps.find((s) => s.id === id)!;

/** Opens the story at a step and waits for the graphic to show it. */
async function openAt(page: import('@playwright/test').Page, id: string) {
	await page.goto(`/#step-${id}`);
	await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', id);
}

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport, reducedMotion: 'reduce' });

		test('each bar of girls barred names its agency and what it counts, and the agencies are never one series', async ({
			page
		}) => {
			await openAt(page, 'count-grows');
			const rows = page.locator('.sticky-graphic svg.barred .row[data-shown="true"]');
			await expect(rows).toHaveCount(data.barredCount.length);
			for (const count of data.barredCount) {
				const row = page.locator(
					`.sticky-graphic svg.barred .agency[data-agency="${count.agency}"] .row[data-year="${count.year}"]`
				);
				// Wrapped over lines, the words are whole once the lines are joined.
				const text = (await row.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
				expect(text).toContain(count.whatIsCounted);
			}
			for (const agency of new Set(data.barredCount.map((c) => c.agency))) {
				await expect(
					page.locator(`.sticky-graphic svg.barred .agency[data-agency="${agency}"] .agency-name`)
				).toContainText(agency);
			}
			// The step says plainly that the jump between agencies is a change of source.
			await expect(page.locator('#step-count-grows')).toContainText('change of source');
		});

		test('the Kandahar school Japan funded through UNHCR is on the map after the takeover, with its source', async ({
			page
		}) => {
			await openAt(page, 'since-2021');
			const school = data.projects.find((p) => p.partner === 'UNHCR')!;
			expect(school.provinces).toEqual(['AF-KAN']);
			await expect(page.locator('.sticky-graphic .live-layer use[data-iso="AF-KAN"]')).toHaveAttribute(
				'fill',
				ACCENT_FILL
			);
			await expect(page.locator('.sticky-graphic .live-layer [data-label="AF-KAN"]')).toHaveCount(1);
			await expect(page.locator('#step-since-2021')).toContainText('Ghulam Haidar Hamidi');
			await expect(page.locator(`#step-since-2021 a[href="#source-${school.sourceId}"]`)).toHaveCount(1);
			if (viewport.width >= 800)
				await expect(page.locator('.sticky-graphic .chart-source')).toContainText(
					`${data.sources[school.sourceId].publisher}`
				);
		});
	});
}

test.describe('the corrections', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('are listed after the methods, newest first, each with its date and the step it changed', async ({ page }) => {
		await page.goto('/#corrections');
		const items = page.locator('ol.corrections > li');
		await expect(items).toHaveCount(methods.corrections.length);
		expect(methods.corrections.length).toBeGreaterThan(0);
		const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		expect(dates).toEqual(methods.corrections.map((c) => c.date));
		expect(dates).toEqual([...dates].sort().reverse());
		const first = methods.corrections.find((c) => c.step)!;
		const item = page.locator(`ol.corrections > li[data-correction-step="${first.step}"]`).first();
		await expect(item.locator('time')).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
		await item.locator(`a[href="#step-${first.step}"]`).click();
		await expect(page.locator('.sticky-graphic')).toHaveAttribute('data-active-step', first.step!);
	});

	test('no paragraph claims the Taliban governed all 34 provinces from 15 August 2021, and Kabul’s fall is not sourced to the op-ed', async ({
		page
	}) => {
		await page.goto('/');
		// The story's own words (the corrections list quotes what was wrong, and is left out).
		const text = (await page.locator('.steps [data-step]').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
		// Every sentence that says the Taliban govern all 34 provinces dates it from Panjshir's fall in September.
		const claims = text
			.split(/(?<=\.)\s/)
			.filter((sentence) => /all 34 provinces/.test(sentence) && /govern/.test(sentence));
		expect(claims.length).toBeGreaterThan(0);
		for (const claim of claims) {
			expect(claim).toMatch(/September|Panjshir/);
			expect(claim).not.toContain('15 August');
		}
		const takeover = step('takeover').body.find((p) =>
			p.inlines.some((i) => i.kind === 'text' && i.text.includes('15 August 2021'))
		)!;
		const cites = takeover.inlines.filter((i) => i.kind === 'cite').map((i) => (i.kind === 'cite' ? i.sourceId : ''));
		expect(cites).not.toContain('op-ed-amini-2024');
		expect(cites.length).toBeGreaterThan(1);
	});

	test('an embed’s credit links to them', async ({ page }) => {
		await page.goto('/embed/barred-2030/');
		const link = page.locator('.credit a[data-corrections-link]');
		await expect(link).toHaveAttribute('href', /\/#corrections$/);
	});

	test('the presenter finds them in the closing slide’s notes', async ({ page }) => {
		await page.goto('/present/presenter/#closing');
		const notes = page.locator('[data-corrections] li');
		await expect(notes).toHaveCount(methods.corrections.length);
		await expect(notes.first()).toContainText(methods.corrections[0].correction);
	});
});
