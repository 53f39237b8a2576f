// `npm run bench`: builds the site, serves it, and measures what the product costs against
// its budgets: bytes per page, Lighthouse (mobile, median of 5 after a warm-up run, on the
// story, the presentation and the heaviest embed),
// smoothness while scrolling the story at 4x CPU slowdown (median of 5 runs), step response,
// and requests to other origins; and how much CPU the host took back meanwhile. Prints a
// table with each budget and whether it holds, and writes the same to bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../find-chromium.js';
import { serveStatic } from '../serve-static.js';
import { builtPages, isChartEmbed, isDeck, isStory } from '../e2e/helpers/built-pages';
import { BUDGETS, measurePage, scrollThrough, type PageWeight } from './page-weight';
import { measureScrolling, measureStepResponse } from './smoothness';
import { cpuTimes, stealShare } from './cpu-steal';

const PORT = Number(process.env.BENCH_PORT ?? 4617);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const SCROLL_RUNS = Number(process.env.SCROLL_RUNS ?? 5);
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

interface Row {
	figure: string;
	value: string;
	budget: string;
	holds: boolean | null;
}
const rows: Row[] = [];
const row = (figure: string, value: string, budget = '', holds: boolean | null = null) =>
	rows.push({ figure, value, budget, holds });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function build() {
	console.log(`bench: building the site for ${ORIGIN} …`);
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build'], {
		env: { ...process.env, SITE_URL: ORIGIN },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (result.status !== 0) throw new Error('bench: the build failed');
	row('build: npm run build (data, site, images and PDFs)', `${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Every edition's PDFs as the build wrote them: the deck's slides and notes, the handout on A4 and Letter. */
function weighPdfs() {
	const pdfs = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pdf'));
	for (const file of pdfs.sort()) {
		const bytes = statSync(join('build', file)).size;
		const budget = /handout/.test(file) ? BUDGETS.handoutPdfBytes : BUDGETS.deckPdfBytes;
		row(`/${file} size`, kb(bytes), `< ${kb(budget)}`, bytes < budget);
	}
}

async function weighPages(browser: Browser, pages: string[]) {
	const weights: PageWeight[] = [];
	for (const path of pages) {
		const page = await browser.newPage();
		weights.push(await measurePage(page, ORIGIN + path, isStory(path) ? (p) => scrollThrough(p) : undefined));
		await page.close();
	}
	for (const weight of weights) {
		const path = weight.url.slice(ORIGIN.length);
		const isEmbed = isChartEmbed(path);
		const js = weight.byKind.js;
		const budget = isStory(path) ? BUDGETS.storyJsBrotli : isEmbed ? BUDGETS.embedJsBrotli : null;
		const split = (['html', 'css', 'js', 'data', 'fonts', 'images'] as const)
			.map((k) => `${k} ${kb(weight.byKind[k].brotli)}`)
			.join(', ');
		row(`${path} bytes (brotli; gzip)`, `${kb(weight.total.brotli)}; ${kb(weight.total.gzip)} (${split})`);
		row(
			`${path} JavaScript (brotli)`,
			kb(js.brotli),
			budget ? `≤ ${kb(budget)}` : '',
			budget ? js.brotli <= budget : null
		);
		row(
			`${path} requests to other origins`,
			String(weight.foreignRequests.length),
			'0',
			weight.foreignRequests.length === 0
		);
	}
	return weights;
}

/**
 * The embed that loads the most bytes, the one Lighthouse scores for all of them: every embed is
 * the same page around a different chart, so the heaviest (a map) is the one that would fail
 * first. Picked from the weights, so that it follows the copy's steps.
 */
function heaviestEmbed(weights: PageWeight[]): string | undefined {
	const embeds = weights
		.map((w) => ({ path: w.url.slice(ORIGIN.length), bytes: w.total.brotli }))
		.filter((w) => isChartEmbed(w.path));
	return embeds.sort((a, b) => b.bytes - a.bytes)[0]?.path;
}

async function runLighthouse(path: string) {
	// Scrollbars hidden, as Playwright (the bench's other browser) and Puppeteer run headless
	// Chromium. Without a GPU, the overlay scrollbar that any long page flashes as it loads is
	// drawn in software in each frame of its fade, and Lighthouse takes a screenshot of every
	// frame: about 20 frames and 140 ms of CPU within the first second and a half. On a 2-core
	// machine they compete with the page's main thread, and Lighthouse multiplies what that
	// thread was seen to take by 4. A phone draws the fade on its GPU, off the main thread.
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', '--hide-scrollbars', ...CHROME_FLAGS]
	});
	interface LighthouseRun {
		performance: number;
		accessibility: number;
		bestPractices: number;
		seo: number;
		fcp: number;
		lcp: number;
		cls: number;
		tbt: number;
	}
	const results: LighthouseRun[] = [];
	try {
		// One run first that is not counted: a Chromium just started is still busy starting
		// (its own caches and services), which the first page it loads pays for, not the page.
		await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'silent' });
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'silent' });
			const lhr = result!.lhr;
			results.push({
				performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
				accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
				bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
				seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
				fcp: lhr.audits['first-contentful-paint'].numericValue ?? NaN,
				lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
				cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
				tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN
			});
		}
	} finally {
		await chrome.kill();
	}
	const m = (key: keyof LighthouseRun) => median(results.map((r) => r[key]));
	// The runs themselves too: on a shared machine they spread, and the median is what counts.
	const runs = (key: keyof LighthouseRun, format: (v: number) => string) =>
		RUNS > 1 ? ` (runs: ${results.map((r) => format(r[key])).join(', ')})` : '';
	row(
		`${path} Lighthouse performance (median of ${RUNS})`,
		String(m('performance')) + runs('performance', String),
		`${BUDGETS.lighthousePerformance}`,
		m('performance') >= BUDGETS.lighthousePerformance
	);
	row(
		`${path} Lighthouse accessibility`,
		String(m('accessibility')),
		`${BUDGETS.lighthouseAccessibility}`,
		m('accessibility') >= BUDGETS.lighthouseAccessibility
	);
	row(`${path} Lighthouse best practices`, String(m('bestPractices')));
	row(`${path} Lighthouse SEO`, String(m('seo')));
	row(`${path} FCP (median)`, `${Math.round(m('fcp'))} ms`);
	row(`${path} LCP (median)`, `${Math.round(m('lcp'))} ms`);
	row(`${path} CLS (median)`, m('cls').toFixed(3), '0', m('cls') === 0);
	row(`${path} TBT (median)`, `${Math.round(m('tbt'))} ms` + runs('tbt', (v) => String(Math.round(v))));
	return results;
}

/**
 * The scroll, several times: a deterministic long task shows in every run, a moment when the
 * machine was busy in one. The median run counts (by tasks over 50 ms, then the longest task),
 * as Lighthouse's median does; layout shift counts in every run.
 */
async function measureSmoothness(browser: Browser, details: Record<string, unknown>, story: string) {
	const runs: Awaited<ReturnType<typeof measureScrolling>>[] = [];
	for (let run = 0; run < SCROLL_RUNS; run++) runs.push(await measureScrolling(browser, ORIGIN + story));
	details[`scrolling ${story}`] = runs;
	const ranked = [...runs].sort((a, b) => a.tasksOver50 - b.tasksOver50 || a.longestTask - b.longestTask);
	const s = ranked[Math.floor(ranked.length / 2)];
	const each =
		SCROLL_RUNS > 1
			? ` (runs: ${runs.map((r) => `${Math.round(r.longestTask)} ms, ${r.tasksOver50}`).join('; ')})`
			: '';
	const of = SCROLL_RUNS > 1 ? ` (median of ${SCROLL_RUNS})` : '';
	row(
		`${story} scroll at 4x CPU: longest main-thread task${of}`,
		`${Math.round(s.longestTask)} ms`,
		'≤ 50 ms',
		s.longestTask <= 50
	);
	row(`${story} scroll at 4x CPU: tasks over 50 ms${of}`, String(s.tasksOver50) + each, '0', s.tasksOver50 === 0);
	const where = runs.flatMap((r) => r.stepsOfTasksOver50);
	row(
		`${story} scroll: the step on the graphic at each task over 50 ms (all runs)`,
		where.length ? where.join(', ') : 'none'
	);
	const shift = Math.max(...runs.map((r) => r.layoutShift));
	row(`${story} scroll: layout shift during the scroll (worst run)`, shift.toFixed(3), '0', shift === 0);
}

function printTable() {
	const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.figure, r.value, r.budget][i].length), 6));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 5)).join(' | ')} |`;
	console.log('\n' + line(['figure', 'value', 'budget', 'holds']));
	console.log(line(widths.map((w) => '-'.repeat(w)).concat('-----')));
	for (const r of rows)
		console.log(line([r.figure, r.value, r.budget, r.holds === null ? '' : r.holds ? 'yes' : 'NO']));
}

async function main() {
	build();
	weighPdfs();
	const server = (await serveStatic('build', PORT)) as Server;
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_FLAGS });
	const pages = builtPages();
	const details: Record<string, unknown> = {};
	try {
		details.weights = await weighPages(browser, pages);
		const timedFrom = cpuTimes();
		// Every edition's story: its words set its layout, and so what a scroll costs.
		for (const story of pages.filter(isStory)) await measureSmoothness(browser, details, story);
		details.stepResponse = await measureStepResponse(browser, ORIGIN + '/');
		const r = details.stepResponse as Awaited<ReturnType<typeof measureStepResponse>>;
		row(
			'step response at 4x CPU (median; slowest)',
			`${Math.round(r.median)} ms; ${Math.round(r.max)} ms (${r.slowestStep})`,
			'≤ transition + 100 ms',
			r.max <= r.transitionMs + 100
		);
		details.lighthouse = {};
		const lighthousePages = [
			...pages.filter((p) => isStory(p) || isDeck(p)),
			heaviestEmbed(details.weights as PageWeight[])
		].filter((p): p is string => !!p);
		for (const path of lighthousePages)
			(details.lighthouse as Record<string, unknown>)[path] = await runLighthouse(path);
		const steal = stealShare(timedFrom, cpuTimes());
		details.cpuSteal = steal;
		row(
			'machine: CPU time the host took back (steal) during the timings',
			steal === null ? 'not measured' : `${(steal * 100).toFixed(0)}%`
		);
	} finally {
		await browser.close();
		server.close();
	}
	printTable();
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/bench.json',
		JSON.stringify({ date: new Date().toISOString(), rows, details }, null, 2) + '\n'
	);
	const broken = rows.filter((r) => r.holds === false);
	console.log(
		`\n${rows.filter((r) => r.holds).length} budgets hold, ${broken.length} do not${broken.length ? ': ' + broken.map((r) => r.figure).join('; ') : ''}`
	);
	console.log('bench: wrote bench-results/bench.json');
	process.exit(broken.length ? 1 : 0);
}

main().catch((error) => {
	console.error(error);
	process.exit(2);
});
