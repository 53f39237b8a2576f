// The story page's islands, its only parts that run in the browser: the page draws each inside
// an element [data-island="<name>"], within a <svelte:boundary>, which writes the markers
// Svelte's hydrate() expects around a root; story.client.ts hydrates each with the same props,
// and with the edition's words the page carries for its script (PageWords.svelte).
import { data, mapMeta, storySteps } from '$lib/model/content';
import { CHART_LABELS, type LabelGroup } from '$lib/model/labels';

export const ISLANDS = { motionToggle: 'motion-toggle', graphic: 'graphic' } as const;

/** Not an island: the element holding the static steps, which the graphic watches and marks */
export const STEPS_ID = 'story-steps';

/**
 * The label groups the story's script uses: the islands' (the motion switch, the charts), the
 * Embed tools' line for when the dialog cannot load, and the Embed dialog's. The page carries
 * only these; a label of another group read by an island would be missing in the browser.
 */
export const STORY_SCRIPT_LABELS: LabelGroup[] = ['motion', ...CHART_LABELS, 'tools', 'dialog'];

/** What the graphic island (ScrollingGraphic.svelte) is drawn and hydrated with */
export const graphicIslandProps = { steps: storySteps, data, meta: mapMeta, stepsId: STEPS_ID };
