import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/find-chromium.js';

// End-to-end tests run against the built, prerendered site on a port of their own, with the
// public address set to that port so embed codes and canonical links point at the test server.
// E2E_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const SITE_URL = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: SITE_URL,
		launchOptions: {
			executablePath: findChromium(),
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npm run build && node tests/serve-static.js build ${PORT}`,
		env: { SITE_URL },
		url: `${SITE_URL}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
