// The list of embeddable charts, for editors, with code, images and previews at three widths.
import { embedIndexData } from '$lib/embed/embed-pages.server';

// No SvelteKit client: the page's only script is the previews' resizer (static/embed/resize.js).
export const csr = false;

export const load = embedIndexData;
