// The committed outputs of the data build are exactly what a fresh build of data/ gives:
// nobody edited a generated file by hand, and nobody changed data/ without rebuilding.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs, DEFAULT_PATHS } from '../../src/data-build/build-data.js';

const fresh = buildOutputs(DEFAULT_PATHS.dataDir);
const HOW_TO_FIX = 'run `npm run data` and commit the regenerated files';

/** Every file under `dir`, relative to it. */
const filesIn = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();

describe.each([
	['src/lib/generated', DEFAULT_PATHS.generatedDir, fresh.generated],
	['static/data', DEFAULT_PATHS.downloadsDir, fresh.downloads]
])('the committed %s', (_name, dir, built) => {
	// The build replaces the whole folder, so any other file in it would be stale.
	it('holds exactly the files the build writes', () => {
		expect(filesIn(dir), `${dir} holds other files than a fresh build writes: ${HOW_TO_FIX}`).toEqual(
			[...built.keys()].sort()
		);
	});

	it.each([...built.keys()])('%s matches a fresh build byte for byte', (file) => {
		const committed = readFileSync(join(dir, file), 'utf8');
		// Compare booleans first: a 40 KB diff of minified JSON helps nobody; the message says what to do.
		expect(committed === built.get(file), `${join(dir, file)} is not what data/ builds: ${HOW_TO_FIX}`).toBe(true);
	});
});
