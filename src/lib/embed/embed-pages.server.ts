// What the embed pages' load functions give them: for a chart's page, its words, state, data
// and table; for the index, each chart's names, code and paths. Worked out here, on the
// server, so that the pages import no content: SvelteKit bundles every page's imports for the
// browser, even with its client off, and the copy must not join a chunk the story loads.
import { data, mapMeta, storySteps } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';
import { tableFor } from '$lib/charts/chart-table';
import type { ChartState } from '$lib/model/chart-state';
import type { StoryData } from '$lib/model/data';
import { embedsFor, type Embed } from './embeds';
import { embedCode } from './embed-code';
import { embedPaths } from './embed-id';

const NO_DATA: StoryData = {
	provinces: [],
	sources: {},
	indicators: {},
	projects: [],
	localReports: [],
	barredCount: [],
	parity: [],
	primary165: { projectId: '', provinces: [], reportedRegions: [] }
};

/**
 * What a graphic reads of the data to draw one state, without its tap panel: all that its
 * embed page's data holds of it (a test checks that the drawing is the same as with all data).
 */
export function graphicData(state: ChartState, all: StoryData): StoryData {
	switch (state.graphic) {
		case 'map': {
			// The legend counts the provinces with no data and gives the count of the 165 schools.
			const indicators = state.choropleth ? { [state.choropleth]: all.indicators[state.choropleth] } : {};
			const projects = all.projects.filter((project) => project.id === all.primary165.projectId);
			return { ...NO_DATA, provinces: all.provinces, indicators, projects, primary165: all.primary165 };
		}
		case 'barred':
			return { ...NO_DATA, barredCount: all.barredCount };
		case 'parity':
			return { ...NO_DATA, parity: all.parity };
		case 'ladder':
			return NO_DATA;
	}
}

/** One chart's embed page. */
export const embedPageData = (embed: Embed) => ({
	embed,
	data: graphicData(embed.state, data),
	meta: mapMeta,
	table: tableFor(embed.state, data),
	headline: editionCopy(embed.edition.code).copy.headline,
	/** Who translated the edition, and whether it is reviewed (absent in English) */
	editionInfo: editionCopy(embed.edition.code).copy.edition
});

const stepNumber = (id: string) => storySteps.findIndex((step) => step.id === id) + 1;

/**
 * A name no other chart has, for every link and control about the chart: its title, with its
 * subtitle (the project maps), or else the steps that show it when charts share a title (a
 * chart in several states).
 */
function fullName(embed: Embed, embeds: Embed[]): string {
	if (embed.subtitle) return `${embed.title} (${embed.subtitle})`;
	const shared = embeds.some((other) => other !== embed && other.title === embed.title);
	return shared ? `${embed.title} (as in step ${embed.stepIds.map(stepNumber).join(', ')})` : embed.title;
}

/** The /embed/ index: every chart with its names, the steps that show it, its code and its files. */
export function embedIndexData({ params }: { params: { edition?: string } }) {
	const { edition, copy } = editionCopy(params.edition);
	const embeds = embedsFor(edition.code);
	return {
		edition,
		copy: { headline: copy.headline, edition: copy.edition },
		charts: embeds.map((embed) => ({
			id: embed.id,
			title: embed.title,
			subtitle: embed.subtitle,
			fullName: fullName(embed, embeds),
			steps: embed.stepIds.map(stepNumber).join(', '),
			code: embedCode({ id: embed.id, title: embed.title, graphic: embed.state.graphic, edition }),
			paths: embedPaths(embed.id, edition)
		}))
	};
}
