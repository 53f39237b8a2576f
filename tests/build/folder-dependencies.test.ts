// The folders of src/lib depend one way, so a newcomer can read them from the bottom up: the
// model (step-to-state, content, types) is imported by everything and imports only the
// generated data; no two folders import each other, directly or round a loop.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** The top folder of src/lib a path is in, or null for a file at the top of src/lib. */
function folderOf(path: string): string | null {
	const parts = relative(LIB, path).split(sep);
	return parts.length > 1 ? parts[0] : null;
}

/** Each folder's imports of other folders, with one importing file named for each. */
function folderImports(): Map<string, Map<string, string>> {
	const graph = new Map<string, Map<string, string>>();
	for (const file of sourceFiles(LIB)) {
		const from = folderOf(file);
		if (!from) continue;
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const target = specifier.startsWith('$lib/')
				? join(LIB, specifier.slice(5))
				: specifier.startsWith('.')
					? normalize(join(dirname(file), specifier))
					: null;
			const to = target && target.startsWith(LIB + sep) ? folderOf(target) : null;
			if (!to || to === from) continue;
			if (!graph.has(from)) graph.set(from, new Map());
			graph.get(from)!.set(to, `${relative(LIB, file)} imports ${specifier}`);
		}
	}
	return graph;
}

/** A loop of folders, each importing the next, or null when there is none. */
function findLoop(graph: Map<string, Map<string, string>>): string[] | null {
	const done = new Set<string>();
	const visit = (folder: string, path: string[]): string[] | null => {
		if (path.includes(folder)) return [...path.slice(path.indexOf(folder)), folder];
		if (done.has(folder)) return null;
		for (const next of graph.get(folder)?.keys() ?? []) {
			const loop = visit(next, [...path, folder]);
			if (loop) return loop;
		}
		done.add(folder);
		return null;
	};
	for (const folder of graph.keys()) {
		const loop = visit(folder, []);
		if (loop) return loop;
	}
	return null;
}

describe('the folders of src/lib', () => {
	const graph = folderImports();

	it('have a model that imports nothing of src/lib but the generated data', () => {
		expect([...(graph.get('model')?.entries() ?? [])].filter(([to]) => to !== 'generated')).toEqual([]);
	});

	it('import one another one way only', () => {
		const loop = findLoop(graph);
		const explained = loop?.slice(1).map((to, index) => graph.get(loop[index])!.get(to));
		expect(explained ?? []).toEqual([]);
	});

	it('are read by the check above (it sees the charts importing the model)', () => {
		expect(graph.get('charts')?.has('model')).toBe(true);
	});
});
