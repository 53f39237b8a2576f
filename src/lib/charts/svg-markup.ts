// Helpers for the map drawn as SVG markup strings (map-layer-markup.ts), and the rounding every chart's coordinates share.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, safe inside markup. */
export const escapeMarkup = (text: string | number) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** A coordinate to two decimals: exact enough for any screen, and short markup. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** ` name="value"` for each attribute that has a value. */
export function attributes(pairs: Record<string, string | number | undefined>): string {
	return Object.entries(pairs)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ` ${name}="${escapeMarkup(value!)}"`)
		.join('');
}
