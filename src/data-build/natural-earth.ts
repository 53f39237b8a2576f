// What the project takes from Natural Earth admin-1 besides shapes: the fixes to four Afghan
// provinces' attributes, and each province's names in the editions' languages. Used by
// fetch-boundaries.ts (npm run data:geo); kept apart so that tests can read it.

// Natural Earth's attributes are wrong for four provinces (NE issues #666, #928, #974 and an ISO swap);
// adm1_code is its stable key, so the fix survives renames. See docs/data-reference.md, "Boundaries".
export const NE_FIXES: Readonly<Record<string, string>> = {
	'AFG-1753': 'AF-DAY', // NE: Uruzgan, AF-URU (a second Uruzgan)
	'AFG-1769': 'AF-PAN', // NE: Parwan, AF-PAR (a second Parwan)
	'AFG-3413': 'AF-PIA', // NE: Paktya, AF-PKA
	'AFG-1759': 'AF-PKA' // NE: Paktika, AF-PIA
};

/** Of the four fixes, the two whose NE names belong to another province: their names are not NE's to give. */
const NAMES_OF_ANOTHER_PROVINCE = new Set(['AFG-1753', 'AFG-1769']);

/** NE's name fields per edition language, and the word for "province" each carries (a map label drops it). */
const NAME_FIELDS = {
	ja: { field: 'name_ja', province: /州$/ },
	fa: { field: 'name_fa', province: /^ولایت\s+/ }
} as const;

export interface NeProperties {
	adm0_a3: string;
	adm1_code: string;
	iso_3166_2: string;
	name: string;
	[field: string]: unknown;
}

/** The province a Natural Earth feature is, with the four fixes. */
export const provinceCode = (properties: NeProperties) => NE_FIXES[properties.adm1_code] ?? properties.iso_3166_2;

/**
 * Natural Earth's name of each Afghan province in each edition language it has (Japanese, Dari),
 * without the word for province, keyed `${iso}|${lang}`. The two provinces NE names after
 * another are left out: province-names.csv gives them from another source.
 */
export function naturalEarthNames(features: { properties: NeProperties }[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const { properties } of features) {
		if (properties.adm0_a3 !== 'AFG' || NAMES_OF_ANOTHER_PROVINCE.has(properties.adm1_code)) continue;
		for (const [lang, { field, province }] of Object.entries(NAME_FIELDS)) {
			const name = properties[field];
			if (typeof name === 'string' && name.trim())
				names.set(`${provinceCode(properties)}|${lang}`, name.trim().replace(province, ''));
		}
	}
	return names;
}
