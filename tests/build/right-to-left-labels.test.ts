// An arrow in a label points the reader's way: where English writes "Next →" and "← Previous", a
// right-to-left edition (Dari, Pashto) points forward with ← and back with →, as its deck's keys
// work (src/lib/present/keys.ts). Unicode does not mirror arrows, so the translation must.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import editionsJson from '../../src/lib/generated/editions.json' with { type: 'json' };
import type { Edition } from '../../src/lib/model/editions';
import type { Labels } from '../../src/lib/model/labels';

const MIRRORED: Record<string, string> = { '→': '←', '←': '→' };
const labelsOf = (code: string) =>
	(JSON.parse(readFileSync(`src/lib/generated/copy.${code}.json`, 'utf8')) as { labels: Labels }).labels;
const english = labelsOf('en');

/** The labels of a right-to-left edition whose arrows point as English's do, not the reader's way. */
function arrowsPointingBack(labels: Labels): string[] {
	const wrong: string[] = [];
	for (const [group, words] of Object.entries(english) as [keyof Labels, Record<string, string>][])
		for (const [key, label] of Object.entries(words)) {
			const arrows = [...label].filter((character) => character in MIRRORED);
			const translated = (labels[group] as Record<string, string>)[key] ?? '';
			for (const arrow of arrows)
				if (translated.includes(arrow) || !translated.includes(MIRRORED[arrow]))
					wrong.push(
						`${group}.${key}: "${translated}" (English "${label}"; right to left, ${arrow} is ${MIRRORED[arrow]})`
					);
		}
	return wrong;
}

describe('arrows in a right-to-left edition’s labels point the reader’s way', () => {
	const rightToLeft = (editionsJson as Edition[]).filter((edition) => edition.dir === 'rtl');

	it.each(rightToLeft.map((edition) => [edition.code] as const))('%s', (code) => {
		expect(arrowsPointingBack(labelsOf(code))).toEqual([]);
	});

	it('finds English’s arrows left as they are, and accepts them mirrored', () => {
		expect(arrowsPointingBack(english).map((problem) => problem.split(':')[0])).toEqual([
			'deck.previous_button',
			'deck.next_button'
		]);
		const mirrored = structuredClone(english);
		mirrored.deck.previous_button = 'قبلی →';
		mirrored.deck.next_button = '← بعدی';
		expect(arrowsPointingBack(mirrored)).toEqual([]);
	});
});
