import { describe, expect, it } from 'vitest';
import { preloadScriptsAfterText } from '$lib/speed/preload-after-text.server';

const page = (head: string, body: string) =>
	`<html><head><title>t</title>${head}</head><body><main>text</main>${body}</body></html>`;
const preload = (file: string) => `<link href="/_app/${file}" rel="modulepreload">`;
const lowPriority = (file: string) => `<link href="/_app/${file}" rel="modulepreload" fetchpriority="low">`;
const START = '<script>\n\t{\n\t\t__sveltekit_abc = {};\n\t}\n</script>';

describe('a SvelteKit page’s script preloads', () => {
	it('move from the head to just before the start script, in their order, at low priority', () => {
		const html = preloadScriptsAfterText(page(preload('a.js') + preload('b.js'), START));
		expect(html).toBe(page('', lowPriority('a.js') + lowPriority('b.js') + START));
	});

	it('leave a page without a start script as it is', () => {
		const html = page(preload('a.js'), '<p>no script</p>');
		expect(preloadScriptsAfterText(html)).toBe(html);
	});

	it('leave other links where they are', () => {
		const icon = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />';
		const html = preloadScriptsAfterText(page(icon + preload('a.js'), START));
		expect(html).toBe(page(icon, lowPriority('a.js') + START));
	});
});
