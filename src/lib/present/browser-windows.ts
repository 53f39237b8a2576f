// Full screen and the second window. Both need a user's key press or click, which they get:
// they run only from key and button handlers.
import { base } from '$app/paths';

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

export const presenterUrl = (slide: number) => `${base}/present/presenter/#${slide}`;
export const audienceUrl = (slide: number) => `${base}/present/#${slide}`;

/** Opens (or brings forward) a named second window; false when a pop-up blocker stopped it. */
export function openWindow(url: string, name: 'presenter' | 'audience'): boolean {
	const features = name === 'presenter' ? 'popup,width=1280,height=800' : 'popup,width=1280,height=720';
	const opened = window.open(url, `schools-for-whom-${name}`, features);
	opened?.focus();
	return opened !== null;
}
