// The page's edition for the components that link or point within it (the Embed tools' codes
// and files): set once by each page, read where needed, so no prop passes through every layer.
import { getContext, setContext } from 'svelte';
import { editionOf, type Edition } from './editions';

const KEY = Symbol('edition');

export const setPageEdition = (edition: Edition) => setContext(KEY, edition);

/** The page's edition; English for a component rendered on its own. */
export const pageEdition = (): Edition => getContext<Edition | undefined>(KEY) ?? editionOf(undefined);
