// Everything a slide draws from: the copy, the data, the map's metadata, and the closing slide's
// QR code (an SVG string made at build time) with the address it encodes.
import type { Copy } from '../types/copy.js';
import type { StoryData } from '../types/data.js';
import type { MapMeta } from '../types/map.js';

export interface DeckContent {
	copy: Copy;
	data: StoryData;
	meta: MapMeta;
	/** The QR code as an SVG element, made by the server at build time */
	qrSvg: string;
	/** The story's public address, which the QR code encodes */
	storyUrl: string;
}

/** The address as people type it: no scheme, no trailing slash. */
export function displayAddress(url: string): string {
	return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
