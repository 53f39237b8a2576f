import { describe, expect, it } from 'vitest';
import { cacheName, filesToKeep, isImmutable, staleCaches } from '../../src/lib/present/offline-cache';

const site = {
	scope: '/news/sfw/present/',
	build: ['/news/sfw/_app/immutable/entry/start.abc.js', '/news/sfw/_app/immutable/assets/0.def.css'],
	files: ['/news/sfw/favicon.svg', '/news/sfw/data/provinces.csv', '/news/sfw/robots.txt'],
	prerendered: [
		'/news/sfw/',
		'/news/sfw/present/',
		'/news/sfw/present/presenter/',
		'/news/sfw/present/slides.pdf',
		'/news/sfw/present/notes.pdf',
		'/news/sfw/handout.pdf',
		'/news/sfw/embed/map/',
		'/news/sfw/ja/',
		'/news/sfw/ja/present/',
		'/news/sfw/ja/present/presenter/'
	]
};

describe("the presentation's offline copy", () => {
	it('keeps the app code, both presentation pages and the icon', () => {
		const kept = filesToKeep(site);
		expect(kept).toEqual(
			expect.arrayContaining([
				...site.build,
				'/news/sfw/present/',
				'/news/sfw/present/presenter/',
				'/news/sfw/favicon.svg'
			])
		);
	});

	it("leaves out what the slides do not need: the story page, embeds, data downloads and the deck's PDFs", () => {
		const kept = filesToKeep(site);
		for (const path of [
			'/news/sfw/',
			'/news/sfw/embed/map/',
			'/news/sfw/data/provinces.csv',
			'/news/sfw/robots.txt',
			'/news/sfw/present/slides.pdf',
			'/news/sfw/present/notes.pdf',
			'/news/sfw/handout.pdf'
		])
			expect(kept).not.toContain(path);
	});

	it("keeps an edition's deck for that edition's scope, and only its pages", () => {
		const kept = filesToKeep({ ...site, scope: '/news/sfw/ja/present/' });
		expect(kept).toEqual(expect.arrayContaining(['/news/sfw/ja/present/', '/news/sfw/ja/present/presenter/']));
		expect(kept).not.toContain('/news/sfw/present/');
		expect(kept).not.toContain('/news/sfw/ja/');
		expect(filesToKeep(site)).not.toContain('/news/sfw/ja/present/');
	});

	it("drops the caches of earlier versions once a new one takes over, and nobody else's", () => {
		const current = cacheName('200');
		expect(staleCaches([cacheName('100'), current, 'another-app'], current)).toEqual([cacheName('100')]);
	});

	it('treats only hashed build files as never changing', () => {
		expect(isImmutable('/news/sfw/_app/immutable/chunks/x.js', '/news/sfw')).toBe(true);
		expect(isImmutable('/news/sfw/present/', '/news/sfw')).toBe(false);
		expect(isImmutable('/news/sfw/_app/version.json', '/news/sfw')).toBe(false);
	});
});
