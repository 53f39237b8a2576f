import { describe, expect, it } from 'vitest';
import { layoutExport, wrapText, type Measure } from '../../src/lib/embed/export-layout';
import { plainText, splitRenderedGraphic } from '../../src/lib/embed/rendered-graphic';
import { layoutSocialCard, SOCIAL } from '../../src/lib/embed/social-layout';
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

describe('splitRenderedGraphic', () => {
	const html =
		'<!--[--><div class="province-map"><svg viewBox="0 0 600 469" class="s"><g><text>Kabul</text></g></svg>' +
		'<p class="unlocated s" data-unlocated><strong>165</strong> primary schools not yet published</p>' +
		'<div class="legend"><p class="legend-title s">Women (%)</p><ul class="classes"><li><svg class="key" viewBox="0 0 18 18"><rect fill="#e3eef8"></rect></svg><!---->under 2%</li></ul>' +
		'<ul class="marks"><li><svg class="key" viewBox="0 0 18 18"><circle></circle></svg>Japan&#39;s &amp; others</li></ul></div></div>';

	it('keeps the chart’s own <svg> and its size', () => {
		const graphic = splitRenderedGraphic(html);
		expect(graphic.svg).toBe('<svg viewBox="0 0 600 469" class="s"><g><text>Kabul</text></g></svg>');
		expect([graphic.width, graphic.height]).toEqual([600, 469]);
	});

	it('turns the HTML legend and note into rows of keys and plain text', () => {
		const graphic = splitRenderedGraphic(html);
		expect(graphic.legendTitle).toBe('Women (%)');
		expect(graphic.legend.map((row) => row.map((item) => item.label))).toEqual([['under 2%'], ["Japan's & others"]]);
		expect(graphic.legend[0][0].key).toContain('<rect fill="#e3eef8">');
		expect(graphic.note).toBe('165 primary schools not yet published');
		expect(graphic.noteFirst).toBe(true);
	});

	it('puts the classes, under their title, before the marks, as the page orders them either way', () => {
		const classes = /<p class="legend-title[\s\S]*?<\/ul>/.exec(html)![0];
		const marks = /<ul class="marks">[\s\S]*?<\/ul>/.exec(html)![0];
		const marksFirst = html.replace(classes, '\u0000').replace(marks, classes).replace('\u0000', marks);
		expect(marksFirst.indexOf('class="marks"')).toBeLessThan(marksFirst.indexOf('class="classes"'));
		expect(splitRenderedGraphic(marksFirst).legend.map((row) => row.map((item) => item.label))).toEqual([['under 2%'], ["Japan's & others"]]);
	});

	it('refuses markup with no chart', () => {
		expect(() => splitRenderedGraphic('<p>nothing</p>')).toThrow(/no <svg>/);
	});

	it('decodes entities and drops tags and comments', () => {
		expect(plainText('<b>A</b> &lt;&amp;&gt; <!--x-->B')).toBe('A <&> B');
	});
});

describe('layoutExport', () => {
	const graphic = { svg: '<svg/>', width: 600, height: 400, legendTitle: null, legend: [], note: null, noteFirst: false };

	it('stacks title, chart, source and credit inside the margins, the chart drawn at its own size', () => {
		const layout = layoutExport(graphic, { title: 'Title', subtitle: null, source: 'Agency', credit: 'Credit' }, measure);
		expect(layout.width).toBe(640);
		expect(layout.chart).toMatchObject({ x: 20, width: 600, height: 400 });
		expect(layout.title.lines[0].y).toBeLessThan(layout.chart.y);
		expect(layout.source.lines[0].y).toBeGreaterThan(layout.chart.y + layout.chart.height);
		expect(layout.credit.lines[0].y).toBeGreaterThan(layout.source.lines[0].y);
		expect(layout.height).toBeGreaterThan(layout.credit.lines[0].y);
	});

	it('wraps legend items onto a new row when the next would pass the right margin', () => {
		const legend = [Array.from({ length: 6 }, (_, i) => ({ key: '<svg/>', label: `item number ${i}` }))];
		const layout = layoutExport({ ...graphic, legend }, { title: 'T', subtitle: null, source: 'S', credit: 'C' }, measure);
		for (const item of layout.legend) expect(item.x + 24 + measure(item.label, 14)).toBeLessThanOrEqual(620);
		expect(new Set(layout.legend.map((item) => item.y)).size).toBeGreaterThan(1);
	});
});

describe('layoutSocialCard', () => {
	it('fits a long title above the footer by shrinking it, and the chart inside the card', () => {
		const layout = layoutSocialCard({ kicker: 'K', title: 'word '.repeat(30), body: 'body '.repeat(40), footer: 'f' }, 0.78, measure);
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
