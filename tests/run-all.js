// Runs every kind of test (the code's formatting, unit and build tests with vitest, then
// end-to-end tests with Playwright against the built site) and ends with one plain line:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

/** @param {string} command @param {string[]} args */
function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
	return result.status ?? 1;
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

// One check: every source and test file is as Prettier writes it (npm run format fixes it).
const formatStatus = run('npm', ['run', '--silent', 'format:check']);

const unitStatus = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=test-results/unit.json'
]);
const unit = readJson('test-results/unit.json');
let passed = (unit?.numPassedTests ?? 0) + (formatStatus === 0 ? 1 : 0);
let failed = (unit ? unit.numFailedTests : 1) + (formatStatus === 0 ? 0 : 1);
// A suite that fails to load has no failed tests inside it, but it is a failure.
if (unit && unitStatus !== 0 && failed === 0) failed = 1;

const e2eStatus = run('npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
	if (e2eStatus !== 0 && e2e.stats.unexpected === 0) failed += 1;
} else {
	failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && formatStatus === 0 && unitStatus === 0 && e2eStatus === 0 ? 0 : 1);
