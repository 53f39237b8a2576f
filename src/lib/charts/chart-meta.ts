// Title and sources of a chart in a given state: the same words in the story, the embeds,
// the slides and the exported images, in the edition's language.
import type { ChartState, MapState } from '../model/chart-state.js';
import type { StoryData } from '../model/data.js';
import { dataTerm } from '../model/data-terms.js';
import { fill, type EditionWords } from '../model/edition.js';
import { formatCount, type Locale } from './format.js';

export function chartTitle(state: ChartState, data: StoryData, edition: EditionWords): string {
	const { labels } = edition;
	switch (state.graphic) {
		case 'ladder':
			return state.closedToGirls.length === 0 ? labels.ladder.title_open : labels.ladder.title_closed;
		case 'barred':
			return labels.barred.title;
		case 'parity':
			return labels.parity.title;
		case 'map':
			return mapTitle(state, data, edition);
	}
}

function mapTitle(state: MapState, data: StoryData, edition: EditionWords): string {
	const { labels, locale } = edition;
	const schools = schoolsOf165(data, locale);
	const map = labels.map;
	if (state.regionOutlines.length && state.choropleth)
		return fill(map.title_regions_over, {
			schools,
			indicator: dataTerm(edition, 'indicators.csv:short_label', data.indicators[state.choropleth].shortLabel)
		});
	if (state.choropleth) return dataTerm(edition, 'indicators.csv:label', data.indicators[state.choropleth].label);
	if (state.unlocated && state.highlight.length) return fill(map.title_projects_and_unlocated, { schools });
	if (state.unlocated || state.regionOutlines.length) return fill(map.title_where, { schools });
	if (state.reportDots.length) return map.title_projects_since_takeover;
	if (state.highlight.length) return map.title_projects;
	return map.title_locator;
}

/** The number of the 165 schools, as its project row gives it: charts say it as the copy does. */
export function schoolsOf165(data: StoryData, locale: Locale): string {
	return formatCount(data.projects.find((p) => p.id === data.primary165.projectId)?.schools ?? 0, locale);
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
