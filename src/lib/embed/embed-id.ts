// The embed id of a chart state: a readable, URL-safe slug of its graphic and state name, such
// as `map-women-secondary`, `map-project-kabul-city-2009` or `barred-2030`. Kept apart from the
// embed list so the story's client code can find a step's embed without loading anything else.

/** The embed id for a step's graphic and state name. */
export function embedIdFor(step: { graphic: string; stateName: string }): string {
	const slug = `${step.graphic}-${step.stateName}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug;
}

/** Paths of an embed and its images, relative to the site's base path. */
export const embedPaths = (id: string) => ({
	page: `/embed/${id}/`,
	svg: `/embed/${id}/chart.svg`,
	png: `/embed/${id}/chart.png`,
	social: `/embed/${id}/social.png`
});
