// The pages of the built site, found by walking build/ for index.html files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPages(root = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (name === '_app' || name === 'data') continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (name === 'index.html')
				pages.push('/' + relative(root, folder).split('\\').join('/') + (folder === root ? '' : '/'));
		}
	};
	if (existsSync(root)) walk(root);
	return pages.map((p) => p.replace(/^\/\/$/, '/')).sort();
}

/** A chart's own embed page (/embed/<chart>/, /ja/embed/<chart>/), not an embed index (/embed/). */
export const isChartEmbed = (path: string): boolean => /^(\/[a-z]{2,3})?\/embed\/[^/]+\/$/.test(path);

/** An edition's story: / in English, /ja/ in Japanese. */
export const isStory = (path: string): boolean => /^(\/[a-z]{2,3})?\/$/.test(path);

/** An edition's deck: /present/, /ja/present/. */
export const isDeck = (path: string): boolean => /^(\/[a-z]{2,3})?\/present\/$/.test(path);
