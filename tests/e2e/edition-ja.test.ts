// Japanese typography in the Japanese edition: no italics, emphasis by sesame dots, headings
// broken between phrases, Japanese faces. (What every edition gets is in editions.test.ts.)
import { expect, test } from '@playwright/test';
import jaJson from '../../src/lib/generated/copy.ja.json' with { type: 'json' };
import type { Copy } from '../../src/lib/model/copy';
import { copy as english } from './helpers/story';

const ja = jaJson as unknown as Copy;

test.use({ reducedMotion: 'reduce' });

test('Japanese type: no italics, emphasis by sesame dots, headings broken between phrases, Japanese faces', async ({
	page
}) => {
	await page.goto('/ja/');
	const argument = page.locator('.voice-argument').first();
	await expect(argument).toHaveCSS('font-style', 'normal');
	// Headings break only between the phrases the data build marked (zero-width spaces).
	await expect(page.locator('h1')).toHaveCSS('word-break', 'keep-all');
	expect(await page.locator('h1').textContent()).toContain('\u200b');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-sans'))).toMatch(
		/Hiragino Sans.*Noto Sans CJK JP/
	);
	// The English title of the op-ed keeps its language, beside its Japanese rendering.
	await expect(page.locator('.op-ed [lang="en"]')).toContainText(english.opEd.title);
	await expect(page.locator('.op-ed')).toContainText(ja.opEd.titleTranslation!);
});
