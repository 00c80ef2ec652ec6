/**
 * The size ratchet, run by `npm test`: builds the current sources into a temporary folder,
 * measures the gzip size of each output (the CDN entry; what a page on the CDN build loads with
 * `<xs2a-connect>`, `<xs2a-report>` or both; `<xs2a-connect>` and `<xs2a-report>` alone as a
 * host's bundler takes them from npm, with and without lit and zod), and compares each with its
 * record in `bench/size-budget.json`.
 *
 * - An output more than 1 kB (1,024 bytes gzip) over its record fails the check. Raise a record
 *   only in a commit that says what the added bytes buy.
 * - An output more than 1 kB under its record passes, with a hint to lower the record, so that
 *   the saving cannot be spent unnoticed.
 *
 * - The budgets a page should meet (`targets` in the same file) are printed met or missed; a
 *   missed target does not fail the check, its record does the guarding until it is met.
 *
 * `node scripts/check/size.mjs --update` writes the measured sizes as the new records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureOurOutputs, projectRoot, withFreshBuild } from './size-measure.mjs';

const budgetFile = join(projectRoot, 'bench', 'size-budget.json');
const tolerance = 1024;
const update = process.argv.includes('--update');

const started = performance.now();
const outputs = await withFreshBuild((packageDir, cdnChunks) => measureOurOutputs(packageDir, { cdnChunks }));
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));

if (update) {
  budget.gzip = Object.fromEntries(outputs.map((output) => [output.key, output.gzip]));
  writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`recorded ${outputs.length} sizes in bench/size-budget.json`);
  process.exit(0);
}

const failures = [];
const hints = [];
const rows = outputs.map((output) => {
  const record = budget.gzip?.[output.key];
  if (typeof record !== 'number') {
    failures.push(`${output.key} has no record in bench/size-budget.json`);
    return `  ${output.key.padEnd(15)} ${String(output.gzip).padStart(7)} B   no record`;
  }
  const delta = output.gzip - record;
  if (delta > tolerance) failures.push(`${output.key} grew to ${output.gzip} B gzip, ${delta} B over its record of ${record} B (allowed: ${tolerance} B)`);
  else if (delta < -tolerance) hints.push(`${output.key} shrank to ${output.gzip} B gzip, ${-delta} B under its record of ${record} B: lower the record (node scripts/check/size.mjs --update)`);
  return `  ${output.key.padEnd(15)} ${String(output.gzip).padStart(7)} B   record ${String(record).padStart(7)} B   ${delta >= 0 ? '+' : ''}${delta} B`;
});

console.log(`gzip sizes against bench/size-budget.json (fails beyond +${tolerance} B):`);
console.log(rows.join('\n'));
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const targets = Object.entries(budget.targets ?? {}).map(([key, limit]) => {
  const output = outputs.find((candidate) => candidate.key === key);
  if (!output) {
    failures.push(`the target ${key} names no measured output`);
    return `  ${key}: no such output`;
  }
  const over = output.gzip - limit;
  return `  ${key.padEnd(15)} ≤ ${kB(limit)}: ${over <= 0 ? 'met' : 'MISSED'} (${kB(output.gzip)}, ${kB(Math.abs(over))} ${over <= 0 ? 'under' : 'over'})`;
});
if (targets.length > 0) console.log(`targets (gzip, 1 kB = 1,024 B; printed, not enforced: the records are):\n${targets.join('\n')}`);
for (const hint of hints) console.log(`hint: ${hint}`);
for (const failure of failures) console.error(`size check failed: ${failure}`);
console.log(`measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length > 0 ? 1 : 0);
