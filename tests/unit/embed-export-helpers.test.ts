import { describe, expect, it } from 'vitest';
import { layoutExport, type ExportedGraphic } from '../../src/lib/export/export-layout';
import { wrapText, type Measure } from '../../src/lib/charts/wrap-text';
import { layoutSocialCard, SOCIAL } from '../../src/lib/export/social-layout';
import { embedIdFor } from '../../src/lib/embed/embed-id';

/** Every character 10 px wide at size 20: easy arithmetic. */
const measure: Measure = (text, size) => (text.length * size) / 2;

describe('wrapText', () => {
	it('puts as many words on a line as fit, and never splits a word', () => {
		expect(wrapText('aaa bbb ccc ddd', 80, 20, false, measure)).toEqual(['aaa bbb', 'ccc ddd']);
		expect(wrapText('averyveryverylongword b', 50, 20, false, measure)).toEqual(['averyveryverylongword', 'b']);
		expect(wrapText('  ', 50, 20, false, measure)).toEqual([]);
	});
});

describe('layoutExport', () => {
	const graphic: ExportedGraphic = { width: 600, height: 400, legend: null, note: null };

	it('stacks title, chart, source and credit inside the margins, the chart drawn at its own size', () => {
		const layout = layoutExport(
			graphic,
			{ title: 'Title', subtitle: null, source: 'Agency', credit: 'Credit' },
			{ measure }
		);
		expect(layout.width).toBe(640);
		expect(layout.chart).toMatchObject({ x: 20, width: 600, height: 400 });
		expect(layout.title.lines[0].y).toBeLessThan(layout.chart.y);
		expect(layout.source.lines[0].y).toBeGreaterThan(layout.chart.y + layout.chart.height);
		expect(layout.credit.lines[0].y).toBeGreaterThan(layout.source.lines[0].y);
		expect(layout.height).toBeGreaterThan(layout.credit.lines[0].y);
	});

	it('wraps legend items onto a new row when the next would pass the right margin', () => {
		const marks = Array.from({ length: 6 }, (_, i) => ({ key: { fill: '#000000' }, label: `item number ${i}` }));
		const layout = layoutExport(
			{ ...graphic, legend: { marks, title: null, classes: [] } },
			{ title: 'T', subtitle: null, source: 'S', credit: 'C' },
			{ measure }
		);
		for (const item of layout.legend) expect(item.x + 24 + measure(item.label, 14)).toBeLessThanOrEqual(620);
		expect(new Set(layout.legend.map((item) => item.y)).size).toBeGreaterThan(1);
	});
});

describe('layoutExport, right to left', () => {
	it('starts every block at the right margin and reads the legend from the right, keys before labels', () => {
		const marks = Array.from({ length: 6 }, (_, i) => ({ key: { fill: '#000000' }, label: `item number ${i}` }));
		const layout = layoutExport(
			{
				width: 600,
				height: 400,
				legend: { marks, title: 'Legend', classes: [] },
				note: { count: '9', text: '9 not yet' }
			},
			{ title: 'T', subtitle: 'S', source: 'S', credit: 'C' },
			{ measure, rtl: true }
		);
		for (const block of [layout.title, layout.subtitle!, layout.legendTitle!, layout.source, layout.credit]) {
			expect(block).toMatchObject({ x: 620, rtl: true });
		}
		expect(layout.note!.text).toMatchObject({ x: 620 - 12, rtl: true });
		const firstRow = layout.legend.filter((item) => item.y === layout.legend[0].y);
		expect(firstRow[0].x + 18).toBe(620);
		for (const [i, item] of firstRow.entries()) {
			if (i > 0) expect(item.x).toBeLessThan(firstRow[i - 1].x);
			// The label ends 6 px left of the key and stays inside the left margin.
			expect(item.x - 6 - measure(item.label, 14)).toBeGreaterThanOrEqual(20);
		}
	});
});

describe('layoutSocialCard', () => {
	it('fits a long title above the footer by shrinking it, and the chart inside the card', () => {
		const layout = layoutSocialCard(
			{ kicker: 'K', title: 'word '.repeat(30), body: 'body '.repeat(40), footer: 'f' },
			0.78,
			{ measure }
		);
		const lastLine = (layout.body ?? layout.title).lines.at(-1)!;
		expect(lastLine.y).toBeLessThan(layout.footer.lines[0].y);
		expect(layout.chart.x + layout.chart.width).toBeLessThanOrEqual(SOCIAL.width);
		expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(SOCIAL.height);
	});
});

describe('embedIdFor', () => {
	it('makes a URL-safe slug of the graphic and state', () => {
		expect(embedIdFor({ graphic: 'map', stateName: 'project:highlands-2012' })).toBe('map-project-highlands-2012');
		expect(embedIdFor({ graphic: 'barred', stateName: '2030' })).toBe('barred-2030');
	});
});
