// Number and range formatting shared by charts, tables and panels.

const whole = new Intl.NumberFormat('en-GB');

/** 1200000 → "1.2 million"; smaller numbers with thousands separators. */
export function formatCount(value: number): string {
	if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(1))} million`;
	return whole.format(value);
}

export function formatValue(value: number, unit: string): string {
	return unit === '%' ? `${value.toFixed(1)}%` : `${whole.format(value)} ${unit}`;
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

/** "2023-09-05" → "5 September 2023"; "2023-09" → "September 2023"; "2023" stays. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	const monthName = month ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
	return [day, monthName, year].filter(Boolean).join(' ');
}
