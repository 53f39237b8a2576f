// The story page's interactive parts, by the names of the static fragments they are drawn as:
// named once for the page (src/routes/+page.svelte), the server that draws them
// (src/lib/server/static-fragments.ts) and the script that hydrates them (story.client.ts).
export const STORY_ISLANDS = {
	motionToggle: 'motion-toggle-island',
	graphic: 'graphic-island',
	/** Not an island: the static steps, which the graphic watches and marks */
	stepsId: 'story-steps'
} as const;
