// Keeps a copy of the presentation in the browser, so it opens with no network after one visit.
// Only the presentation's pages register the service worker, and its scope is the deck's
// address (/present/, /ja/present/: one registration per edition presented): a
// reader of the story, who may be at risk for reading it, gets nothing kept on their device.
import { base } from '$app/paths';
import { dev } from '$app/environment';

/** `deck`: the deck's address (deckAddress), the service worker's scope. */
export function keepOfflineCopy(deck: string): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register(`${base}/service-worker.js`, { scope: deck, type: dev ? 'module' : 'classic' })
		.catch(() => {
			// No service worker (private window, a browser setting): the presentation still runs online.
		});
}
