// A tiny static file server for the built site, used by the end-to-end tests and the benchmark.
// Usage: node tests/serve-static.js <folder> <port> [basePath]
// It serves like a plain static host: /path/ → /path/index.html, correct content types, 404 page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.topojson': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};

/** @type {Map<string, Buffer>} */
const compressedCache = new Map();

/**
 * The file's bytes, brotli- or gzip-compressed when asked: the build's own precompressed copy
 * when there is one (as nginx's brotli_static serves it), else compressed here once per file.
 */
async function compressed(/** @type {string} */ file, /** @type {string | null} */ encoding) {
	if (encoding) {
		const precompressed = await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => null);
		if (precompressed) return precompressed;
	}
	const body = await readFile(file);
	if (!encoding) return body;
	const key = `${encoding}:${file}:${body.length}`;
	if (!compressedCache.has(key))
		compressedCache.set(
			key,
			encoding === 'br'
				? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
				: gzipSync(body, { level: 9 })
		);
	return /** @type {Buffer} */ (compressedCache.get(key));
}

/**
 * @param {string} folder
 * @param {number} port
 * @param {string} [basePath] e.g. "/graphics/story"; requests outside it get 404
 */
export function serveStatic(folder, port, basePath = '') {
	const root = resolve(folder);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (basePath && !path.startsWith(basePath)) return notFound(res);
		path = path.slice(basePath.length) || '/';
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return notFound(res);
		try {
			let info = await stat(file).catch(() => null);
			if (info?.isDirectory()) {
				if (!path.endsWith('/')) {
					res.writeHead(308, { location: basePath + path + '/' + url.search });
					return res.end();
				}
				file = join(file, 'index.html');
				info = await stat(file).catch(() => null);
			}
			if (!info && !extname(file)) {
				file += '.html';
				info = await stat(file).catch(() => null);
			}
			if (!info) return notFound(res);
			const type = CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (extname(file))] ?? 'application/octet-stream';
			// Compress text as every static host and CDN does, so measured transfer sizes are real.
			const accepts = String(req.headers['accept-encoding'] ?? '');
			const encoding = !/^(text|application\/(json|manifest)|image\/svg)/.test(type)
				? null
				: accepts.includes('br')
					? 'br'
					: accepts.includes('gzip')
						? 'gzip'
						: null;
			const body = await compressed(file, encoding);
			res.writeHead(200, {
				'content-type': type,
				'cache-control': 'no-cache',
				vary: 'accept-encoding',
				...(encoding ? { 'content-encoding': encoding } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			res.writeHead(500);
			res.end(String(error));
		}
	});
	async function notFound(/** @type {import('node:http').ServerResponse} */ res) {
		const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(page);
	}
	return new Promise((ready) => server.listen(port, () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [folder = 'build', port = '4173', basePath = ''] = process.argv.slice(2);
	await serveStatic(folder, Number(port), basePath);
	console.log(`Serving ${folder} at http://localhost:${port}${basePath}/`);
}
