// The site's snippet (static/embed/resize.js) resizes an embed only on a well-formed message
// from that embed's own window on the story's origin. Forged messages change nothing: every
// height the snippet ever sets is recorded, and none of the forged ones may appear.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { frameOf, useHostServer } from './helpers/embed-host';

const host = useHostServer();
const FORGED = 777;

async function openWithTwoEmbeds(page: Page, siteUrl: string) {
	await host.open(
		page,
		`<iframe src="${siteUrl}/embed/barred-2030/" title="a" data-test-id="a" width="100%" height="300" scrolling="no" style="width:100%;border:0"></iframe>
		<iframe src="${siteUrl}/embed/parity-after-2001/" title="b" data-test-id="b" width="100%" height="300" scrolling="no" style="width:100%;border:0"></iframe>
		<iframe src="${siteUrl}/" title="the story itself, on the story's origin but not an embed" data-test-id="story" width="100%" height="200"></iframe>
		<script src="${siteUrl}/embed/resize.js"></script>
		<script>
			// Every height the snippet sets on embed "a", in order, and every message the page gets,
			// which shows the forged messages did arrive.
			window.heightsOfA = [];
			window.received = 0;
			addEventListener('message', () => window.received++);
			new MutationObserver(() => window.heightsOfA.push(document.querySelector('[data-test-id="a"]').style.height))
				.observe(document.querySelector('[data-test-id="a"]'), { attributes: true, attributeFilter: ['style'] });
		</script>`
	);
	await page.setViewportSize({ width: 600, height: 900 });
	// The legitimate height arrives first.
	await expect.poll(() => page.locator('[data-test-id="a"]').evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
	return { a: await frameOf(page, 'a'), b: await frameOf(page, 'b'), story: await frameOf(page, 'story') };
}

/** Posts each message from `frame` to its parent, then lets the host's listener run. */
async function postFrom(frame: Frame | Page, messages: unknown[]) {
	await frame.evaluate((list) => {
		const target = window === window.parent ? window : window.parent;
		for (const message of list) target.postMessage(message, '*');
	}, messages);
	await (('page' in frame ? frame.page() : frame) as Page).waitForTimeout(300);
}

const heightsOfA = (page: Page) => page.evaluate(() => (window as unknown as { heightsOfA: string[] }).heightsOfA);
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: number }).received);

test.describe('the site’s resizer ignores forged messages', () => {
	test('from another origin: the host page itself, or a frame with an opaque origin', async ({ page, baseURL }) => {
		await openWithTwoEmbeds(page, baseURL!);
		const before = await page.locator('[data-test-id="a"]').evaluate((el) => el.style.height);
		const message = { type: 'schools-for-whom:height', embed: 'barred-2030', height: FORGED };
		const count = await received(page);
		await postFrom(page, [message]);
		// A sandboxed frame that is not a story embed: its messages come from the origin "null".
		await page.evaluate((json) => {
			const frame = document.createElement('iframe');
			frame.setAttribute('sandbox', 'allow-scripts');
			frame.srcdoc = `<script>parent.postMessage(${json}, '*')<\/script>`;
			document.body.append(frame);
		}, JSON.stringify(message));
		await expect.poll(() => received(page)).toBeGreaterThanOrEqual(count + 2);
		expect(await heightsOfA(page)).not.toContain(`${FORGED}px`);
		await expect(page.locator('[data-test-id="a"]')).toHaveCSS('height', before);
	});

	test('from another window: the story on its own origin, or another embed naming this one', async ({
		page,
		baseURL
	}) => {
		const { b, story } = await openWithTwoEmbeds(page, baseURL!);
		const message = { type: 'schools-for-whom:height', embed: 'barred-2030', height: FORGED };
		const count = await received(page);
		await postFrom(story, [message]);
		await postFrom(b, [message]);
		expect(await received(page)).toBeGreaterThanOrEqual(count + 2);
		expect(await heightsOfA(page)).not.toContain(`${FORGED}px`);
		// The other embed's message resizes the other embed, its sender, and nothing else.
		await expect(page.locator('[data-test-id="b"]')).toHaveCSS('height', `${FORGED}px`);
		await expect(page.locator('[data-test-id="story"]')).toHaveCSS('height', '200px');
	});

	test('of the wrong shape, from the embed itself', async ({ page, baseURL }) => {
		const { a } = await openWithTwoEmbeds(page, baseURL!);
		const count = await received(page);
		await postFrom(a, [
			String(FORGED),
			FORGED,
			null,
			[FORGED],
			`pymxPYMxaxPYMxheightxPYMx${FORGED}`,
			{ 'datawrapper-height': { 'barred-2030': FORGED } },
			{ sentinel: 'amp', type: 'embed-size', height: FORGED },
			{ type: 'schools-for-whom:height', height: FORGED },
			{ type: 'schools-for-whom:height', embed: 5, height: FORGED },
			{ type: 'schools-for-whom:height', embed: 'barred-2030', height: `${FORGED}` },
			{ type: 'schools-for-whom:height', embed: 'barred-2030', height: { valueOf: FORGED } },
			{ type: 'another-site:height', embed: 'barred-2030', height: FORGED }
		]);
		expect(await received(page)).toBeGreaterThanOrEqual(count + 12);
		expect(await heightsOfA(page)).not.toContain(`${FORGED}px`);
	});

	test('with an absurd height, from the embed itself', async ({ page, baseURL }) => {
		const { a } = await openWithTwoEmbeds(page, baseURL!);
		const absurd = [0, -5, 49, 10_001, 1e9, Number.NaN, Number.POSITIVE_INFINITY];
		const count = await received(page);
		await postFrom(
			a,
			absurd.map((height) => ({ type: 'schools-for-whom:height', embed: 'barred-2030', height }))
		);
		expect(await received(page)).toBeGreaterThanOrEqual(count + absurd.length);
		const set = await heightsOfA(page);
		for (const height of absurd) expect(set).not.toContain(`${height}px`);
		for (const height of set) expect(Number.parseFloat(height)).toBeGreaterThanOrEqual(50);
	});

	test('while a well-formed message from the embed itself still resizes it', async ({ page, baseURL }) => {
		const { a } = await openWithTwoEmbeds(page, baseURL!);
		await postFrom(a, [{ type: 'schools-for-whom:height', embed: 'barred-2030', height: 640 }]);
		expect(await heightsOfA(page)).toContain('640px');
	});
});
