// The English edition's formats: each reads exactly as en-GB's Intl writes it, and as the
// story has always shown it (other locales: format-locales.test.ts).
import { describe, expect, it } from 'vitest';
import {
	classRanges,
	formatCount,
	formatDate,
	formatDecimal,
	formatValue,
	formatYear
} from '../../src/lib/charts/format';
import copyJson from '../../src/lib/generated/copy.en.json';

/** The English legend's phrases for its classes, from copy.en.aml. */
const { class_under: under, class_between: between, class_or_more: orMore } = copyJson.labels.map;
const phrases = { under, between, orMore };

const intlNumber = new Intl.NumberFormat('en-GB');

describe('formatCount and formatValue', () => {
	it.each([0, 7, 999, 1000, 12_345, 999_999, 1234.5, 1234.5678, 45.25])('writes %d as en-GB does', (value) => {
		expect(formatCount(value)).toBe(intlNumber.format(value));
		expect(formatValue(value, 'schools')).toBe(`${intlNumber.format(value)} schools`);
	});
	it('writes millions in words', () => {
		expect(formatCount(1_400_000)).toBe('1.4 million');
		expect(formatCount(2_000_000)).toBe('2 million');
	});
	it('writes shares with one decimal', () => {
		expect(formatValue(12, '%')).toBe('12.0%');
	});
	it('labels classes', () => {
		expect(classRanges([2, 5, 15], '%', 'en-GB', phrases)).toEqual(['under 2%', '2-5%', '5-15%', '15% or more']);
		expect(classRanges([1000, 20_000], 'students', 'en-GB', phrases)).toEqual([
			'under 1,000',
			'1,000-20,000',
			'20,000 or more'
		]);
	});
	it('writes a table’s decimals as toFixed did, and years ungrouped', () => {
		for (const value of [0.72, 0.549, 1, 0]) expect(formatDecimal(value, 3)).toBe(value.toFixed(3));
		expect(formatYear(2019)).toBe('2019');
		expect(formatYear(2019, 'fa-AF')).toBe('۲۰۱۹');
	});
});

describe('formatDate', () => {
	it.each(['2004-03-25', '2021-08', '2012-12-01', '2023'])('writes %s as en-GB does', (date) => {
		const [year, month, day] = date.split('-').map(Number);
		const options: Intl.DateTimeFormatOptions = {
			year: 'numeric',
			timeZone: 'UTC',
			...(month ? { month: 'long' } : {}),
			...(day ? { day: 'numeric' } : {})
		};
		expect(formatDate(date)).toBe(
			new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', options)
		);
	});
});
