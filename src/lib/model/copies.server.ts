// Each edition's words, as the data build writes them from data/copy.<code>.aml: read on the
// server only, so that a page's HTML carries its own edition's words and no JavaScript carries any.
import type { Copy } from './copy';
import { editionOf, type Edition } from './editions';

const files = import.meta.glob<Copy>('../generated/copy.*.json', { eager: true, import: 'default' });

/** An edition and its words. */
export interface EditionCopy {
	edition: Edition;
	copy: Copy;
}

/** The words of the edition of a route's optional [[edition]] parameter (English when absent). */
export function editionCopy(code: string | undefined): EditionCopy {
	const edition = editionOf(code);
	const copy = files[`../generated/copy.${edition.code}.json`];
	if (!copy) throw new Error(`No copy for edition "${edition.code}": run npm run data`);
	return { edition, copy };
}
