// The size of a graphic's drawing as Graphic draws it before it is measured (drawingOnly): what
// an exported image lays out around it.
import type { ChartState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import type { MapMeta } from '../model/map.js';
import { layoutBarred } from './barred-layout.js';
import { UNMEASURED_WIDTH } from './fit-width.svelte.js';
import { layoutLadder } from './ladder-layout.js';
import { parityHeight } from './parity-layout.js';

export function graphicSize(chart: ChartState, data: StoryData, meta: MapMeta): { width: number; height: number } {
	const width = UNMEASURED_WIDTH;
	switch (chart.graphic) {
		case 'map':
			return { width: meta.width, height: meta.height };
		case 'ladder':
			return { width, height: layoutLadder(chart, width).height };
		case 'barred':
			return { width, height: layoutBarred(data.barredCount, width).height };
		case 'parity':
			return { width, height: parityHeight(width) };
	}
}
