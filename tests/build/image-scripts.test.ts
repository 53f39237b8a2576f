// The exported images of the Japanese, Dari and Pashto editions are drawn from fonts that `npm ci`
// installs: every letter a glyph of its own (no missing-glyph box), Arabic script joined and
// right to left, as a browser shows it, Japanese wrapped between phrases within the image. The
// English images keep DejaVu alone, as before.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { embedsFor } from '$lib/embed/embeds';
import { exportSvg, renderSvg, socialCardSvg, typesetting } from '$lib/export/export.server';
import { EXPORT, layoutExport } from '$lib/export/export-layout';
import { EXPORT_FONTS, type Script } from '$lib/export/scripts';
import { FONT_FILES, fontFilesFor, hasGlyph, scriptsIn, shapedTextWidth } from '$lib/export/text-width.server';

const CELL = 64;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Each text drawn alone in a cell of one image, in a script's fonts as the exports name them,
 * with the machinery's own font loading; returns each cell's pixels.
 */
function drawCells(texts: string[], script: Script, size = 36): Buffer[] {
	const width = CELL * 2 * texts.length;
	const cells = texts
		.map((text, i) => `<text x="${CELL * 2 * i + CELL}" y="44" text-anchor="middle">${escapeXml(text)}</text>`)
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CELL}" font-size="${size}" font-family="${EXPORT_FONTS[script]['--font-sans']}"><rect width="${width}" height="${CELL}" fill="#fff"/>${cells}</svg>`;
	const image = renderSvg(svg, 1);
	const pixels = image.pixels; // a copy at each read
	return texts.map((_, i) => {
		const rows = Array.from({ length: CELL }, (_, y) => {
			const start = (y * image.width + CELL * 2 * i) * 4;
			return pixels.subarray(start, start + CELL * 2 * 4);
		});
		return Buffer.concat(rows);
	});
}

/** Dark pixels: the ink of a drawing. */
const ink = (pixels: Buffer) => pixels.filter((value, i) => i % 4 === 0 && value < 160).length;

/** A character that no bundled font has: resvg draws it as the missing-glyph box. */
const MISSING = '\ue000';

const PASHTO_LETTERS = [...'ټډړږښګڼېۍځڅۀ'];
const PERSIAN_LETTERS = [...'یکگپچژ'];
const EASTERN_DIGITS = [...'۰۱۲۳۴۵۶۷۸۹'];
const JAPANESE = [...'あいうえおんアイウエオンー日本学校女子教育国際協力機構「」、。（）'];

describe('no missing-glyph boxes', () => {
	it.each([
		[
			'Pashto and Persian letters and Eastern Arabic-Indic digits',
			'arabic',
			[...PASHTO_LETTERS, ...PERSIAN_LETTERS, ...EASTERN_DIGITS]
		],
		['kana, kanji and Japanese punctuation', 'japanese', JAPANESE]
	] as const)('draws every one of the %s with a glyph of its own', (_what, script, characters) => {
		const [box, ...cells] = drawCells([MISSING, ...characters], script);
		expect(ink(box)).toBeGreaterThan(0);
		characters.forEach((character, i) => {
			expect(ink(cells[i]), character).toBeGreaterThan(0);
			expect(cells[i].equals(box), `${character} is drawn as the missing-glyph box`).toBe(false);
		});
	});
});

describe('Arabic script is shaped', () => {
	it('joins every Pashto and Persian letter to the one before it, and draws a word otherwise than its letters apart', () => {
		// A tatweel before a letter joins it (its final form); a zero-width non-joiner between them
		// keeps it isolated.
		const letters = [...PASHTO_LETTERS, ...PERSIAN_LETTERS];
		const joined = drawCells(
			letters.map((letter) => `ـ${letter}`),
			'arabic'
		);
		const isolated = drawCells(
			letters.map((letter) => `ـ\u200c${letter}`),
			'arabic'
		);
		letters.forEach((letter, i) => expect(joined[i].equals(isolated[i]), letter).toBe(false));
		// The check itself: hamza joins nothing, so the non-joiner changes nothing.
		const [hamzaAfterTatweel, hamzaAfterNonJoiner] = drawCells(['ـء', 'ـ\u200cء'], 'arabic');
		expect(hamzaAfterTatweel.equals(hamzaAfterNonJoiner)).toBe(true);

		const words = ['ښوونځي', 'ګټه', 'کورنۍ', 'ډېر', 'څوک'];
		const drawn = drawCells(words, 'arabic', 28);
		const apart = drawCells(
			words.map((word) => [...word].join('\u200c')),
			'arabic',
			28
		);
		words.forEach((word, i) => expect(drawn[i].equals(apart[i]), word).toBe(false));
	});

	it('measures shaped text as resvg draws it: a joined word is narrower than its letters apart', () => {
		const measure = shapedTextWidth('arabic');
		const text = 'د نجونو ښوونځي: ټولې نجونې، ډېرې کورنۍ';
		/** resvg's width for a text: the box of the text between two bars, less that of the bars alone. */
		const drawnWidth = (content: string, bold: boolean) => {
			const box = (inner: string) =>
				new Resvg(
					`<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60" font-family="${EXPORT_FONTS.arabic['--font-sans']}"><text x="10" y="40" font-size="20" font-weight="${bold ? 700 : 400}">|${inner}|</text></svg>`,
					{ font: { loadSystemFonts: false, fontFiles: fontFilesFor(['latin', 'arabic']) } }
				).getBBox()!.width;
			return box(content) - box('');
		};
		for (const bold of [false, true])
			expect(Math.abs(measure(text, 20, bold) - drawnWidth(text, bold))).toBeLessThan(0.01);
		expect(measure('ښوونځي', 20)).toBeLessThan(measure([...'ښوونځي'].join('\u200c'), 20));
	});
});

const embeds = embedsFor('en');

describe('a Pashto image reads right to left', () => {
	const embed = embeds.find((e) => e.state.graphic === 'map')!;
	const title =
		'د نجونو ښوونځي: جاپان په افغانستان کې د یونیسف (UNICEF) له لارې ۱۶۵ ښوونځي جوړوي، خو ټولې نجونې ورته نشي تللای';
	const { svg, width } = exportSvg({ ...embed, title, subtitle: null, source: 'یونیسف (UNICEF)' }, 'ps-AF');

	it('sets each line from the right margin, as an isolate, in Noto Sans Arabic', () => {
		expect(svg).toContain(`font-family="${EXPORT_FONTS.arabic['--font-sans']}"`);
		expect(svg).toContain('lang="ps-AF"');
		const titleLines = [
			...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="20"[^>]*text-anchor="end">\u2067([^<]*)\u2069<\/text>/g)
		];
		expect(titleLines.length).toBeGreaterThan(1);
		for (const [, x] of titleLines) expect(Number(x)).toBe(width - EXPORT.margin);
		expect(titleLines.map(([, , line]) => line).join(' ')).toBe(title);
	});

	it('ends a line at its left end: a full stop added to the title leaves its right edge where it was', () => {
		/** The leftmost and rightmost columns with ink in the title's first line of the PNG. */
		const titleInk = (text: string) => {
			const image = renderSvg(exportSvg({ ...embed, title: text, subtitle: null }, 'ps-AF').svg, 1);
			const pixels = image.pixels;
			const columns: number[] = [];
			for (let y = EXPORT.margin; y < EXPORT.margin + EXPORT.title * EXPORT.lineHeight; y++)
				for (let x = 0; x < image.width; x++) if (pixels[(y * image.width + x) * 4] < 160) columns.push(x);
			return { left: Math.min(...columns), right: Math.max(...columns), width: image.width };
		};
		const word = titleInk('ښوونځي');
		const sentence = titleInk('ښوونځي.');
		expect(sentence.right).toBe(word.right);
		expect(word.right).toBeGreaterThan(word.width - EXPORT.margin - 3);
		expect(sentence.left).toBeLessThan(word.left);
	});

	it('mirrors the social card: the words on the right, the chart on the left', () => {
		const card = socialCardSvg(
			embed.state,
			{ kicker: 'ښوونځي د چا لپاره؟', title, body: null, footer: 'example.org/' },
			embed.edition,
			'ps-AF'
		);
		expect(card).toMatch(/<text x="1144"[^>]*text-anchor="end">\u2067ښوونځي د چا لپاره؟\u2069<\/text>/);
		const chartX = Number(/<svg class="chart-graphic" x="([\d.]+)"/.exec(card)![1]);
		expect(chartX).toBeLessThan(1200 / 2);
	});
});

describe('a Japanese image', () => {
	const embed = embeds.find((e) => e.state.graphic === 'map')!;
	const title =
		'日本が建てた学校に、女子は通えるのか：タリバン政権下のアフガニスタンで国際協力機構（JICA）が支援した165校の行方と、「中等教育」から締め出された女子たち';

	it('wraps a long title into lines within the image, between phrases, none starting with a comma, a full stop or a closing bracket', () => {
		const { measure } = typesetting('japanese');
		const layout = layoutExport(
			{ width: 400, height: 300, legend: null, note: null },
			{ title, subtitle: null, source: '国際協力機構', credit: '誰のための学校か' },
			typesetting('japanese')
		);
		const lines = layout.title.lines.map((line) => line.text);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join('')).toBe(title);
		for (const line of lines) expect(measure(line, EXPORT.title, true), line).toBeLessThanOrEqual(400);
		for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。」）：]/);
		// Whole words: the katakana names and the name in brackets are never split.
		for (const word of ['タリバン', 'アフガニスタン', '（JICA）'])
			expect(
				lines.some((line) => line.includes(word)),
				word
			).toBe(true);
	});

	it('is set in Noto Sans JP with the Japanese text in the SVG, and its PNG loads the Japanese font', () => {
		const { svg } = exportSvg({ ...embed, title, subtitle: null, source: '国際協力機構（JICA）' }, 'ja');
		expect(svg).toContain(`font-family="${EXPORT_FONTS.japanese['--font-sans']}"`);
		expect(svg).toContain('タリバン政権下の');
		expect(scriptsIn(svg)).toContain('japanese');
		expect(fontFilesFor(scriptsIn(svg))[0]).toMatch(/NotoSansJP_400Regular\.ttf$/);
	});

	it('measures Japanese as resvg draws it', () => {
		const { measure } = typesetting('japanese');
		// Noto Sans JP: kana and kanji one em wide, so 10 of them at 20 px are 200 px.
		expect(measure('日本が建てた学校に女子', 20, true)).toBeCloseTo(220, 5);
	});
});

describe('the Japanese edition’s images', () => {
	/** The characters of an SVG's text: its <text> elements, entities decoded. */
	const textCharacters = (svg: string) =>
		new Set(
			[...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
				.map(([, content]) => content.replace(/<[^>]+>/g, ''))
				.join('')
				.replace(/&#39;|&apos;/g, "'")
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&amp;/g, '&')
				.replace(/[\s\p{Default_Ignorable_Code_Point}]/gu, '')
		);

	it.each(embedsFor('ja').map((embed) => [embed.id, embed] as const))(
		'%s: every character has a glyph in the fonts its PNG is drawn with',
		(_id, embed) => {
			const { svg } = exportSvg(embed);
			expect(svg).toContain('lang="ja"');
			const fonts = fontFilesFor(scriptsIn(svg));
			for (const character of textCharacters(svg))
				expect(
					fonts.some((font) => hasGlyph(font, character)),
					`${character} (U+${character.codePointAt(0)!.toString(16)})`
				).toBe(true);
			expect([...textCharacters(svg)].some((character) => /\p{Script=Han}/u.test(character))).toBe(true);
		}
	);
});

describe('English images', () => {
	it('keep the DejaVu fonts alone, in DejaVu’s order, with no right-to-left isolates', () => {
		for (const embed of embeds) {
			const { svg } = exportSvg(embed);
			expect(fontFilesFor(scriptsIn(svg))).toEqual(Object.values(FONT_FILES));
			expect(svg).toContain(`font-family="${EXPORT_FONTS.latin['--font-sans']}"`);
			expect(svg).not.toMatch(/\u2067|<svg[^>]* lang="/);
		}
	});
});
