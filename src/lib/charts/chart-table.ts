// The data table behind each chart state: what a screen-reader or keyboard user reads
// instead of the picture, and what anyone can check the picture against.
import type { ChartState, LadderRung, MapState } from '../model/chart-state.js';
import type { Iso, StoryData } from '../model/data.js';
import { dataTerm, VALUE_CAVEATS } from '../model/data-terms.js';
import { fill, provinceName, type EditionWords } from '../model/edition.js';
import { formatDecimal, formatValue, formatYear } from './format.js';
import { countText, whenText } from './barred-layout.js';
import { schoolsOf165 } from './chart-meta.js';

export interface TableModel {
	caption: string;
	columns: { label: string; numeric?: boolean }[];
	rows: string[][];
}

const RUNGS: LadderRung[] = ['grades-1-6', 'grades-7-12', 'university'];

export function tableFor(state: ChartState, data: StoryData, edition: EditionWords): TableModel {
	const { labels, locale } = edition;
	const table = labels.table;
	switch (state.graphic) {
		case 'ladder': {
			const rungLabels: Record<LadderRung, string> = {
				'grades-1-6': table.grades_1_6,
				'grades-7-12': table.grades_7_12,
				university: labels.ladder.university
			};
			return {
				caption: table.ladder_caption,
				columns: [
					{ label: table.school_years },
					{ label: labels.ladder.boys },
					{ label: labels.ladder.girls_and_women }
				],
				rows: RUNGS.map((rung) => [
					rungLabels[rung],
					table.open,
					state.closedToGirls.includes(rung) ? labels.ladder.closed : table.open
				])
			};
		}
		case 'barred':
			return {
				caption: table.barred_caption,
				columns: [
					{ label: table.agency },
					{ label: table.date },
					{ label: table.girls_barred, numeric: true },
					{ label: table.what_counted },
					{ label: table.source }
				],
				rows: data.barredCount
					.filter((c) => c.year <= state.throughYear)
					.map((c) => [
						dataTerm(edition, 'girls-barred-count.csv:agency', c.agency),
						whenText(c, edition),
						c.kind === 'projection' ? fill(table.projection, { count: countText(c, edition) }) : countText(c, edition),
						dataTerm(edition, 'girls-barred-count.csv:what_is_counted', c.whatIsCounted),
						data.sources[c.sourceId].publisher
					])
			};
		case 'parity': {
			const cell = (value: number | null) => (value === null ? table.no_figure : formatDecimal(value, 3, locale));
			return {
				caption: table.parity_caption,
				columns: [
					{ label: table.year },
					{ label: labels.parity.primary, numeric: true },
					{ label: labels.parity.secondary, numeric: true }
				],
				rows: data.parity.map((d) => [formatYear(d.year, locale), cell(d.primary), cell(d.secondary)])
			};
		}
		case 'map':
			return mapTable(state, data, edition);
	}
}

function mapTable(state: MapState, data: StoryData, edition: EditionWords): TableModel {
	const { labels, locale } = edition;
	const table = labels.table;
	const name = (iso: Iso) => provinceName(edition, iso);
	const region = (english: string) => dataTerm(edition, 'provinces.csv:region', english);
	// Only the projects this state shows.
	const projectsIn = (iso: Iso) =>
		data.projects.filter((p) => state.projects.includes(p.id) && p.provinces.includes(iso));
	if (state.choropleth) {
		const indicator = data.indicators[state.choropleth];
		const rows = data.provinces.map((p) => {
			const value = indicator.values[p.iso];
			const notes = [
				value?.method === 'computed' ? table.computed : '',
				value?.caveat ? fill(table.caution, { caveat: dataTerm(edition, VALUE_CAVEATS, value.caveat) }) : ''
			].filter(Boolean);
			const shown = value ? formatValue(value.value, indicator.unit, locale) : '';
			return [
				name(p.iso),
				region(p.region),
				!value
					? labels.map.no_value
					: notes.length
						? fill(table.value_notes, { value: shown, notes: notes.join('; ') })
						: shown,
				value ? data.sources[value.sourceId].publisher : ''
			];
		});
		return {
			caption: dataTerm(edition, 'indicators.csv:label', indicator.label),
			columns: [
				{ label: table.province },
				{ label: table.region },
				{ label: dataTerm(edition, 'indicators.csv:short_label', indicator.shortLabel), numeric: true },
				{ label: table.source }
			],
			rows
		};
	}
	const shown = [...new Set([...state.highlight, ...state.earlier, ...state.reportDots])];
	const rows = data.provinces
		.filter((p) => shown.includes(p.iso))
		.map((p) => [
			name(p.iso),
			state.highlight.includes(p.iso)
				? table.this_step
				: state.earlier.includes(p.iso)
					? table.earlier
					: table.report_only,
			projectsIn(p.iso)
				.map((project) =>
					fill(labels.map.project, {
						title: dataTerm(edition, 'japan-education-projects.csv:title', project.title),
						year: formatYear(project.year, locale)
					})
				)
				.join('; ') || '',
			data.localReports
				.filter((r) => r.province === p.iso)
				.map((r) =>
					fill(table.report, {
						report: dataTerm(edition, 'japan-local-reports.csv:what', r.what),
						confidence: dataTerm(edition, 'japan-local-reports.csv:confidence', r.confidence)
					})
				)
				.join('; ')
		]);
	const published = data.primary165.provinces.length > 0;
	const schools = schoolsOf165(data, locale);
	const regionRows = state.regionOutlines.map((outline) => [
		fill(table.region_row, { region: region(outline) }),
		table.reported_unconfirmed,
		fill(published ? table.schools : table.schools_unpublished, { schools }),
		''
	]);
	return {
		caption: state.highlight.length || state.earlier.length ? labels.map.title_projects : table.provinces_caption,
		columns: [
			{ label: table.province_or_region },
			{ label: table.on_the_map },
			{ label: table.japans_projects },
			{ label: table.local_reports }
		],
		rows:
			rows.length || regionRows.length
				? [...rows, ...regionRows]
				: data.provinces.map((p) => [name(p.iso), region(p.region), '', ''])
	};
}
