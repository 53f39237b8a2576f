// The data table behind each chart state: what a screen-reader or keyboard user reads
// instead of the picture, and what anyone can check the picture against.
import type { ChartState, LadderRung, MapState } from '../model/chart-state.js';
import type { Iso, StoryData } from '../model/data.js';
import { formatValue } from './format.js';
import { countText, whenText } from './barred-layout.js';
import { schoolsOf165 } from './chart-meta.js';

export interface TableModel {
	caption: string;
	columns: { label: string; numeric?: boolean }[];
	rows: string[][];
}

const RUNG_LABELS: Record<LadderRung, string> = {
	'grades-1-6': 'Grades 1-6',
	'grades-7-12': 'Grades 7-12',
	university: 'University'
};

export function tableFor(state: ChartState, data: StoryData): TableModel {
	switch (state.graphic) {
		case 'ladder':
			return {
				caption: 'School years open to boys and to girls',
				columns: [{ label: 'School years' }, { label: 'Boys' }, { label: 'Girls and women' }],
				rows: (Object.keys(RUNG_LABELS) as LadderRung[]).map((rung) => [
					RUNG_LABELS[rung],
					'open',
					state.closedToGirls.includes(rung) ? 'closed' : 'open'
				])
			};
		case 'barred':
			return {
				caption:
					"Girls barred from school beyond grade 6, each agency's count (the agencies count differently: compare within an agency)",
				columns: [
					{ label: 'Agency' },
					{ label: 'Date' },
					{ label: 'Girls barred', numeric: true },
					{ label: 'What is counted' },
					{ label: 'Source' }
				],
				rows: data.barredCount
					.filter((c) => c.year <= state.throughYear)
					.map((c) => [
						c.agency,
						whenText(c),
						`${countText(c)}${c.kind === 'projection' ? ' (projection)' : ''}`,
						c.whatIsCounted,
						data.sources[c.sourceId].publisher
					])
			};
		case 'parity':
			return {
				caption:
					"Gender parity index of gross enrolment: girls' enrolment rate divided by boys' (1 is parity); empty years have no figure",
				columns: [{ label: 'Year' }, { label: 'Primary', numeric: true }, { label: 'Secondary', numeric: true }],
				rows: data.parity.map((d) => [
					String(d.year),
					d.primary === null ? 'no figure' : d.primary.toFixed(3),
					d.secondary === null ? 'no figure' : d.secondary.toFixed(3)
				])
			};
		case 'map':
			return mapTable(state, data);
	}
}

function mapTable(state: MapState, data: StoryData): TableModel {
	// Only the projects this state shows.
	const projectsIn = (iso: Iso) =>
		data.projects.filter((p) => state.projects.includes(p.id) && p.provinces.includes(iso));
	if (state.choropleth) {
		const indicator = data.indicators[state.choropleth];
		const rows = data.provinces.map((p) => {
			const value = indicator.values[p.iso];
			const notes = [
				value?.method === 'computed' ? 'computed' : '',
				value?.caveat ? `read with caution: ${value.caveat}` : ''
			].filter(Boolean);
			return [
				p.name,
				p.region,
				value ? formatValue(value.value, indicator.unit) + (notes.length ? ` (${notes.join('; ')})` : '') : 'no data',
				value ? data.sources[value.sourceId].publisher : ''
			];
		});
		return {
			caption: indicator.label,
			columns: [
				{ label: 'Province' },
				{ label: 'Region' },
				{ label: indicator.shortLabel, numeric: true },
				{ label: 'Source' }
			],
			rows
		};
	}
	const shown = [...new Set([...state.highlight, ...state.earlier, ...state.reportDots])];
	const rows = data.provinces
		.filter((p) => shown.includes(p.iso))
		.map((p) => [
			p.name,
			state.highlight.includes(p.iso) ? 'this step' : state.earlier.includes(p.iso) ? 'earlier' : 'local report only',
			projectsIn(p.iso)
				.map((project) => `${project.title} (${project.year})`)
				.join('; ') || '',
			data.localReports
				.filter((r) => r.province === p.iso)
				.map((r) => `${r.what} (${r.confidence})`)
				.join('; ')
		]);
	const published = data.primary165.provinces.length > 0;
	const regionRows = state.regionOutlines.map((region) => [
		`${region} region`,
		'reported, unconfirmed',
		`${schoolsOf165(data)} primary schools${published ? '' : ' (provinces not published)'}`,
		''
	]);
	return {
		caption:
			state.highlight.length || state.earlier.length
				? "Provinces named in Japan's education projects"
				: "Afghanistan's provinces",
		columns: [
			{ label: 'Province or region' },
			{ label: 'On the map' },
			{ label: "Japan's projects" },
			{ label: 'Local reports' }
		],
		rows:
			rows.length || regionRows.length
				? [...rows, ...regionRows]
				: data.provinces.map((p) => [p.name, p.region, '', ''])
	};
}
