import { describe, expect, it } from 'vitest';
import { tagsFromManifest } from '$lib/speed/story-script.server';
import { STORY_SCRIPT } from '$lib/speed/build-plugins';

const entry = (file: string, imports?: string[]) => ({ file, ...(imports ? { imports } : {}) });

describe('the story page’s script tags', () => {
	it('preload every chunk the script imports, and theirs, once each, then load the script', () => {
		const html = tagsFromManifest({
			[STORY_SCRIPT.source]: entry('_app/immutable/entry/story.abc.js', ['_runtime.js', '_charts.js']),
			'_runtime.js': entry('_app/immutable/chunks/runtime.js'),
			'_charts.js': entry('_app/immutable/chunks/charts.js', ['_runtime.js', '_d3.js']),
			'_d3.js': entry('_app/immutable/chunks/d3.js'),
			'src/routes/present/+page.svelte': entry('_app/immutable/nodes/4.js', ['_unrelated.js'])
		});
		expect(html).toBe(
			'<link href="/_app/immutable/chunks/runtime.js" rel="modulepreload" fetchpriority="low">' +
				'<link href="/_app/immutable/chunks/charts.js" rel="modulepreload" fetchpriority="low">' +
				'<link href="/_app/immutable/chunks/d3.js" rel="modulepreload" fetchpriority="low">' +
				'<script type="module" src="/_app/immutable/entry/story.abc.js" fetchpriority="low"></script>'
		);
	});

	it('fail with the manifest and the missing entry named when the build did not include the script', () => {
		expect(() => tagsFromManifest({ 'src/routes/+page.svelte': entry('_app/immutable/nodes/2.js') })).toThrow(
			/client\/\.vite\/manifest\.json has no entry for src\/lib\/speed\/story\.client\.ts/
		);
	});
});
