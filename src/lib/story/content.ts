// The generated content, typed: the one place pages import the data build's outputs from.
import copyJson from '$lib/generated/copy.en.json';
import dataJson from '$lib/generated/data.json';
import metaJson from '$lib/generated/map-meta.json';
import type { Copy } from '$lib/types/copy';
import type { StoryData } from '$lib/types/data';
import type { MapMeta } from '$lib/types/map';

export const copy = copyJson as unknown as Copy;
export const data = dataJson as unknown as StoryData;
export const mapMeta = metaJson as MapMeta;

export function stepById(id: string) {
	return copy.steps.find((step) => step.id === id);
}
