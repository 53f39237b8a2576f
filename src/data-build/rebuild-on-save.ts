// `npm run dev` rebuilds the data when a file of data/ is saved, and the page follows. A bad input
// shows the data build's message in Vite's error overlay, over the last good page; nothing
// generated changes until the input is fixed (buildData writes all or nothing).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildData, DEFAULT_PATHS, type BuildPaths } from './build-data.js';
import { DataError } from './data-error.js';

/** What the plugin needs of Vite's dev server: its file watcher, its socket to the page, its logger. */
export type DevServer = Pick<ViteDevServer, 'watcher' | 'ws'> & {
	config: { logger: Pick<ViteDevServer['config']['logger'], 'info' | 'warn' | 'error'> };
};

export function rebuildDataOnSave(paths: BuildPaths = DEFAULT_PATHS): Plugin {
	return { name: 'rebuild-data-on-save', apply: 'serve', configureServer: (server) => watchData(server, paths) };
}

/** Rebuilds on every change under the data folder. */
export function watchData(server: DevServer, paths: BuildPaths) {
	const dataDir = path.resolve(paths.dataDir);
	server.watcher.add(dataDir);
	server.watcher.on('all', (_event: string, file: string) => {
		if (file.startsWith(dataDir + path.sep)) rebuild(server, paths, path.relative(dataDir, file));
	});
}

function rebuild(server: DevServer, paths: BuildPaths, changed: string) {
	try {
		const { warnings } = buildData(paths);
		for (const warning of warnings) server.config.logger.warn(`data: warning: ${warning}`, { timestamp: true });
		server.config.logger.info(`data: rebuilt after a change to ${changed}`, { timestamp: true });
		server.ws.send({ type: 'full-reload' });
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		const message = `data: ${error.message}\ndata: nothing was written; the page shows the last good data.`;
		server.config.logger.error(message, { timestamp: true });
		server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'rebuild-data-on-save' } });
	}
}
