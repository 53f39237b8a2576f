// Each edition's numbers and dates as its readers write them, from Intl: 万 in Japanese,
// Eastern Arabic-Indic digits and the Solar Hijri calendar in Dari and Pashto.
import { describe, expect, it } from 'vitest';
import {
	classRanges,
	formatCount,
	formatDate,
	formatDateInText,
	formatList,
	formatRatio,
	formatSolarHijriDate,
	formatSolarHijriWithGregorian,
	formatValue,
	formatWholePercent
} from '../../src/lib/charts/format';

const EASTERN_DIGITS = /^[^0-9]*$/;

describe('English stays as it was (the default locale)', () => {
	it('writes ratios, whole percentages and lists as the copy always has', () => {
		expect(formatRatio(0.72)).toBe('0.72');
		expect(formatRatio(0.8765)).toBe('0.877');
		expect(formatWholePercent(0.72)).toBe('72%');
		expect(formatWholePercent(0.655)).toBe('66%');
		expect(formatList(['Khost'])).toBe('Khost');
		expect(formatList(['Khost', 'Nangarhar', 'Paktia'])).toBe('Khost, Nangarhar and Paktia');
	});
	it('keeps the Gregorian calendar even where the locale defaults to another', () => {
		expect(formatDate('2022-03-23', 'en-GB')).toBe('23 March 2022');
	});
});

describe('Japanese (ja)', () => {
	it('writes large counts in 万, as Japanese newspapers do', () => {
		expect(formatCount(1_200_000, 'ja')).toBe('120万');
		expect(formatCount(1_400_000, 'ja')).toBe('140万');
		expect(formatCount(2_200_000, 'ja')).toBe('220万');
		expect(formatCount(4_000_000, 'ja')).toBe('400万');
	});
	it('writes smaller counts with separators, and shares and ratios', () => {
		expect(formatCount(165, 'ja')).toBe('165');
		expect(formatCount(1662, 'ja')).toBe('1,662');
		expect(formatValue(20.1, '%', 'ja')).toBe('20.1%');
		expect(formatValue(12, '%', 'ja')).toBe('12.0%');
		expect(formatWholePercent(0.72, 'ja')).toBe('72%');
		expect(formatRatio(0.72, 'ja')).toBe('0.72');
	});
	it('writes dates as 年月日', () => {
		expect(formatDate('2022-03-23', 'ja')).toBe('2022年3月23日');
		expect(formatDate('2021-08', 'ja')).toBe('2021年8月');
		expect(formatDate('2023', 'ja')).toBe('2023年');
	});
	it('lists names with the Japanese comma', () => {
		expect(formatList(['ホースト', 'ナンガルハル', 'パクティア'], 'ja')).toBe('ホースト、ナンガルハル、パクティア');
	});
	it('numbers class ranges in the locale (the words come from the edition)', () => {
		expect(classRanges([2, 5, 15], '%', 'ja', { under: '{n}未満', between: '{a}～{b}', orMore: '{n}以上' })).toEqual([
			'2%未満',
			'2～5%',
			'5～15%',
			'15%以上'
		]);
	});
});

describe.each(['fa-AF', 'ps-AF'])('%s', (locale) => {
	it('writes every digit as an Eastern Arabic-Indic digit', () => {
		for (const text of [
			formatCount(165, locale),
			formatCount(1_400_000, locale),
			formatValue(20.1, '%', locale),
			formatWholePercent(0.72, locale),
			formatRatio(0.72, locale),
			formatDate('2022-03-23', locale),
			formatSolarHijriDate('2022-03-23', locale),
			...classRanges([2, 5, 15], '%', locale, { under: '{n} کم', between: '{a}-{b}', orMore: '{n}+' })
		]) {
			expect(text).toMatch(EASTERN_DIGITS);
			expect(text).toMatch(/[۰-۹]/);
		}
		expect(formatCount(165, locale)).toBe('۱۶۵');
		expect(formatValue(20.1, '%', locale)).toBe('۲۰٫۱٪');
	});
	it('dates the ban of 23 March 2022 as 1401 in the Solar Hijri calendar, and 2022 in the Gregorian', () => {
		expect(formatSolarHijriDate('2022-03-23', locale)).toContain('۱۴۰۱');
		expect(formatSolarHijriDate('2022-03-23', locale)).toContain('۳');
		expect(formatDate('2022-03-23', locale)).toContain('۲۰۲۲');
		expect(formatDate('2022-03-23', locale)).toContain('۲۳');
	});
	it('gives the Gregorian date beside the Solar Hijri one', () => {
		const both = formatSolarHijriWithGregorian('2023-09-05', locale);
		expect(both).toBe(`${formatSolarHijriDate('2023-09-05', locale)} (${formatDate('2023-09-05', locale)})`);
		expect(both).toContain('۱۴۰۲');
		expect(both).toContain('۲۰۲۳');
	});
	it('keeps a month or a year alone Gregorian: it spans two Solar Hijri months or years', () => {
		expect(formatSolarHijriDate('2021-08', locale)).toBe(formatDate('2021-08', locale));
		expect(formatSolarHijriWithGregorian('2023', locale)).toBe('۲۰۲۳');
	});
});

describe('Dari (fa-AF) words from Intl', () => {
	it('writes millions and the Afghan month names', () => {
		expect(formatCount(1_400_000, 'fa-AF')).toBe('۱٫۴ میلیون');
		expect(formatSolarHijriDate('2022-03-23', 'fa-AF')).toBe('۳ حمل ۱۴۰۱');
		expect(formatDate('2022-03-23', 'fa-AF')).toBe('۲۳ مارچ ۲۰۲۲');
	});
});

describe('a date in a sentence, a byline or a list of sources', () => {
	it('is Solar Hijri with the Gregorian beside it where the edition dates things that way', () => {
		expect(formatDateInText('2022-03-23', 'fa-AF')).toBe('۳ حمل ۱۴۰۱ (۲۳ مارچ ۲۰۲۲)');
		expect(formatDateInText('2022-03-23', 'ps-AF')).toBe(
			`${formatSolarHijriDate('2022-03-23', 'ps-AF')} (${formatDate('2022-03-23', 'ps-AF')})`
		);
		expect(formatDateInText('2021-08', 'fa-AF')).toBe(formatDate('2021-08', 'fa-AF'));
	});

	it('is the Gregorian date alone in English and Japanese', () => {
		expect(formatDateInText('2022-03-23', 'en-GB')).toBe('23 March 2022');
		expect(formatDateInText('2022-03-23', 'ja')).toBe('2022年3月23日');
	});

	it("leaves out the era Intl's Pashto pattern falls back to", () => {
		const pashto = formatSolarHijriDate('2023-09-05', 'ps-AF');
		expect(pashto).not.toMatch(/AP|[A-Za-z]/);
		expect(pashto).toContain('۱۴۰۲');
		expect(pashto).toContain('۱۴');
	});
});

describe('a list of locales, for browsers whose Intl lacks the first', () => {
	it("writes the first where the runtime has it (Node has Pashto), and Pashto's digits either way", () => {
		expect(formatValue(20.1, '%', ['ps-AF', 'fa-AF'])).toBe(formatValue(20.1, '%', 'ps-AF'));
		expect(formatDateInText('2022-03-23', ['ps-AF', 'fa-AF'])).toBe(formatDateInText('2022-03-23', 'ps-AF'));
		expect(formatValue(20.1, '%', ['qaa', 'fa-AF'])).toBe(formatValue(20.1, '%', 'fa-AF'));
	});
});

describe('millions in Pashto', () => {
	it("take Dari's word, which Pashto writes too, where Intl has none: the build and Chrome agree", () => {
		expect(formatCount(1_400_000, ['ps-AF', 'fa-AF'])).toBe('۱٫۴ میلیون');
		expect(formatCount(1_400_000, ['fa-AF', 'ps-AF'])).toBe('۱٫۴ میلیون');
		expect(formatCount(1_400_000, 'en-GB')).toBe('1.4 million');
		expect(formatCount(1_400_000, 'ja')).toBe('140万');
	});
});
