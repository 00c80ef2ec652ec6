/**
 * What each of the report's insights costs at 1,000, 10,000 and 100,000 transactions, beside
 * `JSON.parse` of the same report, side by side in one Node process. The report is the test
 * bank's (`createSampleReport`), normalized once; each figure is computed on a fresh copy of the
 * report object, so that nothing cached for an earlier run is reused.
 * Run: `npx tsx bench/insights.ts [sizes]`, e.g. `npx tsx bench/insights.ts 1000,100000`.
 */
import { cpus, totalmem } from 'node:os';
import { affordability } from '../src/insights/affordability.js';
import { allAccounts, reportTransactions } from '../src/insights/all-accounts.js';
import { cashFlow } from '../src/insights/cash-flow.js';
import { recurringCommitments } from '../src/insights/recurring.js';
import { runningBalances } from '../src/insights/running-balance.js';
import { transferIds } from '../src/insights/transfers.js';
import { normalizeReport } from '../src/model/normalize-report.js';
import type { Report } from '../src/model/report-model.js';
import { createSampleReport } from '../src/simulator/sample-report.js';

const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
const runs = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(work: () => unknown): number {
  work(); // warm-up, excluded
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A new report object over the same accounts: per-report caches start empty. */
const fresh = (report: Report): Report => ({ ...report });

const cases: [string, (report: Report) => unknown][] = [
  ['transfers (transferIds)', (report) => transferIds(fresh(report))],
  ['cash flow by month', (report) => {
    const copy = fresh(report);
    return cashFlow(reportTransactions(copy), { exclude: transferIds(copy) });
  }],
  ['recurring commitments', (report) => {
    const copy = fresh(report);
    return recurringCommitments(reportTransactions(copy), { exclude: transferIds(copy) });
  }],
  ['running balance (every row)', (report) => {
    const balances = runningBalances(fresh(report));
    const [first] = reportTransactions(report);
    // The first question builds the lookup of every row.
    return first && balances.after(first);
  }],
  ['all accounts', (report) => allAccounts(fresh(report))],
  ['affordability', (report) => affordability(fresh(report))],
];

const cpu = cpus();
console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; medians of ${runs} runs after a warm-up`);
const header = ['transactions', 'JSON.parse', ...cases.map(([name]) => name)];
const rows: string[][] = [];
for (const size of sizes) {
  const json = JSON.stringify(createSampleReport({ count: size }));
  const report = normalizeReport(JSON.parse(json));
  const parse = measure(() => JSON.parse(json));
  const cells = [size.toLocaleString('en'), `${parse.toFixed(1)} ms`];
  for (const [, work] of cases) {
    const time = measure(() => work(report));
    cells.push(`${time.toFixed(1)} ms (${(time / parse).toFixed(2)}×)`);
  }
  rows.push(cells);
}
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
