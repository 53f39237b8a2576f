// Finds a Chromium for Playwright: an explicit CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the browser Playwright downloaded itself. Fails with instructions when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {string} path to a Chromium executable */
export function findChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit) {
		if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`);
		return explicit;
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// Playwright throws when its browser registry is empty; fall through to the advice below.
	}
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		'No Chromium found for the end-to-end tests. Either:\n' +
			'  - on Debian or Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
			'  - anywhere with internet: npx playwright install chromium\n' +
			'  - or point CHROMIUM_PATH at any Chromium or Chrome executable.'
	);
}
