// The PDFs are where a presenter and a reader look for them: "Download PDF" in the deck's key
// help, its presenter view and its closing slide, and the handout beside the story's data
// downloads; each link serves its edition's PDF.
import { expect, test, type Locator } from '@playwright/test';
import { builtPages, isDeck, isStory } from './helpers/built-pages';
import { openDeck } from './helpers/present';

const PDFS = ['slides', 'notes', 'handout', 'handoutLetter'];

/** Each PDF link in a list: its PDF, and a server that answers it with a PDF. */
async function expectPdfLinks(links: Locator, edition: string, request: import('@playwright/test').APIRequestContext) {
	await expect(links).toHaveCount(PDFS.length);
	for (const link of await links.all()) {
		const href = (await link.getAttribute('href'))!;
		expect(href.startsWith(`${edition}/`), href).toBe(true);
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		expect(response.headers()['content-type'], href).toBe('application/pdf');
		expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	}
	expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-pdf')).sort())).toEqual([...PDFS].sort());
}

for (const deck of builtPages().filter(isDeck)) {
	const edition = deck.replace(/\/present\/$/, '');
	test(`${deck}: Download PDF in the key help, the closing slide and the presenter view`, async ({ page, request }) => {
		await openDeck(page, deck);
		await page.keyboard.press('Shift+?');
		await expectPdfLinks(page.locator('.key-help [data-pdf]'), edition, request);
		await page.keyboard.press('Escape');
		await openDeck(page, `${deck}#closing`);
		await expectPdfLinks(page.locator('.closing-slide').first().locator('[data-pdf]'), edition, request);
		await page.goto(`${deck}presenter/`);
		await expectPdfLinks(page.locator('.presenter .bar [data-pdf]'), edition, request);
	});
}

for (const story of builtPages().filter(isStory)) {
	const edition = story.replace(/\/$/, '');
	test(`${story}: the handout and the deck's PDFs beside the data downloads`, async ({ page, request }) => {
		await page.goto(story);
		await expectPdfLinks(page.locator('.methods [data-pdf]'), edition, request);
	});
}
