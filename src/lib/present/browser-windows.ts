// Full screen and the second window. Both need a user's key press or click, which they get:
// they run only from key and button handlers.
import { base } from '$app/paths';
import { editionPath, type Edition } from '$lib/model/editions';

export async function toggleFullscreen(onlyEnter = false): Promise<void> {
	try {
		if (document.fullscreenElement) {
			if (!onlyEnter) await document.exitFullscreen();
		} else {
			await document.documentElement.requestFullscreen?.({ navigationUI: 'hide' });
		}
	} catch {
		// Refused (an embedding frame without allowfullscreen, or a browser setting): the slides still work.
	}
}

/** The deck's address in an edition, with the site's base path: /present/, /ja/present/. */
export const deckAddress = (edition: Pick<Edition, 'code'>) => base + editionPath(edition, '/present/');

export const presenterUrl = (deck: string, slide: number) => `${deck}presenter/#${slide}`;
export const audienceUrl = (deck: string, slide: number) => `${deck}#${slide}`;

/** Opens (or brings forward) a named second window; false when a pop-up blocker stopped it. */
export function openWindow(url: string, name: 'presenter' | 'audience'): boolean {
	const features = name === 'presenter' ? 'popup,width=1280,height=800' : 'popup,width=1280,height=720';
	const opened = window.open(url, `schools-for-whom-${name}`, features);
	opened?.focus();
	return opened !== null;
}
