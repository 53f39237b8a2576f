// The shapes of the generated data (src/lib/generated/*.json), written by src/data-build/.
// Every value that reaches the screen carries the id of its source in `sources`.

export type Iso = `AF-${string}`;

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD; null when the source is undated */
	date: string | null;
	/** null when no public link is recorded */
	url: string | null;
	caveat: string;
}

export interface Province {
	iso: Iso;
	name: string;
	nsiaCode: string;
	region: string;
	aliases: string[];
}

/** Province names by edition language (data/province-names.csv): `names.ja['AF-KAB']` is カブール. */
export type ProvinceNames = Record<string, Partial<Record<Iso, string>>>;

/** What the pages need of a province; codes and spellings stay in the build and the CSV. */
export type ProvinceInfo = Pick<Province, 'iso' | 'name' | 'region'>;

/** What charts and citations need of a source: who published it. The full record is in MethodsData. */
export type SourceRef = Pick<Source, 'id' | 'publisher'>;

export interface IndicatorValue {
	value: number;
	sourceId: string;
	/** "computed" when the value was derived from published columns rather than printed */
	method: string | null;
	/** Why this value must be read with caution (a small survey base, …); null when there is no such reason */
	caveat: string | null;
}

export interface Indicator {
	id: string;
	label: string;
	shortLabel: string;
	unit: string;
	description: string;
	/** Upper bounds between classes, ascending: n breaks make n + 1 classes. */
	breaks: number[];
	/** Values by province; a province absent here has no data. */
	values: Partial<Record<Iso, IndicatorValue>>;
}

export type ProjectKind = 'supplies-and-repairs' | 'new-schools' | 'water-sanitation' | 'access' | 'literacy';

export interface JapanProject {
	id: string;
	signed: string;
	year: number;
	title: string;
	kind: ProjectKind;
	provinces: Iso[];
	schools: number | null;
	amount: string;
	partner: string;
	note: string;
	confidence: string;
	sourceId: string;
}

export interface LocalReport {
	province: Iso;
	date: string | null;
	what: string;
	confidence: string;
	sourceId: string;
}

export interface TimelineEvent {
	date: string;
	event: string;
	figure: string;
	confidence: string;
	sourceId: string;
}

export interface BarredCount {
	date: string;
	year: number;
	/** The agency whose count it is: each agency's counts are one series, never joined to another's */
	agency: string;
	girlsBarred: number;
	/** The source's own hedge: "at least", "nearly" or "over"; '' for a plain count */
	qualifier: '' | 'at least' | 'nearly' | 'over';
	kind: 'count' | 'projection';
	whatIsCounted: string;
	sourceId: string;
}

export interface ParityYear {
	year: number;
	primary: number | null;
	secondary: number | null;
	sourceId: string;
}

/** What is known of where the 165 primary schools go. */
export interface PrimarySchools165 {
	projectId: string;
	/** Empty until the provinces are published and an editor adds them to data/japan-165-provinces.csv */
	provinces: { province: Iso; sourceId: string; note: string }[];
	reportedRegions: { region: string; sourceId: string; confidence: string }[];
}

/** Everything the data build reads and validates. */
export interface LoadedData {
	provinces: Province[];
	sources: Record<string, Source>;
	indicators: Record<string, Indicator>;
	projects: JapanProject[];
	localReports: LocalReport[];
	timeline: TimelineEvent[];
	barredCount: BarredCount[];
	parity: ParityYear[];
	primary165: PrimarySchools165;
	/**
	 * The CSV files readers can download from /data/. Their titles are labels
	 * (`labels.downloads`, keyed by file name); an indicator file is titled by its indicators' labels.
	 */
	downloads: { file: string; indicatorLabels?: string[] }[];
}

/** What the pages use in the browser (src/lib/generated/data.json): kept small, it ships in the JavaScript. */
export interface StoryData extends Omit<LoadedData, 'provinces' | 'sources' | 'timeline' | 'downloads'> {
	provinces: ProvinceInfo[];
	sources: Record<string, SourceRef>;
}

/** A change made to the story after it was published (data/corrections.csv). */
export interface Correction {
	date: string;
	/** The step whose words or graphic changed; null for the methods or the data */
	step: string | null;
	correction: string;
}

/** What only the methods section needs (src/lib/generated/methods.json), rendered on the server. */
export interface MethodsData {
	sources: Source[];
	downloads: LoadedData['downloads'];
	/** Newest first */
	corrections: Correction[];
}
