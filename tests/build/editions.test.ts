// An edition holds words only, and the data build holds it to English: a step or field missing,
// extra or empty, a citation, data reference or link of the English left out, stops the build
// with the file, line, step and field, and nothing is written. A good edition is built with
// English's structure, its own words, its locale's numbers and its province names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/data-build/build-data.js';
import type { Copy } from '../../src/lib/model/copy.js';
import { buildFails, copyOfData, edit, expectError, OUT_GEN, paths, setUpDataCases } from './helpers/data-cases.js';

setUpDataCases();

const EDITION = 'copy.ja.aml';
const NAMES = 'province-names.csv';
const TERMS = 'data-terms.csv';

/** The 1-based line of the first line of `file` that starts with `start`, after the line starting with `after` (found independently of the parser under test). */
function lineOf(dir: string, file: string, start: string, after?: string): number {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const from = after === undefined ? 0 : lines.findIndex((line) => line.startsWith(after));
	const index = lines.findIndex((line, i) => i >= from && line.startsWith(start));
	if (from < 0 || index < 0) throw new Error(`test setup: no line "${start}" in ${file}`);
	return index + 1;
}

const builtEdition = (dir: string) => JSON.parse(readFileSync(join(dir, OUT_GEN, 'copy.ja.json'), 'utf8')) as Copy;

describe('the Japanese edition, as committed', () => {
	const english = JSON.parse(readFileSync('src/lib/generated/copy.en.json', 'utf8')) as Copy;
	const japanese = JSON.parse(readFileSync('src/lib/generated/copy.ja.json', 'utf8')) as Copy;

	it('has every English step, in English order, with the same graphic and state', () => {
		expect(japanese.steps.map(({ id, graphic, stateName, state }) => ({ id, graphic, stateName, state }))).toEqual(
			english.steps.map(({ id, graphic, stateName, state }) => ({ id, graphic, stateName, state }))
		);
	});

	it('cites the same sources in each paragraph as English, and links where English links', () => {
		const cites = (copy: Copy) =>
			copy.steps.map((step) =>
				step.body.map((p) =>
					p.inlines.filter((i) => i.kind === 'cite').map((i) => (i.kind === 'cite' ? i.sourceId : ''))
				)
			);
		expect(cites(japanese)).toEqual(cites(english));
		const links = (copy: Copy) =>
			copy.intro.flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'link' ? [i.href] : [])));
		expect(links(japanese)).toEqual(links(english));
	});

	it('writes figures as Japanese readers do, from the data: 万, and names from province-names.csv', () => {
		// Headings carry their phrase breaks (zero-width spaces); the words are read without them.
		const step = (id: string) => {
			const found = japanese.steps.find((s) => s.id === id)!;
			return { ...found, short: found.short.replaceAll('\u200b', '') };
		};
		expect(step('count-2023').short).toBe('2023年：120万人の少女と若い女性が締め出された。');
		expect(step('count-grows').short).toContain('140万人（ユネスコ、2024年）');
		expect(step('project-2012').short).toBe('2012年：バーミヤン、ゴール、ダイクンディに70校を計画。');
		expect(step('women-schooling').alt).toContain('カブール（20.1%）');
	});

	it('says who translated it, that it is not yet reviewed, and keeps the op-ed title in English beside its rendering', () => {
		expect(japanese.edition).toMatchObject({ reviewed: false, reviewer: null, reference: 'copy.en.aml' });
		expect(japanese.edition!.translator).not.toBe('');
		expect(japanese.opEd.title).toBe(english.opEd.title);
		expect(japanese.opEd.titleTranslation).toMatch(/タリバン/);
		expect(japanese.lang).toBe('ja');
		expect(japanese.locale).toBe('ja');
	});

	it('uses Japanese quotation marks and no italics: no *emphasis* and no straight quotes', () => {
		const text = readFileSync(join('data', EDITION), 'utf8')
			.split('\n')
			.filter((line) => !line.startsWith('#'));
		expect(text.filter((line) => /\*|"|“/.test(line))).toEqual([]);
	});

	it('marks every quotation of the op-ed as this project’s translation of the English', () => {
		const argument = japanese.steps
			.flatMap((s) => s.body.filter((p) => p.voice === 'argument'))
			.map((p) => p.inlines.map((i) => ('text' in i ? i.text : '')).join(''));
		const quotations = argument.flatMap((text) => [...text.matchAll(/「[^」]*」(（[^）]*）)?/g)]);
		expect(quotations.length).toBeGreaterThan(3);
		for (const quotation of quotations) expect(quotation[1], quotation[0]).toBe('（英語原文から本プロジェクト訳）');
	});
});

/** A broken edition: what to change in copy.ja.aml, the line the error must name (its start, after a line starting with `after`), the field and the reason. */
interface BrokenEdition {
	change: (text: string) => string;
	line: { start: string; after?: string } | null;
	field: string;
	reason: string | RegExp;
}

const BROKEN: Record<string, BrokenEdition> = {
	'a missing step, naming it': {
		change: (text) => text.replace(/^id: ban-university\n[\s\S]*?\n\[\]\n\n/m, ''),
		line: null,
		field: 'id',
		reason:
			'step "ban-university" of copy.en.aml is missing: translate it (its short line: "December 2022: women barred from universities.")'
	},
	'a step English does not have, at its line': {
		change: (text) => text.replace('id: choice\n', 'id: epilogue\nshort: 終わりに。\n\nid: choice\n'),
		line: { start: 'id: epilogue' },
		field: 'id',
		reason: /^step "epilogue" is not a step of copy\.en\.aml \(its steps: takeover, ban-secondary, /
	},
	'an empty field, naming step and field': {
		change: (text) => text.replace('short: 2023年：{barred:2023-01-24}人の少女と若い女性が締め出された。', 'short:'),
		line: { start: 'short:', after: 'id: count-2023' },
		field: 'short',
		reason:
			/^step "count-2023", short, is missing or empty \(English: "2023: \{barred:2023-01-24\} girls and young women barred\./
	},
	'a paragraph that drops a citation of the English': {
		change: (text) => text.replace('ゼロとなる。{src:wb-gpi}', 'ゼロとなる。'),
		line: { start: 'record: タリバンが最初に統治し' },
		field: 'record',
		reason:
			'step "first-era", body, paragraph 1 (record:), lacks the citation "{src:wb-gpi}" of the English: a translation keeps every citation'
	},
	'a figure typed by hand where English has a data reference': {
		change: (text) =>
			text.replace(
				'最後はユニセフによる、2030年までに{barred:2030}人を超える',
				'最後はユニセフによる、2030年までに400万人を超える'
			),
		line: { start: 'alt:', after: 'id: alternative' },
		field: 'alt',
		reason:
			'step "alternative", alt, lacks the data reference "{barred:2030}" of the English: a translation keeps every data reference'
	},
	'a paragraph that drops the link of the English': {
		change: (text) => text.replace(/\[(ジャパンタイムズは[^\]]*)\]\([^)]*\)/, '$1'),
		line: { start: 'context: 2024年10月' },
		field: 'context',
		reason:
			'intro, paragraph 1 (context:), lacks the link to "https://www.japantimes.co.jp/commentary/2024/10/04/japan/japan-aid-taliban-afghanistan" of the English: a translation keeps every link to'
	},
	'a citation English does not make': {
		change: (text) =>
			text.replace(
				'締め出された。{src:devdiscourse-university-2022}',
				'締め出された。{src:devdiscourse-university-2022}{src:wb-gpi}'
			),
		line: { start: 'record: {date:2022-12-20}' },
		field: 'record',
		reason:
			'step "ban-university", body, paragraph 1 (record:), cites {src:wb-gpi}, which the English does not: citations come from English'
	},
	'structure: a graphic written in a translation': {
		change: (text) => text.replace('id: first-era\n', 'id: first-era\ngraphic: map\n'),
		line: { start: 'graphic: map' },
		field: 'graphic',
		reason: 'step "first-era": "graphic" comes from copy.en.aml, not from a translation: remove it'
	},
	'a paragraph in another voice than English': {
		change: (text) => text.replace('argument: アミニ氏はタリバンを', 'context: アミニ氏はタリバンを'),
		line: { start: 'context: アミニ氏はタリバンを' },
		field: 'context',
		reason:
			'step "ban-university", body, paragraph 2, is "context:" here and "argument:" in English: keep the English voices in their order'
	},
	'a paragraph fewer than English': {
		change: (text) => text.replace(/^argument: アミニ氏はタリバンを.*\n/m, ''),
		line: { start: 'record: {date:2022-12-20}' },
		field: 'argument',
		reason: 'step "ban-university", body stops after 1 paragraphs; the English has 2 (next: argument:)'
	},
	'a field written for one case of what is known when English writes both': {
		change: (text) => text.replace(/^short\.165-published: .*\n/m, ''),
		line: { start: 'short.165-unpublished' },
		field: 'short.165-published',
		reason: /^step "primary-165", short, is missing or empty/
	},
	'an edition that does not say whether it is reviewed': {
		change: (text) => text.replace('reviewed: no', 'reviewed: maybe'),
		line: { start: 'reviewed:' },
		field: 'reviewed',
		reason: '"maybe" must be yes or no: has a native speaker reviewed this edition?'
	},
	'an edition whose language is not its file’s': {
		change: (text) => text.replace('lang: ja', 'lang: ko'),
		line: { start: 'lang:' },
		field: 'lang',
		reason: '"ko" does not match the file name: copy.ja.aml needs lang: ja (or a regional tag such as ja-AF)'
	},
	'a label missing, naming its key and pointing at its group': {
		change: (text) => text.replace(/^no_data: データなし.*\n/m, ''),
		line: { start: '{labels.map}' },
		field: 'labels.map.no_data',
		reason: 'the label "map.no_data" is missing or empty (English: "No data ({missing} of {total})")'
	},
	'an empty label': {
		change: (text) => text.replace('reset: リセット', 'reset:'),
		line: { start: 'reset:', after: '{labels.deck}' },
		field: 'labels.deck.reset',
		reason: 'the label "deck.reset" is missing or empty (English: "Reset")'
	},
	'a label English does not have': {
		change: (text) => text.replace('reset: リセット', 'reset: リセット\nrestart: 最初から'),
		line: { start: 'restart:' },
		field: 'labels.deck.restart',
		reason: '"deck.restart" is not a label of copy.en.aml: remove it'
	},
	'a label that drops a placeholder of the English': {
		change: (text) => text.replace('slide_position: スライド{index}（全{count}枚）', 'slide_position: スライド{index}'),
		line: { start: 'slide_position:' },
		field: 'labels.deck.slide_position',
		reason: 'the label "deck.slide_position" lacks {count}, which the page fills in'
	},
	'a label with a placeholder the page does not fill in': {
		change: (text) => text.replace('no_notes: このスライドには', 'no_notes: {index}このスライドには'),
		line: { start: 'no_notes:' },
		field: 'labels.deck.no_notes',
		reason: 'the label "deck.no_notes" has {index}, which the page does not fill in (English has none)'
	},
	'a misspelt placeholder': {
		change: (text) => text.replace('slide_position: スライド{index}', 'slide_position: スライド{Index}'),
		line: { start: 'slide_position:' },
		field: 'labels.deck.slide_position',
		reason:
			'the label "deck.slide_position" has "{Index}", which is not a placeholder: a placeholder is lower-case letters and underscores in braces ({count})'
	},
	'a label without the words for screen readers that English has': {
		change: (text) => text.replace('embed: 埋め込み[：{title}]', 'embed: 埋め込み：{title}'),
		line: { start: 'embed: 埋め込み' },
		field: 'labels.tools.embed',
		reason:
			'the label "tools.embed" lacks its last words in brackets, for screen readers only, as in English: "[ this chart: {title}]"'
	},
	'English-only fields in a translation': {
		change: (text) => text.replace('headline: ', 'op_ed_url: https://example.org/\nheadline: '),
		line: { start: 'op_ed_url:' },
		field: 'op_ed_url',
		reason: '"op_ed_url" comes from copy.en.aml, not from a translation: remove it'
	}
};

/** Numbers typed in copy text, as values: references, citations, links and comments left out; 万 and million read as words for numbers. */
function typedNumbers(text: string): number[] {
	const prose = text
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('\n')
		.replace(/\{[a-z]+:[^}]*\}|\]\([^)]*\)/g, ' ');
	return [...prose.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:(万)(\d+)?|\s*(million))?/g)].map(
		([, number, man, rest, million]) => {
			const value = Number(number.replace(/,/g, ''));
			const scaled = million ? value * 1_000_000 : man ? value * 10_000 + Number(rest ?? 0) : value;
			return Math.round(scaled * 1000) / 1000;
		}
	);
}

describe('numbers typed in the Japanese edition', () => {
	const read = (file: string) => readFileSync(join('data', file), 'utf8');

	it('are each a number the English writes (a figure is never retyped, changed or invented)', () => {
		const english = new Set(typedNumbers(read('copy.en.aml')));
		const selfEvident = (value: number) => Number.isInteger(value) && value >= 1 && value <= 12;
		expect(typedNumbers(read(EDITION)).filter((value) => !english.has(value) && !selfEvident(value))).toEqual([]);
	});

	it('the check reads 万 and catches a mistyped figure', () => {
		expect(typedNumbers('約5万5000人、2500万ドル、1,662人、{barred:2030}人')).toEqual([55000, 25_000_000, 1662]);
		expect(typedNumbers('US$25 million, 16,500')).toEqual([25_000_000, 16500]);
	});
});

/** The test of a broken copy file: the build stops, at the line, field and reason it names. */
const refuses =
	(file: string) =>
	(_name: string, { change, line, field, reason }: BrokenEdition) => {
		const dir = copyOfData();
		edit(dir, file, change);
		expectError(buildFails(dir), file, line && lineOf(dir, file, line.start, line.after), field, reason);
	};

describe('an edition is checked against English', () => {
	it.each(Object.entries(BROKEN))('refuses %s', refuses(EDITION));

	it('builds an edition’s labels, key for key as English, in its words', () => {
		const english = JSON.parse(readFileSync('src/lib/generated/copy.en.json', 'utf8')) as Copy;
		const japanese = JSON.parse(readFileSync('src/lib/generated/copy.ja.json', 'utf8')) as Copy;
		const keys = (copy: Copy) =>
			Object.entries(copy.labels).flatMap(([group, words]) => Object.keys(words).map((key) => `${group}.${key}`));
		expect(keys(japanese)).toEqual(keys(english));
		expect(japanese.labels.map.no_data).toBe('データなし（{total}州中{missing}州）');
		expect(japanese.labels.tools.embed).toBe('埋め込み[：{title}]');
	});
});

/** A broken English label: what to change in copy.en.aml, the line the error names (its start, after a line starting with `after`), the field and the reason. */
const BROKEN_ENGLISH: Record<string, BrokenEdition> = {
	'a label the pages use, missing': {
		change: (text) => text.replace(/^small_base: .*\n/m, ''),
		line: { start: '{labels.map}' },
		field: 'labels.map.small_base',
		reason:
			'the label "map.small_base" is missing or empty (the pages show it: src/lib/model/labels.ts lists every label)'
	},
	'a label the pages do not use': {
		change: (text) => text.replace('reset: Reset', 'reset: Reset\nrestart: Start again'),
		line: { start: 'restart:' },
		field: 'labels.deck.restart',
		reason:
			'"deck.restart" is not a label the pages use (src/lib/model/labels.ts lists them): remove it, or add it there'
	},
	'a label with raw HTML': {
		change: (text) => text.replace('skip_link: Skip to the story', 'skip_link: Skip to the <b>story</b>'),
		line: { start: 'skip_link:' },
		field: 'labels.page.skip_link',
		reason: 'the label "page.skip_link" has raw HTML: a label is plain text, the page sets it'
	},
	'a bracket that is not the label’s last words': {
		change: (text) => text.replace('embed: Embed[ this chart: {title}]', 'embed: Embed[ this chart:] {title}'),
		line: { start: 'embed: Embed' },
		field: 'labels.tools.embed',
		reason:
			'the label "tools.embed" has a "[" or "]" that does not close it: brackets go only around a label\'s last words, which screen readers read and the page does not show'
	}
};

describe('English’s labels are held to the labels the pages use', () => {
	it.each(Object.entries(BROKEN_ENGLISH))('refuses %s', refuses('copy.en.aml'));
});

describe('province names for the editions', () => {
	it('refuses an unknown province code, naming file, row and field', () => {
		const dir = copyOfData();
		edit(dir, NAMES, (text) => text.replace('AF-KAP,ja,', 'AF-KPS,ja,'));
		const row =
			readFileSync(join(dir, NAMES), 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith('AF-KPS,ja,')) + 1;
		expectError(
			buildFails(dir),
			NAMES,
			row,
			'iso_3166_2',
			'"AF-KPS" is not a province code of provinces.csv (AF-KAB, AF-KAN, …)'
		);
	});

	it('refuses a language that does not name every province', () => {
		const dir = copyOfData();
		edit(dir, NAMES, (text) => text.replace(/^AF-NIM,fa,.*\n/m, ''));
		expectError(
			buildFails(dir),
			NAMES,
			null,
			'name',
			'no "fa" name for AF-NIM (Nimroz): every province needs one in each language of the file'
		);
	});

	it('refuses an edition whose language has no province names', () => {
		const dir = copyOfData();
		edit(dir, NAMES, (text) => text.replace(/^AF-[A-Z]{3},ja,.*\n/gm, ''));
		expectError(
			buildFails(dir),
			NAMES,
			null,
			'lang',
			'no province names in "ja", the language of copy.ja.aml: add a row for each of the 34 provinces'
		);
	});

	it('adds an edition with data only: a copy file and its language’s names (here Uzbek as Afghanistan writes it, in Arabic script, with Eastern Arabic-Indic digits)', () => {
		const dir = copyOfData();
		const japanese = readFileSync(join(dir, EDITION), 'utf8');
		writeFileSync(join(dir, 'copy.uz.aml'), japanese.replace('lang: ja', 'lang: uz-Arab-AF'));
		const namesText = readFileSync(join(dir, NAMES), 'utf8');
		const uzbek = namesText
			.split('\n')
			.filter((line) => line.includes(',fa,'))
			.map((line) => line.replace(',fa,', ',uz,'));
		writeFileSync(join(dir, NAMES), `${namesText}${uzbek.join('\n')}\n`);
		const termsText = readFileSync(join(dir, TERMS), 'utf8');
		const uzbekTerms = termsText.split('\n').filter((line) => line.startsWith('ja,'));
		writeFileSync(join(dir, TERMS), `${termsText}${uzbekTerms.map((line) => line.replace('ja,', 'uz,')).join('\n')}\n`);
		const written = buildData(paths(dir));
		expect(written.generated).toEqual(expect.arrayContaining(['copy.uz.json', 'province-names.uz.json']));
		const edition = JSON.parse(readFileSync(join(dir, OUT_GEN, 'copy.uz.json'), 'utf8')) as Copy;
		// Written as Dari and Pashto write numbers and dates: they follow it, for a browser without Uzbek.
		expect(edition.locale).toEqual(['uz-Arab-AF', 'fa-AF', 'ps-AF']);
		expect(edition.steps.find((s) => s.id === 'project-2012')!.short).toContain('۷۰');
		expect(builtEdition(dir).steps.find((s) => s.id === 'project-2012')!.short).toContain('70');
	});
	it('says an edition is unreviewed at the top of its pages until the file says a native speaker reviewed it', () => {
		const dir = copyOfData();
		buildData(paths(dir));
		expect(builtEdition(dir).edition!.unreviewed).toEqual({
			notice: expect.stringContaining('確認'),
			link: expect.any(String)
		});
		const file = join(dir, EDITION);
		writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: no', 'reviewed: yes\nreviewer: 山田花子'));
		buildData(paths(dir));
		expect(builtEdition(dir).edition).toMatchObject({ reviewed: true, reviewer: '山田花子', unreviewed: null });
	});
});

describe('the data’s words in the editions (data-terms.csv)', () => {
	it('refuses an edition that leaves a data text in English, naming the data file, its row and field', () => {
		const dir = copyOfData();
		edit(dir, TERMS, (text) => text.replace(/^ja,indicators.csv,short_label,Women with secondary school,.*\n/m, ''));
		// The indicator's row in indicators.csv, found independently of the build.
		const row = lineOf(dir, 'indicators.csv', 'women-secondary-or-higher,');
		expectError(
			buildFails(dir),
			'indicators.csv',
			row,
			'short_label',
			'"Women with secondary school" has no "ja" words in data-terms.csv, for copy.ja.aml: add the row ja,indicators.csv,short_label,"Women with secondary school",<its words>'
		);
	});

	it('refuses a row whose English is not in the data (the data changed), naming its row', () => {
		const dir = copyOfData();
		edit(dir, TERMS, (text) => text.replace('ja,provinces.csv,region,Central,', 'ja,provinces.csv,region,Centre,'));
		const error = buildFails(dir);
		expectError(
			error,
			TERMS,
			lineOf(dir, TERMS, 'ja,provinces.csv,region,Centre,'),
			'english',
			/^"Centre" is not in column "region" of provinces.csv/
		);
	});

	it('refuses a qualifier whose words do not place the figure', () => {
		const dir = copyOfData();
		edit(dir, TERMS, (text) => text.replace('少なくとも{count}', '少なくとも'));
		expectError(
			buildFails(dir),
			TERMS,
			lineOf(dir, TERMS, 'ja,girls-barred-count.csv,qualifier,at least,'),
			'text',
			/\{count\}/
		);
	});

	it('writes each language’s words to a file of its own', () => {
		const dir = copyOfData();
		buildData(paths(dir));
		const terms = JSON.parse(readFileSync(join(dir, OUT_GEN, 'data-terms.ja.json'), 'utf8'));
		expect(terms['provinces.csv:region']).toMatchObject({ Central: '中部', East: '東部', South: '南部' });
	});
});
