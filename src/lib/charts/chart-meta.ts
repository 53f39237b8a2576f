// Title and sources of a chart in a given state: the same words in the story, the embeds,
// the slides and the exported images.
import type { ChartState, MapState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import { formatCount } from './format.js';

export function chartTitle(state: ChartState, data: StoryData): string {
	switch (state.graphic) {
		case 'ladder':
			return state.closedToGirls.length === 0
				? 'School years open to girls'
				: 'What girls may attend under the Taliban';
		case 'barred':
			return 'Girls barred from school beyond grade 6, as each agency counts them';
		case 'parity':
			return "Girls' enrolment rate as a share of boys' (gender parity index), 1990-2019";
		case 'map':
			return mapTitle(state, data);
	}
}

function mapTitle(state: MapState, data: StoryData): string {
	const schools = schoolsOf165(data);
	if (state.regionOutlines.length && state.choropleth)
		return `Reported regions of the ${schools} schools, over: ${data.indicators[state.choropleth].shortLabel}`;
	if (state.choropleth) return data.indicators[state.choropleth].label;
	if (state.unlocated && state.highlight.length)
		return `Japan's education projects, and the ${schools} schools not yet located`;
	if (state.unlocated || state.regionOutlines.length) return `${schools} primary schools, built or repaired: where?`;
	if (state.reportDots.length) return "Japan's education projects since the takeover, and local reports";
	if (state.highlight.length) return "Provinces named in Japan's education projects";
	return "Afghanistan's 34 provinces";
}

/** The number of the 165 schools, as its project row gives it: charts say it as the copy does. */
export function schoolsOf165(data: StoryData): string {
	return formatCount(data.projects.find((p) => p.id === data.primary165.projectId)?.schools ?? 0);
}

/** Source ids behind what the chart shows in this state, without repeats. */
export function chartSources(state: ChartState, data: StoryData): string[] {
	const ids: string[] = [];
	if (state.graphic === 'ladder') ids.push('pakistan-today-ban-2022', 'devdiscourse-university-2022');
	if (state.graphic === 'barred')
		ids.push(...data.barredCount.filter((c) => c.year <= state.throughYear).map((c) => c.sourceId));
	if (state.graphic === 'parity') ids.push('wb-gpi');
	if (state.graphic === 'map') {
		// Exactly the rows the map shows: the indicator's values, the projects it names, the 165
		// schools' provinces where published, the reports it dots and the regions it outlines.
		if (state.choropleth) ids.push(...Object.values(data.indicators[state.choropleth].values).map((v) => v!.sourceId));
		ids.push(...data.projects.filter((p) => state.projects.includes(p.id)).map((p) => p.sourceId));
		if (state.projects.includes(data.primary165.projectId)) {
			ids.push(...data.primary165.provinces.filter((p) => state.highlight.includes(p.province)).map((p) => p.sourceId));
		}
		ids.push(...data.localReports.filter((r) => state.reportDots.includes(r.province)).map((r) => r.sourceId));
		if (state.regionOutlines.length)
			ids.push(
				...data.primary165.reportedRegions.filter((r) => state.regionOutlines.includes(r.region)).map((r) => r.sourceId)
			);
		if (state.unlocated) ids.push('frontier-post-nine-provinces-2024');
		ids.push('natural-earth-admin1');
	}
	return [...new Set(ids)];
}

/** "UNESCO via EENET; UNICEF …": a short source line for under a chart. */
export function sourceLine(ids: string[], data: StoryData): string {
	return [...new Set(ids.map((id) => data.sources[id]?.publisher).filter(Boolean))].join('; ');
}
