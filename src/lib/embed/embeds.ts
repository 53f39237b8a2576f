// Every embeddable chart of the story, derived from the copy: one embed per distinct
// (graphic, state) that a step shows, in the order the story first shows it, in each edition.
// A new step with a new state gets its embed page, images and index entry without touching
// this file; a new edition gets its own.
import { data } from '$lib/model/content';
import { editionCopy } from '$lib/model/copies.server';
import { dataTerm } from '$lib/model/data-terms';
import { fill, type EditionWords } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import type { ChartState } from '$lib/model/chart-state';
import type { Step } from '$lib/model/copy';
import { chartSources, chartTitle, sourceLine } from '$lib/charts/chart-meta';
import { formatDate } from '$lib/charts/format';
import { embedIdFor } from './embed-id';

export interface Embed {
	/** The edition whose words it has, at /embed/<id>/ or /<edition>/embed/<id>/ */
	edition: EditionWords;
	id: string;
	state: ChartState;
	/** The chart's title, as in the story */
	title: string;
	/** A line under the title where the title alone would not tell the states apart */
	subtitle: string | null;
	/** Publishers of the sources, as under the chart in the story */
	source: string;
	/** Text alternative: what the chart shows (from the first step that shows it) */
	alt: string;
	/** The steps that show this chart; the first is where the credit link points */
	stepIds: string[];
}

/** A map of one Japanese project is titled like every project map: name the project. */
function subtitleFor(step: Step, edition: EditionWords): string | null {
	const { labels, locale } = edition;
	if (step.graphic !== 'map' || !step.stateName.startsWith('project:')) return null;
	const project = data.projects.find((p) => p.id === step.stateName.slice('project:'.length));
	return project
		? fill(labels.embed.subtitle_project, {
				project: dataTerm(edition, 'japan-education-projects.csv:title', project.title),
				date: formatDate(project.signed, locale)
			})
		: null;
}

function buildEmbeds(edition: EditionWords, steps: Step[]): Embed[] {
	const byId = new Map<string, Embed>();
	for (const step of steps) {
		const id = embedIdFor(step);
		const known = byId.get(id);
		if (known) {
			known.stepIds.push(step.id);
			continue;
		}
		byId.set(id, {
			edition,
			id,
			state: step.state,
			title: chartTitle(step.state, data, edition),
			subtitle: subtitleFor(step, edition),
			source: sourceLine(chartSources(step.state, data), data),
			alt: step.alt,
			stepIds: [step.id]
		});
	}
	return [...byId.values()];
}

const byEdition = new Map<string, Embed[]>();

/** The embeds of an edition (its code; English when absent). */
export function embedsFor(code?: string): Embed[] {
	const { edition, copy } = editionCopy(code);
	if (!byEdition.has(edition.code)) byEdition.set(edition.code, buildEmbeds(editionWords(code), copy.steps));
	return byEdition.get(edition.code)!;
}

export function embedById(id: string, code?: string): Embed | undefined {
	return embedsFor(code).find((embed) => embed.id === id);
}
