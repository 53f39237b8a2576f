// The build's precompressed copies: a host that serves them as they are (nginx brotli_static,
// an object store with Content-Encoding set) must send exactly the page the build wrote.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const BUILD = 'build';

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
	);
}

test('every page, script and stylesheet the build writes has brotli and gzip copies that decompress to it', () => {
	const files = filesUnder(BUILD).filter((file) => /\.(html|js|css|json|svg)$/.test(file));
	expect(files.length).toBeGreaterThan(20);
	for (const file of ['build/index.html', 'build/present/index.html', 'build/embed/index.html'])
		expect(files).toContain(file);
	for (const file of files) {
		const original = readFileSync(file);
		expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
		expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
	}
});

test('the story travels brotli-compressed at about a tenth of its size', async ({ request }) => {
	const html = readFileSync(join(BUILD, 'index.html'));
	const response = await request.get('/', { headers: { 'accept-encoding': 'br' } });
	expect(response.headers()['content-encoding']).toBe('br');
	// Markup compresses about ten to one; the edition's words the page carries for its script
	// (PageWords.svelte: some 4 KB of labels) about three to one.
	expect(readFileSync(join(BUILD, 'index.html.br')).length).toBeLessThan(html.length / 9.5);
	expect(await response.text()).toBe(html.toString('utf8'));
});
