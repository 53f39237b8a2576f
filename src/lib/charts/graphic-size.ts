// The size of a graphic's drawing as Graphic draws it before it is measured (drawingOnly): what
// an exported image lays out around it.
import type { ChartState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import type { MapMeta } from '../model/map.js';
import type { EditionWords } from '../model/edition.js';
import { layoutBarred } from './barred-layout.js';
import { UNMEASURED_WIDTH } from './fit-width.svelte.js';
import { layoutLadder } from './ladder-layout.js';
import { parityHeight } from './parity-layout.js';

/** `edition`: the words the drawing is in, which set the height of a chart of wrapped text. */
export function graphicSize(
	chart: ChartState,
	data: StoryData,
	meta: MapMeta,
	edition: EditionWords
): { width: number; height: number } {
	const width = UNMEASURED_WIDTH;
	switch (chart.graphic) {
		case 'map':
			return { width: meta.width, height: meta.height };
		case 'ladder':
			return { width, height: layoutLadder(chart, width, edition).height };
		case 'barred':
			return { width, height: layoutBarred(data.barredCount, width, edition).height };
		case 'parity':
			return { width, height: parityHeight(width) };
	}
}
