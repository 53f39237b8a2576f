// Every chart embedded in a page on another origin takes the height of its content at 320, 600
// and 1000 px and follows a change of width, with each resizer a host may use: the real pym.js
// parent library, the site's own snippet (also in a sandboxed iframe), and a listener written
// like Datawrapper's.
import { test } from '@playwright/test';
import { embedCodeFrame, embedIds, expectFitAtEveryWidth, useHostServer } from './helpers/embed-host';

test.describe.configure({ timeout: 120_000 });

const host = useHostServer();

test('pym.js: every chart fits its iframe at 320, 600 and 1000 px', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: WIDTH_FIRST, height: 900 });
	const containers = embedIds.map((id) => `<div id="pym-${id}"></div>`).join('\n');
	const parents = embedIds
		.map((id) => `new pym.Parent('pym-${id}', '${baseURL}/embed/${id}/', { title: '${id}' });`)
		.join('\n');
	await host.open(page, `${containers}<script src="/pym.v1.js"></script><script>${parents}</script>`);
	// pym.js makes the iframes itself; mark each for the checks.
	for (const id of embedIds)
		await page.locator(`#pym-${id} iframe`).evaluate((el, id) => el.setAttribute('data-test-id', id), id);
	await expectFitAtEveryWidth(page, embedIds);
});

test('the site’s snippet: every chart fits its iframe at 320, 600 and 1000 px, even out of view', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: WIDTH_FIRST, height: 900 });
	const frames = embedIds.map((id) => embedCodeFrame(baseURL!, id, id)).join('\n');
	await host.open(page, `${frames}<script src="${baseURL}/embed/resize.js" async></script>`);
	// The snippet asks frames whose width changed for their height, so even the frames below
	// the fold have the right height before a reader scrolls to them.
	await expectFitAtEveryWidth(page, embedIds, true);
});

test('the site’s snippet: charts in iframes sandboxed with allow-scripts only still fit', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: WIDTH_FIRST, height: 900 });
	const frames = embedIds.map((id) => embedCodeFrame(baseURL!, id, id, 'sandbox="allow-scripts"')).join('\n');
	await host.open(page, `${frames}<script src="${baseURL}/embed/resize.js" async></script>`);
	await expectFitAtEveryWidth(page, embedIds);
});

test('a Datawrapper-style listener: every chart fits its iframe at 320, 600 and 1000 px', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: WIDTH_FIRST, height: 900 });
	const frames = embedIds.map((id) => embedCodeFrame(baseURL!, id, id)).join('\n');
	// Modelled on Datawrapper's responsive embed script: any iframe whose window sent
	// {"datawrapper-height": {chartId: height}} gets that height.
	const listener = `window.addEventListener('message', function (event) {
		var heights = event.data && event.data['datawrapper-height'];
		if (heights === undefined) return;
		var frames = document.querySelectorAll('iframe');
		for (var chartId in heights)
			for (var i = 0; i < frames.length; i++)
				if (frames[i].contentWindow === event.source) frames[i].style.height = heights[chartId] + 'px';
	});`;
	await host.open(page, `<script>${listener}</script>${frames}`);
	await expectFitAtEveryWidth(page, embedIds);
});

const WIDTH_FIRST = 320;

test('the site’s snippet fits the other editions’ embeds too (/ja/embed/…), from the one resizer at /embed/', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: WIDTH_FIRST, height: 900 });
	const ids = embedIds.slice(0, 4);
	const frames = ids.map((id) => embedCodeFrame(`${baseURL}/ja`, id, id)).join('\n');
	await host.open(page, `${frames}<script src="${baseURL}/embed/resize.js" async></script>`);
	await expectFitAtEveryWidth(page, ids);
});
