// The story's editions, one per copy file in data/ (copy.en.aml, copy.ja.aml, …), as the data
// build lists them: what a page needs to say its language and link the others, no words.
import editionsJson from '../generated/editions.json' with { type: 'json' };

export interface Edition {
	/** The edition's address segment and file name: ja for /ja/ and copy.ja.aml; en is at / */
	code: string;
	/** `<html lang>`: en, ja, fa-AF, ps-AF */
	lang: string;
	/**
	 * Intl's locale for its numbers and dates, or a list whose first a browser has wins (Pashto's
	 * ends with Dari's, for browsers whose Intl lacks Pashto)
	 */
	locale: string | string[];
	dir: 'ltr' | 'rtl';
	/** The language's name in itself (日本語), for the language switch */
	name: string;
}

export const ENGLISH = 'en';
export const editions = editionsJson as Edition[];

/** The edition of a route's optional [[edition]] parameter: English when it is absent. */
export function editionOf(code: string | undefined): Edition {
	const edition = editions.find((e) => e.code === (code ?? ENGLISH));
	if (!edition) throw new Error(`No edition "${code}": the editions are ${editions.map((e) => e.code).join(', ')}`);
	return edition;
}

/** The path of a page of an edition: '/' → '/ja/', '/present/' → '/ja/present/'. */
export const editionPath = (edition: Pick<Edition, 'code'>, path: string) =>
	edition.code === ENGLISH ? path : `/${edition.code}${path}`;

/** The value of the [[edition]] parameter for each edition, for prerendering: none for English. */
export const editionParams = () => editions.map((e) => (e.code === ENGLISH ? undefined : e.code));
