// The story page's islands, its only parts that run in the browser: the page draws each inside
// an element [data-island="<name>"], within a <svelte:boundary>, which writes the markers
// Svelte's hydrate() expects around a root; story.client.ts hydrates each with the same props.
import { data, mapMeta, storySteps } from '$lib/model/content';

export const ISLANDS = { motionToggle: 'motion-toggle', graphic: 'graphic' } as const;

/** Not an island: the element holding the static steps, which the graphic watches and marks */
export const STEPS_ID = 'story-steps';

/** What the graphic island (ScrollingGraphic.svelte) is drawn and hydrated with */
export const graphicIslandProps = { steps: storySteps, data, meta: mapMeta, stepsId: STEPS_ID };
