// The [[edition]] segment of an address: the code of an edition other than English (/ja/), which
// lives at the site's root.
import type { ParamMatcher } from '@sveltejs/kit';
import { ENGLISH, editions } from '$lib/model/editions';

export const match: ParamMatcher = (param) => param !== ENGLISH && editions.some((edition) => edition.code === param);
