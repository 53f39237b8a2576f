// The province shapes as one hidden SVG of <defs>, put into each page's HTML at prerender
// time (src/hooks.server.ts). Every map on the page draws them with <use href="#prov-AF-XXX">,
// so the geometry is in the HTML once and never in the JavaScript.
import type { MapShapes } from '../model/map.js';
import { NO_DATA_BACKGROUND, NO_DATA_STROKE } from './palette.js';

export const SPRITE_PLACEHOLDER = '<!--map-sprite-->';

export const provinceRef = (iso: string) => `#prov-${iso}`;
export const regionRef = (region: string) => `#region-${region.replace(/\s+/g, '-')}`;
export const OUTLINE_REF = '#country-outline';
export const BORDERS_REF = '#province-borders';

/** The fill of a province, or a legend key, without data: the hatching below. */
export const NO_DATA_FILL = 'url(#no-data-hatch)';

/** Diagonal hatching for provinces without data: unknown must never look like low. */
export const NO_DATA_PATTERN =
	`<pattern id="no-data-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">` +
	`<rect width="7" height="7" fill="${NO_DATA_BACKGROUND}"/><line x1="1.5" y1="0" x2="1.5" y2="7" stroke="${NO_DATA_STROKE}" stroke-width="2.2"/></pattern>`;

/** The sprite's <defs>: province, region, outline and border paths, and the no-data pattern. */
export function mapSpriteDefs(shapes: MapShapes): string {
	const paths = [
		...shapes.provinces.map((p) => `<path id="${provinceRef(p.iso).slice(1)}" d="${p.path}"/>`),
		...Object.entries(shapes.regions).map(([region, d]) => `<path id="${regionRef(region).slice(1)}" d="${d}"/>`),
		`<path id="${OUTLINE_REF.slice(1)}" d="${shapes.outline}"/>`,
		`<path id="${BORDERS_REF.slice(1)}" d="${shapes.borders}"/>`
	];
	return `<defs>${NO_DATA_PATTERN}${paths.join('')}</defs>`;
}

export function mapSprite(shapes: MapShapes): string {
	return `<svg aria-hidden="true" focusable="false" width="0" height="0" style="position:absolute;width:0;height:0;overflow:hidden">${mapSpriteDefs(shapes)}</svg>`;
}
