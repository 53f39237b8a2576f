// The generated content, typed: the one place pages import the data build's outputs from.
import copyJson from '$lib/generated/copy.en.json';
import stepsJson from '$lib/generated/steps.en.json';
import dataJson from '$lib/generated/data.json';
import metaJson from '$lib/generated/map-meta.json';
import type { Copy, StepState } from '$lib/model/copy';
import type { StoryData } from '$lib/model/data';
import type { MapMeta } from '$lib/model/map';

/** The whole copy: for pages and fragments rendered on the server, and for slides. */
export const copy = copyJson as unknown as Copy;
/** Only the steps' states: what the scrolling story needs in the browser. */
export const storySteps = stepsJson as unknown as StepState[];
export const data = dataJson as unknown as StoryData;
export const mapMeta = metaJson as MapMeta;
