/**
 * `npm test`: type-check, lint, Node tests, browser tests. Every stage runs even when an earlier
 * one fails, and the output ends with one line: `tests: N passed, N failed`.
 * A failing type-check or lint stage counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });

const checks = [
  ['type-check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'eslint', ['.']],
  // Its CSS grammar predates container queries; elements are registered in define modules.
  ['template analysis', 'lit-analyzer', ['--strict', '--quiet', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off', 'src']],
  ['README API matches the manifest', 'node', ['scripts/readme-api.mjs', '--check']],
];
const suites = [
  ['Node tests', 'mocha', [], `${resultsDir}/node.json`],
  ['browser tests', 'web-test-runner', [], `${resultsDir}/browser.json`],
];

const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const argv = command === 'node' ? [process.execPath, args] : ['npx', ['--no-install', command, ...args]];
  const { status, error } = spawnSync(argv[0], argv[1], { stdio: 'inherit' });
  if (error) console.error(error);
  return status === 0;
};

const readCounts = (file) =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };

let passed = 0;
let failed = 0;
let skipped = 0;
const failedStages = [];

for (const [label, command, args] of checks) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failedStages.push(label);
  }
}

for (const [label, command, args, countsFile] of suites) {
  const ok = run(label, command, args);
  const counts = readCounts(countsFile);
  passed += counts.passed;
  skipped += counts.skipped;
  // A runner that crashed before counting anything still failed.
  const suiteFailures = counts.failed > 0 || ok ? counts.failed : 1;
  failed += suiteFailures;
  if (!ok || suiteFailures > 0) failedStages.push(label);
}

console.log('');
if (failedStages.length > 0) console.log(`failed stages: ${failedStages.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
