// The presenter's clock: time spent since the start, paused and resumed at will.
// Pure, so the arithmetic is tested without waiting: times are milliseconds from any monotonic source.

export interface Stopwatch {
	/** Time run before the latest start */
	banked: number;
	/** When the running stretch began, or null while paused */
	since: number | null;
}

export const STOPPED: Stopwatch = { banked: 0, since: null };

export const start = (watch: Stopwatch, now: number): Stopwatch =>
	watch.since === null ? { banked: watch.banked, since: now } : watch;
export const pause = (watch: Stopwatch, now: number): Stopwatch =>
	watch.since === null ? watch : { banked: elapsed(watch, now), since: null };
export const elapsed = (watch: Stopwatch, now: number): number =>
	watch.banked + (watch.since === null ? 0 : Math.max(0, now - watch.since));

/**
 * "4:05", "59:59", "1:02:03": minutes and seconds, hours only when needed, in the edition's digits
 * ("۴:۰۵" in fa-AF). Intl formats each part, as a stopwatch shows them, whatever the language.
 */
export function formatElapsed(ms: number, locale: string | readonly string[]): string {
	const total = Math.floor(Math.max(0, ms) / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const digits = (value: number, width: number) =>
		new Intl.NumberFormat(locale, { minimumIntegerDigits: width, useGrouping: false }).format(value);
	const seconds = digits(total % 60, 2);
	return hours > 0 ? `${digits(hours, 1)}:${digits(minutes, 2)}:${seconds}` : `${digits(minutes, 1)}:${seconds}`;
}
