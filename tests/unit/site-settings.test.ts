import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteSettings } from '../../src/lib/site-settings.js';

describe('siteSettings', () => {
	it('derives the base path from the public address, so the story can live at a sub-path', () => {
		expect(siteSettings({ SITE_URL: 'https://news.example.org/graphics/schools-for-whom/' })).toEqual({
			siteUrl: 'https://news.example.org/graphics/schools-for-whom',
			origin: 'https://news.example.org',
			basePath: '/graphics/schools-for-whom'
		});
	});

	it('uses the preview server when no address is set', () => {
		expect(siteSettings({}).siteUrl).toBe(DEFAULT_SITE_URL);
		expect(siteSettings({}).basePath).toBe('');
	});

	it('refuses an address that is not absolute, naming it', () => {
		expect(() => siteSettings({ SITE_URL: 'schools.example' })).toThrow(/SITE_URL .*"schools\.example"/);
	});
});
