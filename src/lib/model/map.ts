// The projected map, split in two at build time: `MapMeta` (small, used by the browser for
// labels and panels) and `MapShapes` (the SVG paths, put into the HTML only).

export interface MapProvinceMeta {
	iso: string;
	name: string;
	/** Label anchor inside the shape, in viewBox units */
	centroid: [number, number];
}

export interface MapMeta {
	width: number;
	height: number;
	provinces: MapProvinceMeta[];
	/** Label anchor of each region of provinces.csv: the area-weighted mean of its provinces' anchors */
	regions: { name: string; centroid: [number, number] }[];
}

export interface MapShapes {
	provinces: { iso: string; path: string }[];
	/** Outline of each region of provinces.csv, by region name */
	regions: Record<string, string>;
	outline: string;
	borders: string;
}
