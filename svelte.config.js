import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { siteSettings } from './src/lib/site-settings.js';
import { PDF_PATHS } from './src/lib/model/pdf-paths.js';

const { basePath } = siteSettings(process.env);

// Every edition's pages, from the editions the data build found (data/copy.<code>.aml): English
// at the root is in '*' (routes whose only parameter is the optional [[edition]]); the others
// at /<code>/, with its PDFs. The charts' pages and images list themselves (chartEntries).
const editions = JSON.parse(readFileSync('src/lib/generated/editions.json', 'utf8'));
const editionPages = editions
	.filter((edition) => edition.code !== 'en')
	.flatMap(({ code }) =>
		['/', '/embed/', '/present/', '/present/presenter/', '/social.png', ...Object.values(PDF_PATHS)].map(
			(path) => `/${code}${path}`
		)
	);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every page is prerendered to plain files: the story must run from any static host or CDN.
		// precompress writes .br and .gz beside each text file, for hosts that serve them as they
		// are (docs/publishing.md): a slow phone then gets the story's HTML brotli-compressed.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true, precompress: true }),
		paths: { base: basePath, relative: false },
		// A render-blocking stylesheet costs about a second of LCP on a slow phone; inline it.
		inlineStyleThreshold: 40_000,
		// The service worker is the presentation's offline copy: only /present/ pages register it
		// (src/lib/present/offline.ts), so the story's readers get nothing stored on their device.
		serviceWorker: { register: false },
		prerender: { entries: ['*', ...editionPages], handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
