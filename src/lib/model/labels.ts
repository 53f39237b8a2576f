// Every label the pages use, by group: the words of the charts, embeds, images, presentation
// and page chrome that are not the story's copy. Their words are in data/copy.<lang>.aml's
// `{labels.<group>}` sections (English's is the reference); this list is what the code reads,
// and the data build holds copy.en.aml to it, key for key. A new label: a key here, its
// English in copy.en.aml, its translation in each edition.

/** The keys the presentation's key help names in words (the others are shown as printed on the key: →, B, ?) */
export const KEY_NAMES = [
	'space',
	'page_down',
	'page_up',
	'enter',
	'backspace',
	'shift_space',
	'home',
	'end',
	'tab'
] as const;

export const LABEL_KEYS = {
	/** The story page's chrome, and what every page has: the language switch's name */
	page: [
		'title',
		'image_alt',
		'skip_link',
		'separator',
		'kicker',
		'reading',
		'op_ed_title',
		'editions',
		'step_heading',
		'graphic',
		'citation'
	],
	/** Headings and lines of the methods, sources, downloads and corrections */
	methods: [
		'heading',
		'sources',
		'no_link',
		'source',
		'source_undated',
		'downloads',
		'boundaries',
		'corrections',
		'credits'
	],
	/**
	 * What each data file holds, in the list of downloads: a key is the file's name (japan-165-provinces.csv is
	 * japan_165_provinces), and the data build publishes exactly these files; by_province titles an indicator file.
	 */
	downloads: [
		'sources',
		'provinces',
		'indicators',
		'gender_parity_national',
		'girls_barred_count',
		'japan_education_projects',
		'japan_165_provinces',
		'japan_165_reported_regions',
		'japan_local_reports',
		'timeline',
		'corrections',
		'by_province'
	],
	/** The animation switch */
	motion: ['on', 'off'],
	/** What every chart has: its source line and its data table's disclosure */
	chart: ['source', 'data_table'],
	/** The map's titles, legend, note and tap panel */
	map: [
		'title_locator',
		'title_projects',
		'title_projects_since_takeover',
		'title_where',
		'title_projects_and_unlocated',
		'title_regions_over',
		'legend_title',
		'class_under',
		'class_between',
		'class_or_more',
		'no_data',
		'small_base',
		'highlighted',
		'highlighted_165',
		'earlier',
		'regions',
		'reports',
		'unlocated',
		'close_panel',
		'indicator',
		'computed_value',
		'caution',
		'no_value',
		'projects',
		'project',
		'local_report',
		'confidence'
	],
	/** The school ladder */
	ladder: [
		'title_open',
		'title_closed',
		'boys',
		'girls_and_women',
		'girls',
		'closed',
		'grade',
		'university',
		'primary_school',
		'primary_school_narrow'
	],
	/** The chart of girls barred from school */
	barred: ['title', 'counted_by', 'row', 'projected'],
	/** The gender parity chart */
	parity: ['title', 'primary', 'secondary', 'parity_line', 'first_era', 'peak'],
	/** The data tables under the charts */
	table: [
		'ladder_caption',
		'school_years',
		'grades_1_6',
		'grades_7_12',
		'open',
		'barred_caption',
		'agency',
		'date',
		'girls_barred',
		'what_counted',
		'source',
		'projection',
		'parity_caption',
		'year',
		'no_figure',
		'provinces_caption',
		'province',
		'region',
		'value_notes',
		'computed',
		'caution',
		'province_or_region',
		'on_the_map',
		'japans_projects',
		'local_reports',
		'this_step',
		'earlier',
		'report_only',
		'region_row',
		'reported_unconfirmed',
		'report',
		'schools',
		'schools_unpublished'
	],
	/** Each step's Embed and Download tools */
	tools: ['embed', 'download', 'png', 'svg', 'offline'],
	/** The Embed dialog */
	dialog: [
		'title',
		'code',
		'copy',
		'copied',
		'selected',
		'hint',
		'preview',
		'preview_title',
		'offline',
		'download',
		'close'
	],
	/** The embed pages and their index */
	embed: [
		'page_title',
		'image_alt',
		'full_story',
		'corrections',
		'subtitle_project',
		'index_title',
		'index_heading',
		'index_intro',
		'story_link',
		'contents',
		'with_subtitle',
		'as_in_steps',
		'shown_in',
		'open',
		'png',
		'svg',
		'code',
		'previews',
		'preview_width',
		'preview_title'
	],
	/** The downloadable images */
	image: ['credit'],
	/** The presentation and the presenter view */
	deck: [
		'page_title',
		'heading',
		'title_slide',
		'slide_position',
		'slide_label',
		'counter',
		'reading',
		'closing_name',
		'closing_heading',
		'closing_hint',
		'qr_code',
		'blanked',
		'controls',
		'previous_slide',
		'next_slide',
		'blank',
		'full_screen',
		'presenter_view',
		'keys',
		'presenter_title',
		'audience_blank',
		'current_slide',
		'next',
		'end',
		'notes',
		'no_notes',
		'more_notes',
		'describe_graphic',
		'corrections',
		'previous_button',
		'next_button',
		'blank_button',
		'audience_window',
		'keys_button',
		'clock',
		'elapsed',
		'start',
		'pause',
		'resume',
		'reset',
		'time',
		'popup_blocked',
		'close'
	],
	/** The presentation's key help: what each key does */
	keys: [
		'heading',
		'or',
		'next',
		'previous',
		'first_last',
		'blank',
		'full_screen',
		'presenter',
		'help',
		'notes',
		'touch',
		'close'
	],
	/** The names of keys, in the key help */
	key_names: KEY_NAMES,
	/** The PDFs (the deck's slides and speaker notes, the handout) and the links to them */
	pdf: [
		'download',
		'slides',
		'notes',
		'handout',
		'handout_letter',
		'slides_title',
		'notes_title',
		'handout_title',
		'notes_continued',
		'question',
		'figures',
		'schools',
		'barred',
		'projected',
		'parity',
		'women',
		'source',
		'data_date',
		'corrections'
	]
} as const;

export type LabelGroup = keyof typeof LABEL_KEYS;

/** The groups a chart draws with (Graphic and ChartFrame, whatever the graphic): what a page's script needs to draw one. */
export const CHART_LABELS: LabelGroup[] = ['chart', 'map', 'ladder', 'barred', 'parity'];

/** An edition's labels: `labels.map.no_data` is "No data ({missing} of {total})" in English. */
export type Labels = { [Group in LabelGroup]: Record<(typeof LABEL_KEYS)[Group][number], string> };
