// A label's placeholders are filled by the page, its last words in brackets are for screen
// readers, and " | " breaks a chart's label into lines (docs/translating.md#labels).
import { describe, expect, it } from 'vitest';
import { chartLines, fill, labelParts, screenReaderParts } from '../../src/lib/model/edition';

describe('labels', () => {
	it('fills every placeholder it is given and leaves the others as they are', () => {
		expect(fill('Slide {index} of {count}', { index: '5', count: '19' })).toBe('Slide 5 of 19');
		expect(fill('スライド{index}（全{count}枚）', { index: '5' })).toBe('スライド5（全{count}枚）');
	});

	it('cuts a label at the placeholders the page sets apart, wherever the language puts them', () => {
		expect(labelParts('Slide {index} of {count}', { count: '19' })).toEqual([
			{ text: 'Slide ' },
			{ slot: 'index' },
			{ text: ' of 19' }
		]);
		expect(labelParts('未公表の9州にある小学校{count}校')).toEqual([
			{ text: '未公表の9州にある小学校' },
			{ slot: 'count' },
			{ text: '校' }
		]);
	});

	it('keeps the words in brackets at the end for screen readers only', () => {
		expect(screenReaderParts('Embed[ this chart: Kabul]')).toEqual({ shown: 'Embed', hidden: ' this chart: Kabul' });
		expect(screenReaderParts('Close')).toEqual({ shown: 'Close', hidden: '' });
	});

	it('breaks a chart’s label into lines at " | "', () => {
		expect(chartLines('Under the first | Taliban government: | none recorded')).toEqual([
			'Under the first',
			'Taliban government:',
			'none recorded'
		]);
		expect(chartLines('小学校')).toEqual(['小学校']);
	});
});
