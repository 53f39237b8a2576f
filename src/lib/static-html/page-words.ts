// The edition's words a page carries for its own scripts (PageWords.svelte writes them).
// Usage, in a page's script: const words = readPageWords(); hydrate(C, { …, context: editionContext(words) }).
import type { EditionWords } from '$lib/model/edition';

export const PAGE_WORDS_ID = 'page-words';

export function readPageWords(): EditionWords {
	return JSON.parse(document.getElementById(PAGE_WORDS_ID)!.textContent!) as EditionWords;
}
