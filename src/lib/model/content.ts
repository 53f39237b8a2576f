// The generated content, typed: the one place pages import the data build's outputs from (an
// edition's words: copies.server.ts).
import stepsJson from '$lib/generated/steps.en.json';
import dataJson from '$lib/generated/data.json';
import metaJson from '$lib/generated/map-meta.json';
import type { StepState } from '$lib/model/copy';
import type { StoryData } from '$lib/model/data';
import type { MapMeta } from '$lib/model/map';

/** Only the steps' states: what the scrolling story needs in the browser. */
export const storySteps = stepsJson as unknown as StepState[];
export const data = dataJson as unknown as StoryData;
export const mapMeta = metaJson as MapMeta;
