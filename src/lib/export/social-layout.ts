// The 1200×630 card shown when the story or one of its charts is shared: words on the left,
// the chart on the right, sized to fit (mirrored for a right-to-left language: the words on the
// right, where a reader starts). Pure arithmetic, like export-layout.ts.
import { wrapText } from '$lib/charts/wrap-text';
import type { TextBlock, Typesetting } from './export-layout';

export const SOCIAL = { width: 1200, height: 630, margin: 56, textWidth: 500, gap: 40 };

export interface SocialLayout {
	kicker: TextBlock;
	title: TextBlock;
	body: TextBlock | null;
	footer: TextBlock;
	chart: { x: number; y: number; width: number; height: number };
}

export interface SocialText {
	kicker: string;
	title: string;
	body: string | null;
	footer: string;
}

/**
 * Lays out the card's words, shrinking the title until title and body fit above the footer.
 * `chartAspect` is the chart's height / width.
 */
export function layoutSocialCard(text: SocialText, chartAspect: number, typesetting: Typesetting): SocialLayout {
	const { measure, breaks, rtl } = typesetting;
	const { width, height, margin, textWidth, gap } = SOCIAL;
	const footerY = height - margin;
	const block = (content: string, size: number, bold: boolean, top: number, maxLines = 99): TextBlock => {
		const step = Math.round(size * 1.22);
		const lines = wrapText(content, textWidth, size, bold, measure, breaks)
			.slice(0, maxLines)
			.map((line, i) => ({ text: line, y: top + size + i * step }));
		return rtl ? { lines, x: width - margin, size, bold, rtl } : { lines, x: margin, size, bold };
	};
	const bottomOf = (b: TextBlock) => b.lines[b.lines.length - 1].y + b.size * 0.3;

	const kicker = block(text.kicker.toUpperCase(), 22, true, margin);
	let title = block(text.title, 56, true, bottomOf(kicker) + 18);
	let body: TextBlock | null = null;
	for (const size of [56, 50, 44, 40, 36, 32]) {
		title = block(text.title, size, true, bottomOf(kicker) + 18);
		body = text.body ? block(text.body, 24, false, bottomOf(title) + 20, 6) : null;
		if (bottomOf(body ?? title) < footerY - 50) break;
	}
	const footer = block(text.footer, 20, true, footerY - 20);

	const box = {
		x: rtl ? margin : margin + textWidth + gap,
		y: margin,
		width: width - 2 * margin - textWidth - gap,
		height: height - 2 * margin
	};
	const chartWidth = Math.min(box.width, box.height / chartAspect);
	const chartHeight = chartWidth * chartAspect;
	const chart = {
		x: box.x + (box.width - chartWidth) / 2,
		y: box.y + (box.height - chartHeight) / 2,
		width: chartWidth,
		height: chartHeight
	};
	return { kicker, title, body, footer, chart };
}
