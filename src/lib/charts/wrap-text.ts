// Lines of text for charts drawn without the browser's layout (the barred chart's labels, the
// exported images): the caller measures text in the font it draws with.

export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** Greedy word wrap: as many words per line as fit in `maxWidth`. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, size, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
