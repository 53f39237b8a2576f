// Smoothness of the story on a slow phone: the main thread while scrolling the whole story
// with the CPU slowed 4x (Chrome DevTools Protocol), layout shift during the scroll, and how
// long the graphic takes to finish changing once a step becomes active.
import type { Browser, Page } from '@playwright/test';
import { scrollThrough } from './page-weight';

const PHONE = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Starts observers before any of the page's code runs. */
function installObservers() {
	const w = window as unknown as {
		__longTasks: { start: number; duration: number; step: string | null }[];
		__shifts: { start: number; value: number }[];
	};
	w.__longTasks = [];
	w.__shifts = [];
	// With each long task, the step on the graphic as it is reported (just after the task):
	// where to look first.
	const activeStep = () => document.querySelector('.sticky-graphic')?.getAttribute('data-active-step') ?? null;
	new PerformanceObserver((list) =>
		list
			.getEntries()
			.forEach((e) => w.__longTasks.push({ start: e.startTime, duration: e.duration, step: activeStep() }))
	).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) =>
		list.getEntries().forEach((e) => {
			const shift = e as unknown as { value: number; hadRecentInput: boolean };
			if (!shift.hadRecentInput) w.__shifts.push({ start: e.startTime, value: shift.value });
		})
	).observe({ type: 'layout-shift', buffered: true });
}

async function slowPhonePage(browser: Browser): Promise<Page> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.addInitScript(installObservers);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

export async function measureScrolling(browser: Browser, url: string) {
	const page = await slowPhonePage(browser);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	const loadedAt = await page.evaluate(() => performance.now());
	await scrollThrough(page, 120);
	await page.waitForTimeout(1000);
	const result = await page.evaluate((since) => {
		const w = window as unknown as {
			__longTasks: { start: number; duration: number; step: string | null }[];
			__shifts: { start: number; value: number }[];
		};
		const tasks = w.__longTasks.filter((t) => t.start >= since);
		const over50 = tasks.filter((t) => t.duration > 50);
		return {
			longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
			tasksOver50: over50.length,
			stepsOfTasksOver50: over50.map((t) => `${t.step ?? '?'} ${Math.round(t.duration)} ms`),
			layoutShift: w.__shifts.filter((s) => s.start >= since).reduce((sum, s) => sum + s.value, 0),
			layoutShiftDuringLoad: w.__shifts.filter((s) => s.start < since).reduce((sum, s) => sum + s.value, 0)
		};
	}, loadedAt);
	await page.context().close();
	return result;
}

/** For each step: from the moment the graphic takes the step's id to the last transition ending in it. */
export async function measureStepResponse(browser: Browser, url: string) {
	const page = await slowPhonePage(browser);
	await page.goto(url, { waitUntil: 'networkidle' });
	const steps = await page
		.locator('[data-step]')
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step!));
	const transitionMs = await page.evaluate(
		() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--duration')) || 600
	);
	await page.evaluate(() => {
		const graphic = document.querySelector('.sticky-graphic')!;
		const w = window as unknown as { __responses: { id: string; start: number; end: number }[] };
		w.__responses = [];
		new MutationObserver(() => {
			const now = performance.now();
			w.__responses.push({ id: graphic.getAttribute('data-active-step')!, start: now, end: now });
			// A change with no transition is finished once the next frame is painted.
			requestAnimationFrame(() =>
				requestAnimationFrame(
					() =>
						(w.__responses[w.__responses.length - 1].end = Math.max(
							w.__responses[w.__responses.length - 1].end,
							performance.now()
						))
				)
			);
		}).observe(graphic, { attributes: true, attributeFilter: ['data-active-step'] });
		graphic.addEventListener('transitionend', () => {
			const last = w.__responses[w.__responses.length - 1];
			if (last) last.end = Math.max(last.end, performance.now());
		});
	});
	for (const id of steps.slice(1)) {
		await page.evaluate((id) => {
			const element = document.querySelector(`[data-step="${id}"]`)!;
			window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
		}, id);
		await page.waitForTimeout(transitionMs + 900);
	}
	const responses = await page.evaluate(
		() => (window as unknown as { __responses: { id: string; start: number; end: number }[] }).__responses
	);
	await page.context().close();
	const times = responses.map((r) => ({ id: r.id, ms: r.end - r.start }));
	const sorted = [...times].sort((a, b) => a.ms - b.ms);
	const slowest = sorted[sorted.length - 1] ?? { id: '', ms: 0 };
	return {
		transitionMs,
		steps: times,
		median: sorted[Math.floor(sorted.length / 2)]?.ms ?? 0,
		max: slowest.ms,
		slowestStep: slowest.id
	};
}
