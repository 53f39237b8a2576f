// Number and range formatting shared by charts, tables and panels.

// Months and thousands separators are written out here rather than asked of Intl: Intl's
// first use costs a slow phone tens of milliseconds while the page hydrates.

/** 1234567.5 → "1,234,567.5", as en-GB writes it (at most three decimals). */
function withThousands(value: number): string {
	const [whole, fraction] = String(Number(value.toFixed(3))).split('.');
	return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction ? `.${fraction}` : '');
}

/** 1200000 → "1.2 million"; smaller numbers with thousands separators. */
export function formatCount(value: number): string {
	if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(1))} million`;
	return withThousands(value);
}

export function formatValue(value: number, unit: string): string {
	return unit === '%' ? `${value.toFixed(1)}%` : `${withThousands(value)} ${unit}`;
}

/** Legend labels for classes split at `breaks`: "under 2%", "2-5%", …, "15% or more". */
export function classRanges(breaks: number[], unit: string): string[] {
	const u = unit === '%' ? '%' : '';
	const n = (v: number) => (u ? String(v) : formatCount(v));
	if (breaks.length === 0) return [];
	return [
		`under ${n(breaks[0])}${u}`,
		...breaks.slice(1).map((b, i) => `${n(breaks[i])}-${n(b)}${u}`),
		`${n(breaks[breaks.length - 1])}${u} or more`
	];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-09-05" → "5 September 2023"; "2023-09" → "September 2023"; "2023" stays. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	return [day, month ? MONTHS[month - 1] : '', year].filter(Boolean).join(' ');
}
