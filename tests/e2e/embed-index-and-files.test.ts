// The /embed/ index lists every embed with its code and previews at 320, 600 and 1000 px; every
// embed's PNG, SVG and social image exist at their addresses, have the expected size and are
// images a browser can decode; each embed page points its og:image at its own social image.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers/page-checks';
import { embedIds, WIDTHS } from './helpers/embed-host';

test('the index lists every embed with its code, its files and previews at 320, 600 and 1000 px', async ({
	page,
	baseURL
}) => {
	const watched = watchPage(page, new URL(baseURL!).origin);
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/embed/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('[data-embed-entry]')).toHaveCount(embedIds.length);
	for (const id of embedIds) {
		const entry = page.locator(`[data-embed-entry="${id}"]`);
		await expect(entry.locator('textarea')).toHaveValue(new RegExp(`<iframe src="${baseURL}/embed/${id}/"`));
		await expect(entry.getByRole('link', { name: 'PNG' })).toHaveAttribute('href', `/embed/${id}/chart.png`);
		await expect(entry.getByRole('link', { name: 'SVG' })).toHaveAttribute('href', `/embed/${id}/chart.svg`);
		const previews = entry.locator('iframe');
		expect(await previews.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width))).toEqual([...WIDTHS]);
	}
	// The previews are sized by the site's own resizer, as on any host page.
	const first = page.locator(`[data-embed-entry="${embedIds[0]}"] iframe`).first();
	await first.scrollIntoViewIfNeeded();
	await expect.poll(() => first.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
	await page.evaluate(() => window.scrollTo(0, 0));
	// The previews show each embed three times, so their identical <main> landmarks repeat by
	// design; each embed page has its own axe test (embed-pages.test.ts).
	await expectNoAxeViolations(page, 'on /embed/', ['.previews iframe']);
	expect(watched.consoleErrors).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
});

test('on /embed/, links that go to different places have different names, and each preview scroller has its own', async ({
	page
}) => {
	await page.goto('/embed/');
	const links = await page.getByRole('link').all();
	const placesByName = new Map<string, Set<string>>();
	for (const link of links) {
		// The links are named by their text, hidden parts included.
		const name = (await link.textContent())!.replace(/\s+/g, ' ').trim();
		placesByName.set(name, (placesByName.get(name) ?? new Set()).add((await link.getAttribute('href'))!));
	}
	const ambiguous = [...placesByName]
		.filter(([, places]) => places.size > 1)
		.map(([name, places]) => `${name}: ${[...places].join(', ')}`);
	expect(ambiguous).toEqual([]);
	const scrollers = await page
		.locator('.previews[tabindex="0"]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(scrollers).toHaveLength(embedIds.length);
	expect(new Set(scrollers).size).toBe(scrollers.length);
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
async function pngSize(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect(png.subarray(0, 8).toString('hex'), `${url} is a PNG`).toBe('89504e470d0a1a0a');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

for (const id of embedIds) {
	test(`embed ${id}: PNG at 2x the SVG, SVG with title and source, a 1200×630 social image`, async ({
		page,
		request,
		baseURL
	}) => {
		const svgResponse = await request.get(`/embed/${id}/chart.svg`);
		expect(svgResponse.status()).toBe(200);
		expect(svgResponse.headers()['content-type']).toContain('image/svg+xml');
		const svg = await svgResponse.text();
		const [, width, height] = /<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/.exec(svg)!.map(Number);
		expect(await pngSize(request, `/embed/${id}/chart.png`)).toEqual([width * 2, height * 2]);
		expect(await pngSize(request, `/embed/${id}/social.png`)).toEqual([1200, 630]);

		// The page's chart title and source line are in the SVG, as text.
		await page.goto(`/embed/${id}/`);
		const title = (await page.locator('h1').textContent())!.trim();
		const source = (await page.locator('main .source').textContent())!.trim();
		const text = svg
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#39;|&apos;/g, "'")
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ');
		for (const word of title.split(' ')) expect(text).toContain(word);
		expect(text).toContain(source.split(';')[0]);

		// og:image is absolute, on the site's address.
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			`${baseURL}/embed/${id}/social.png`
		);

		// A browser decodes all three.
		const sizes = await page.evaluate(
			async (urls) => {
				const decoded = [];
				for (const url of urls) {
					const image = new Image();
					image.src = url;
					await image.decode();
					decoded.push([image.naturalWidth, image.naturalHeight]);
				}
				return decoded;
			},
			[`/embed/${id}/chart.svg`, `/embed/${id}/chart.png`, `/embed/${id}/social.png`]
		);
		expect(sizes).toEqual([
			[width, height],
			[width * 2, height * 2],
			[1200, 630]
		]);
	});
}
