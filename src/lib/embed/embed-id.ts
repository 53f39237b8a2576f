// The embed id of a chart state: a readable, URL-safe slug of its graphic and state name, such
// as `map-women-secondary`, `map-project-kabul-city-2009` or `barred-2030`. Kept apart from the
// embed list so the story's client code can find a step's embed without loading anything else.
import { ENGLISH, editionPath, type Edition } from '$lib/model/editions';

/** The embed id for a step's graphic and state name. */
export function embedIdFor(step: { graphic: string; stateName: string }): string {
	const slug = `${step.graphic}-${step.stateName}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug;
}

/** Paths of an embed and its images in an edition (English when absent), relative to the site's base path. */
export function embedPaths(id: string, edition: Pick<Edition, 'code'> = { code: ENGLISH }) {
	const page = editionPath(edition, `/embed/${id}/`);
	return { page, svg: `${page}chart.svg`, png: `${page}chart.png`, social: `${page}social.png` };
}
