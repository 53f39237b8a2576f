// The graphics of the story and their states. A step names a graphic and a state; the chart
// state is a pure function of that pair and the data, so jumping to any step, in any order,
// always draws the same picture. The data build calls `chartState` for every step and fails
// on an unknown graphic or state.
import type { Iso, StoryData } from './data.js';

export const GRAPHICS = ['map', 'ladder', 'barred', 'parity'] as const;
export type GraphicName = (typeof GRAPHICS)[number];

/** The date the Taliban took Kabul: projects signed after it were signed under their rule. */
export const TAKEOVER_DATE = '2021-08-15';

export interface MapState {
	graphic: 'map';
	/** Indicator id coloured as a choropleth, or null for a plain map */
	choropleth: string | null;
	/** Provinces in the accent colour (the step's subject) */
	highlight: Iso[];
	/** Provinces of earlier steps, in a lighter accent */
	earlier: Iso[];
	/** Regions (of provinces.csv) drawn as dashed, unconfirmed outlines */
	regionOutlines: string[];
	/** Provinces marked with a dot: single-source reports */
	reportDots: Iso[];
	/** Provinces to label, most important first (placement drops what would collide) */
	labels: Iso[];
	/** Provinces whose choropleth value must be read with caution (a small survey base): labelled and marked */
	caveated: Iso[];
	/** Ids of the projects (japan-education-projects.csv) whose rows the map shows: its sources, its table */
	projects: string[];
	/** Set when the step is about places nobody has published: the map says so (how many schools) */
	unlocated: { count: number } | null;
}

export type LadderRung = 'grades-1-6' | 'grades-7-12' | 'university';
export interface LadderState {
	graphic: 'ladder';
	/** Rungs girls and women may not attend in this state */
	closedToGirls: LadderRung[];
	/** Mark the rungs a primary school teaches */
	markPrimary: boolean;
}

export interface BarredState {
	graphic: 'barred';
	/** Show counts up to and including this year */
	throughYear: number;
}

export interface ParityState {
	graphic: 'parity';
	emphasis: 'after-2001' | 'first-taliban-era';
}

export type ChartState = MapState | LadderState | BarredState | ParityState;

export class UnknownStateError extends Error {}

const WOMEN_SECONDARY = 'women-secondary-or-higher';
const KABUL: Iso = 'AF-KAB';

function mapState(data: StoryData, partial: Partial<Omit<MapState, 'caveated'>>): MapState {
	const caveated = partial.choropleth ? caveatedOn(partial.choropleth, data) : [];
	const labels = [...(partial.labels ?? []), ...caveated.filter((iso) => !partial.labels?.includes(iso))];
	return {
		graphic: 'map',
		choropleth: null,
		highlight: [],
		earlier: [],
		regionOutlines: [],
		reportDots: [],
		unlocated: null,
		projects: [],
		...partial,
		labels,
		caveated
	};
}

/** Provinces whose value of an indicator carries a caveat in the data. */
function caveatedOn(indicatorId: string, data: StoryData): Iso[] {
	const values = Object.entries(data.indicators[indicatorId]?.values ?? {}) as [Iso, { caveat: string | null }][];
	return values
		.filter(([, value]) => value.caveat)
		.map(([iso]) => iso)
		.sort();
}

const unique = (list: Iso[]) => [...new Set(list)].sort();

/** Provinces with the extreme values of an indicator: lowest first, then the highest. */
function extremes(data: StoryData, indicatorId: string, count: number): Iso[] {
	const values = Object.entries(data.indicators[indicatorId]?.values ?? {}) as [Iso, { value: number }][];
	const sorted = values.sort((a, b) => a[1].value - b[1].value || a[0].localeCompare(b[0])).map(([iso]) => iso);
	return [...new Set([...sorted.slice(-1), ...sorted.slice(0, count)])];
}

function unlocated165(data: StoryData): MapState['unlocated'] {
	const project = data.projects.find((p) => p.id === data.primary165.projectId);
	if (data.primary165.provinces.length > 0 || !project) return null;
	return { count: project.schools ?? 0 };
}

function mapStateFor(name: string, data: StoryData): MapState {
	const projects = data.projects.filter((p) => p.provinces.length > 0);
	const allProjectProvinces = unique(projects.flatMap((p) => p.provinces));
	const primary165 = data.primary165.provinces.map((p) => p.province);
	const reportedRegions = data.primary165.reportedRegions.map((r) => r.region);
	const ids = (list: { id: string }[]) => list.map((p) => p.id);
	const the165 = [data.primary165.projectId];

	if (name === 'locator')
		return mapState(data, { labels: [KABUL, 'AF-HER', 'AF-KAN', 'AF-BAL', 'AF-NAN', 'AF-BAM', 'AF-BDS'] });
	// Any indicator of data/indicators.csv, alone or under the 165 schools' provinces and reported regions.
	if (name.startsWith('choropleth:'))
		return choroplethState(indicatorNamed(name.slice('choropleth:'.length), data), data, false);
	if (name.startsWith('regions-over:'))
		return choroplethState(indicatorNamed(name.slice('regions-over:'.length), data), data, true);
	// The first names of the two states above, kept because published embeds carry them in their address.
	if (name === 'women-secondary') return choroplethState(WOMEN_SECONDARY, data, false);
	if (name === 'projects-all')
		return mapState(data, { highlight: allProjectProvinces, labels: allProjectProvinces, projects: ids(projects) });
	if (name.startsWith('project:')) {
		const id = name.slice('project:'.length);
		const project = projects.find((p) => p.id === id);
		if (!project) throw new UnknownStateError(`no project "${id}" with provinces in japan-education-projects.csv`);
		const before = projects.filter((p) => p.signed < project.signed);
		const earlier = unique(before.flatMap((p) => p.provinces)).filter((iso) => !project.provinces.includes(iso));
		return mapState(data, {
			highlight: unique(project.provinces),
			earlier,
			labels: unique(project.provinces),
			projects: ids([...before, project])
		});
	}
	if (name === 'projects-since-2021') {
		const recent = unique(projects.filter((p) => p.signed >= TAKEOVER_DATE).flatMap((p) => p.provinces));
		const earlier = allProjectProvinces.filter((iso) => !recent.includes(iso));
		const reportDots = unique(data.localReports.map((r) => r.province));
		return mapState(data, {
			highlight: recent,
			earlier,
			reportDots,
			labels: [...recent, ...reportDots],
			projects: ids(projects)
		});
	}
	if (name === 'primary-165')
		return mapState(data, {
			highlight: unique(primary165),
			regionOutlines: reportedRegions,
			labels: unique(primary165),
			unlocated: unlocated165(data),
			projects: the165
		});
	if (name === 'regions-vs-women') return choroplethState(WOMEN_SECONDARY, data, true);
	if (name === 'choice')
		return mapState(data, {
			highlight: allProjectProvinces,
			labels: [KABUL],
			unlocated: unlocated165(data),
			projects: unique165(ids(projects), the165)
		});
	throw new UnknownStateError(
		`the map has no state "${name}" (known: locator, choropleth:<indicator id>, regions-over:<indicator id>, projects-all, project:<project id>, projects-since-2021, primary-165, choice, and women-secondary and regions-vs-women)`
	);
}

/** Project ids once each: the 165 schools' project is among the others once its provinces are listed. */
const unique165 = (list: string[], the165: string[]) => [...new Set([...list, ...the165])];

function indicatorNamed(id: string, data: StoryData): string {
	if (!data.indicators[id])
		throw new UnknownStateError(
			`no indicator "${id}" in indicators.csv (known: ${Object.keys(data.indicators).join(', ')})`
		);
	return id;
}

/** An indicator as a choropleth, labelled at its extremes; with `regions`, under the 165 schools' provinces and reported regions. */
function choroplethState(indicatorId: string, data: StoryData, regions: boolean): MapState {
	const labels = extremes(data, indicatorId, 2);
	if (!regions) return mapState(data, { choropleth: indicatorId, labels });
	const primary165 = unique(data.primary165.provinces.map((p) => p.province));
	return mapState(data, {
		choropleth: indicatorId,
		regionOutlines: data.primary165.reportedRegions.map((r) => r.region),
		highlight: primary165,
		labels: [...primary165, ...labels],
		projects: [data.primary165.projectId]
	});
}

const LADDER_STATES: Record<string, Omit<LadderState, 'graphic'>> = {
	open: { closedToGirls: [], markPrimary: false },
	'grade-7-ban': { closedToGirls: ['grades-7-12'], markPrimary: false },
	'university-ban': { closedToGirls: ['grades-7-12', 'university'], markPrimary: false },
	'primary-schools': { closedToGirls: ['grades-7-12', 'university'], markPrimary: true }
};

/** The chart state for a graphic and a state name, or an UnknownStateError saying what is known. */
export function chartState(graphic: string, name: string, data: StoryData): ChartState {
	switch (graphic) {
		case 'map':
			return mapStateFor(name, data);
		case 'ladder': {
			const state = LADDER_STATES[name];
			if (!state)
				throw new UnknownStateError(
					`the ladder has no state "${name}" (known: ${Object.keys(LADDER_STATES).join(', ')})`
				);
			return { graphic: 'ladder', ...state };
		}
		case 'barred': {
			const years = data.barredCount.map((c) => String(c.year));
			if (!years.includes(name))
				throw new UnknownStateError(`the barred-girls chart has no year "${name}" (known: ${years.join(', ')})`);
			return { graphic: 'barred', throughYear: Number(name) };
		}
		case 'parity': {
			if (name !== 'after-2001' && name !== 'first-taliban-era')
				throw new UnknownStateError(`the parity chart has no state "${name}" (known: after-2001, first-taliban-era)`);
			return { graphic: 'parity', emphasis: name };
		}
		default:
			throw new UnknownStateError(`unknown graphic "${graphic}" (known: ${GRAPHICS.join(', ')})`);
	}
}
