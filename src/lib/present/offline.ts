// Keeps a copy of the presentation in the browser, so it opens with no network after one visit.
// Only the presentation's pages register the service worker, and its scope is /present/: a
// reader of the story, who may be at risk for reading it, gets nothing kept on their device.
import { base } from '$app/paths';
import { dev } from '$app/environment';

export const PRESENT_SCOPE = `${base}/present/`;

export function keepOfflineCopy(): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register(`${base}/service-worker.js`, { scope: PRESENT_SCOPE, type: dev ? 'module' : 'classic' })
		.catch(() => {
			// No service worker (private window, a browser setting): the presentation still runs online.
		});
}
