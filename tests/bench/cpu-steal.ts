// How much of the machine's CPU time the host took back while the bench measured (the "steal"
// of a virtual machine, from /proc/stat). A busy host stretches every timing in the bench: a
// task that needs 30 ms of CPU can take 60 ms of wall time. Printed beside the timings, so that
// a reader can tell a slow page from a slow machine. Linux only; elsewhere it is not measured.
// Usage: const start = cpuTimes(); … ; stealShare(start, cpuTimes()) → 0.12 (or null)
import { readFileSync } from 'node:fs';

export interface CpuTimes {
	steal: number;
	total: number;
}

export function cpuTimes(): CpuTimes | null {
	try {
		// The first line sums every core: "cpu user nice system idle iowait irq softirq steal …".
		const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
		return { steal: fields[7] ?? 0, total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
	} catch {
		return null;
	}
}

export function stealShare(start: CpuTimes | null, end: CpuTimes | null): number | null {
	if (!start || !end || end.total <= start.total) return null;
	return (end.steal - start.steal) / (end.total - start.total);
}
