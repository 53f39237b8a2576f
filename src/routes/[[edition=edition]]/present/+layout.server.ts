// The presentation's build-time data: the copy as slides need it, the QR code for the closing
// slide and the address it encodes. It reaches the browser inside the prerendered pages.
import { deckPageData } from '$lib/present/deck-data.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => deckPageData(params.edition);
