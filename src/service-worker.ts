// The presentation's offline copy. Registered only by the deck's pages, with the deck's address
// as its scope (/present/, /ja/present/: src/lib/present/offline.ts), so it serves presenters and never touches the story's readers.
// Install: store the app's code and the presentation's pages. Fetch: hashed files from the cache
// first (they never change); pages and everything else from the network first, falling back to
// the cache when the venue's network is down or too slow. Activate: drop earlier versions' caches
// and take over open windows at once, so a new version replaces the old one cleanly.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, filesToKeep, isImmutable, staleCaches } from '$lib/present/offline-cache';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
/** How long a page may take from the network before the stored copy is shown instead. */
const NETWORK_PATIENCE_MS = 2500;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) =>
				cache.addAll(filesToKeep({ scope: new URL(worker.registration.scope).pathname, build, files, prerendered }))
			)
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(staleCaches(names, CACHE).map((name) => caches.delete(name))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(isImmutable(url.pathname, base) ? cacheFirst(request) : networkFirst(request, event));
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const stored = await cache.match(request);
	if (stored) return stored;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function networkFirst(request: Request, event: FetchEvent): Promise<Response> {
	const cache = await caches.open(CACHE);
	const fromNetwork = fetch(request).then(async (response) => {
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	});
	const patience = new Promise<'too slow'>((resolve) => setTimeout(() => resolve('too slow'), NETWORK_PATIENCE_MS));
	const first = await Promise.race([fromNetwork, patience]).catch(() => 'failed' as const);
	if (first instanceof Response) return first;
	const stored = await storedCopy(cache, request);
	if (!stored) return fromNetwork;
	// A slow answer still refreshes the stored copy for next time.
	event.waitUntil(fromNetwork.catch(() => undefined));
	return stored;
}

/** The stored page, ignoring the query; "/present" without its slash finds "/present/". */
async function storedCopy(cache: Cache, request: Request): Promise<Response | undefined> {
	const stored = await cache.match(request, { ignoreSearch: true });
	if (stored) return stored;
	const url = new URL(request.url);
	if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
		url.pathname += '/';
		if (await cache.match(url.href, { ignoreSearch: true })) return Response.redirect(url.href, 308);
	}
	return undefined;
}
