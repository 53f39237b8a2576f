// The map embed page's script (the page has no SvelteKit client): places the map's labels for
// the width the map is shown at, as the story does (mapLabels, label-placement.ts), so they
// keep their size on screen at 320 px as at 1000 px, and a highlighted or starred province is
// always named. The server drew them for a map 600 px wide; the page gives the labelled
// provinces' names in its edition (data-map-names) and its direction (data-map-direction). Built by Vite as a bundle of its own
// (imported with ?worker&url), so it shares no chunk with the story.
import meta from '$lib/generated/map-meta.json';
import { mapLabels, mapMarksMarkup } from '$lib/charts/map-layer-markup';
import { readsRightToLeft } from '$lib/charts/text-direction';
import type { MapState } from '$lib/model/chart-state';
import type { MapMeta } from '$lib/model/map';

/** The map's on-screen label size, as ProvinceMap's default. */
const LABEL_PIXELS = 13;

for (const map of document.querySelectorAll<HTMLElement>('[data-map-state]')) {
	const chart = JSON.parse(map.dataset.mapState!) as MapState;
	const names = JSON.parse(map.dataset.mapNames!) as Record<string, string>;
	const rtl = readsRightToLeft({ dir: map.dataset.mapDirection ?? 'ltr' });
	const svg = map.querySelector<SVGSVGElement>('.live-layer svg');
	if (!svg) continue;
	const aspect = (meta as MapMeta).width / (meta as MapMeta).height;
	new ResizeObserver(([entry]) => {
		const width = Math.min(entry.contentRect.width, entry.contentRect.height * aspect);
		if (!width) return;
		// The marks are the drawing's last elements (MapLayer): dots, leader lines, labels.
		svg.querySelectorAll(':scope > .report-dot, :scope > .leaders, :scope > .labels').forEach((mark) => mark.remove());
		svg.insertAdjacentHTML(
			'beforeend',
			mapMarksMarkup(chart, meta as MapMeta, mapLabels(chart, meta as MapMeta, LABEL_PIXELS, width, names), rtl)
		);
	}).observe(svg);
}
