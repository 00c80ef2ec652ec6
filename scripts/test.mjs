/**
 * `npm test`: type-check, lint, Node tests, browser tests, a check of both builds, the size
 * ratchet, one end-to-end run of the demo, and one of the built demo on a strict page.
 * Every stage runs even when an earlier one fails, and the output ends with one line:
 * `tests: N passed, N failed`. A check (type-check, lint, end-to-end) counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = '.test-results';
rmSync(`${resultsDir}/node.json`, { force: true });
rmSync(`${resultsDir}/browser.json`, { force: true });

const stages = [
  { label: 'type-check', command: 'tsc', args: ['--noEmit', '-p', 'tsconfig.json'] },
  { label: 'lint', command: 'eslint', args: ['.'] },
  // Its CSS grammar predates container queries; elements are registered in define modules.
  {
    label: 'template analysis',
    command: 'lit-analyzer',
    args: ['--strict', '--quiet', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off', 'src'],
  },
  { label: 'README API matches the manifest', command: 'node', args: ['scripts/check/readme-api.mjs', '--check'] },
  { label: 'README framework snippets match examples/', command: 'node', args: ['scripts/check/readme-examples.mjs', '--check'] },
  { label: 'README backend options match the code', command: 'node', args: ['scripts/check/readme-backend-options.mjs', '--check'] },
  // Shipped paths, one entry per event, definitions, fields: what the type generators read.
  { label: 'manifest valid for generators', command: 'node', args: ['scripts/check/manifest.mjs'] },
  { label: 'Node tests', command: 'mocha', args: [], counts: `${resultsDir}/node.json` },
  { label: 'browser tests', command: 'web-test-runner', args: [], counts: `${resultsDir}/browser.json` },
  // Both builds register every tag; the CDN file runs on a blank page.
  { label: 'builds register every tag', command: 'node', args: ['scripts/check/build.mjs'] },
  // Gzip sizes of the CDN file and of each element alone, within 1 kB of bench/size-budget.json.
  { label: 'bundle sizes within their records', command: 'node', args: ['scripts/check/size.mjs'] },
  // The demo served by `npm start`, driven through the simulator's test bank in Chromium.
  { label: 'end-to-end: npm start, connect, report', command: 'node', args: ['scripts/check/start.mjs'] },
  // The built demo under a strict CSP and Trusted Types, sent as response headers: no violation.
  { label: 'strict host page: CSP and Trusted Types', command: 'node', args: ['scripts/check/strict-page.mjs'] },
];

const run = ({ label, command, args }) => {
  console.log(`\n▶ ${label}`);
  const [program, argv] = command === 'node' ? [process.execPath, args] : ['npx', ['--no-install', command, ...args]];
  const { status, error } = spawnSync(program, argv, { stdio: 'inherit' });
  if (error) console.error(error);
  return status === 0;
};

const readCounts = (file) =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };

const total = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];

for (const stage of stages) {
  const ok = run(stage);
  if (stage.counts) {
    const counts = readCounts(stage.counts);
    // A runner that crashed before counting anything still failed.
    const failures = counts.failed > 0 || ok ? counts.failed : 1;
    total.passed += counts.passed;
    total.skipped += counts.skipped;
    total.failed += failures;
    if (!ok || failures > 0) failedStages.push(stage.label);
  } else if (ok) {
    total.passed += 1;
  } else {
    total.failed += 1;
    failedStages.push(stage.label);
  }
}

console.log('');
if (failedStages.length > 0) console.log(`failed stages: ${failedStages.join(', ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
