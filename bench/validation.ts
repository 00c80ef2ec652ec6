/**
 * Validation throughput in Node: what validating a report's 100,000 transactions costs over
 * `JSON.parse` alone, with zod's runtime parser, with `z.compile`, and with the package's fast
 * path (`withParser`), and what the whole normalizer costs.
 * Run: `npx tsx bench/validation.ts [count]`. Ratios are measured side by side in one process.
 */
import { cpus, totalmem } from 'node:os';
import * as z from 'zod/mini';
import { normalizeReport } from '../src/model/normalize-report.js';
import { categorizedTransaction } from '../src/schemas/categorized-transaction.js';
import { fastCategorizedTransaction } from '../src/schemas/fast-transaction.js';

const count = Number(process.argv[2] ?? 100_000);
const runs = 7;

/** Deterministic, realistic-looking transactions. */
function makeReport(size: number): unknown {
  const brands = ['Rewe', 'Edeka', 'Lidl', 'Esprit', 'Netflix', 'Deutsche Bahn'];
  const transactions = Array.from({ length: size }, (_, index) => ({
    id: `tx-${index}`,
    date: `2024-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    reference: `Kartenzahlung ${index} Filiale ${index % 97}`,
    amount: { amount: 100 + ((index * 7919) % 20000), currency: 'EUR' },
    type: index % 9 === 0 ? 'CREDIT' : 'DEBIT',
    state: index % 50 === 0 ? 'PENDING' : 'PROCESSED',
    counter_party: { holder_name: `${brands[index % brands.length]} GmbH`, iban: 'DE44500105175407324931' },
    categories: [{ id: `cat-${index % 20}`, name: `Category ${index % 20}` }],
    brand: { id: `brand-${index % 6}`, name: brands[index % 6], icon_url: `https://icons.example/${index % 6}.png` },
    recurring: index % 30 === 0,
  }));
  return { data: { insights_consumer_id: 'consumer', accounts: [{ insights_account_id: 'account', transactions }] } };
}

const json = JSON.stringify(makeReport(count));
const transactionsOf = (report: unknown): unknown => (report as { data: { accounts: { transactions: unknown }[] } }).data.accounts[0]?.transactions;
const runtime = z.array(categorizedTransaction);
const compiled = z.compile(z.array(categorizedTransaction));
const fast = z.array(fastCategorizedTransaction);

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

const cases: [string, () => unknown][] = [
  ['JSON.parse alone', (): unknown => JSON.parse(json)],
  ['+ zod/mini runtime parser', () => runtime.parse(transactionsOf(JSON.parse(json)))],
  ['+ zod/mini z.compile (needs eval)', () => compiled.parse(transactionsOf(JSON.parse(json)))],
  ['+ zod/mini with the fast path', () => fast.parse(transactionsOf(JSON.parse(json)))],
  ['+ normalizeReport (fast path, model)', () => normalizeReport(JSON.parse(json))],
];

const cpu = cpus();
console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; no browser (Node only)`);
console.log(`${count.toLocaleString('en')} transactions, ${(json.length / 1e6).toFixed(1)} MB JSON, Node ${process.version}, median of ${runs}`);
const [[, parseAlone]] = cases as [[string, () => unknown]];
const floor = measure(parseAlone);
for (const [name, work] of cases) {
  const time = work === parseAlone ? floor : measure(work);
  console.log(`${name.padEnd(38)} ${time.toFixed(0).padStart(6)} ms  ${(time / floor).toFixed(2)}×`);
}
