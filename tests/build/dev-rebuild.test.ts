// `npm run dev` follows data/: a saved file rebuilds the data and reloads the page; a bad one
// shows the build's message in the error overlay and changes nothing generated.
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/data-build/build-data.js';
import { watchData, type DevServer } from '../../src/data-build/rebuild-on-save.js';

const root = mkdtempSync(join(tmpdir(), 'dev-rebuild-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function devServer() {
	const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
	const sent: { type: string; err?: { message: string } }[] = [];
	const logged: string[] = [];
	const server = {
		watcher,
		ws: { send: (payload: { type: string }) => void sent.push(payload) },
		config: {
			logger: {
				info: (m: string) => void logged.push(m),
				warn: (m: string) => void logged.push(m),
				error: (m: string) => void logged.push(m)
			}
		}
	} as unknown as DevServer;
	return { server, watcher, sent, logged };
}

describe('npm run dev and data/', () => {
	const dataDir = join(root, 'data');
	cpSync('data', dataDir, { recursive: true });
	const paths = { dataDir, generatedDir: join(root, 'generated'), downloadsDir: join(root, 'downloads') };
	buildData(paths);
	const { server, watcher, sent, logged } = devServer();
	watchData(server, paths);
	const save = (file: string, change: (text: string) => string) => {
		const path = join(dataDir, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
		watcher.emit('all', 'change', path);
	};
	const generatedData = () => readFileSync(join(paths.generatedDir, 'data.json'), 'utf8');

	it('rebuilds the data when a CSV is saved, and reloads the page', () => {
		save('indicators/dhs2015-women-education.csv', (text) => text.replace('AF-KAB,Kabul,20.1,', 'AF-KAB,Kabul,21.4,'));
		expect(JSON.parse(generatedData()).indicators['women-secondary-or-higher'].values['AF-KAB'].value).toBe(21.4);
		expect(sent.at(-1)).toEqual({ type: 'full-reload' });
	});

	it('shows a bad input’s message in the error overlay, and keeps the last good data', () => {
		const before = generatedData();
		save('indicators/dhs2015-women-education.csv', (text) =>
			text.replace('AF-KAB,Kabul,21.4,', 'AF-KAB,Kabul,twenty,')
		);
		expect(sent.at(-1)?.type).toBe('error');
		expect(sent.at(-1)?.err?.message).toMatch(
			/indicators\/dhs2015-women-education\.csv, row 2, field "secondary_or_higher_pct": "twenty" is not a number/
		);
		expect(generatedData()).toBe(before);
	});

	it('says, with its line, when a figure the graphic shows is typed by hand, and still rebuilds', () => {
		save('indicators/dhs2015-women-education.csv', (text) =>
			text.replace('AF-KAB,Kabul,twenty,', 'AF-KAB,Kabul,20.1,')
		);
		save('copy.en.aml', (text) =>
			text.replace("Zabul's {value:women-secondary-or-higher:AF-ZAB} rests", "Zabul's 8.2% rests")
		);
		expect(
			logged.some((m) => /^data: warning: copy\.en\.aml, line \d+: "8\.2" is shown on this step's graphic/.test(m))
		).toBe(true);
		expect(sent.at(-1)).toEqual({ type: 'full-reload' });
	});

	it('ignores files outside data/', () => {
		const count = sent.length;
		watcher.emit('all', 'change', join(root, 'elsewhere.txt'));
		expect(sent.length).toBe(count);
	});
});
