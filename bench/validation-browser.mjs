/**
 * Validation throughput in the browser: the package's report parser (`normalizeReport`, bundled
 * and minified as the CDN build bundles it) against `JSON.parse` alone on the same text, for a generated report
 * of 100,000 transactions (`createSampleReport` from the built simulator entry).
 *
 * Each cell (one case, one run) has a fresh browser context. In it, the case runs twice on the
 * same text, after a garbage collection each time: the first call is what a page pays once, the
 * second shows the optimized code. Medians of the runs after a warm-up run, which is excluded.
 *
 * Run `npm run bench` (builds first), or `node bench/validation-browser.mjs [count]` after
 * `npm run build`.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const count = Number(process.argv[2] ?? 100_000);
const loadAtStart = loadavg()[0];
const runs = Number(process.env.BENCH_RUNS ?? 9);
const simulator = new URL('../dist/simulator/index.js', import.meta.url);
if (!existsSync(simulator)) throw new Error('dist/ is missing: run `npm run build` first');
// The CDN files export nothing but their loader: the parser is bundled here from the npm output.
const parser = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, target: 'es2022', minify: true, lib: { entry: new URL('../dist/model/normalize-report.js', import.meta.url).pathname, formats: ['es'], fileName: 'parser' } },
});
const parserCode = parser[0].output[0].code;

const { createSampleReport } = await import(simulator.href);
const payload = JSON.stringify(createSampleReport({ count }));

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>validation</title>
<script type="module">
  import * as xs2a from '/xs2a-elements.js';
  window.xs2a = xs2a;
</script></head><body></body></html>`;

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (pathname === '/') return send('text/html', page);
  if (pathname === '/xs2a-elements.js') return send('text/javascript', parserCode);
  if (pathname === '/payload.json') return send('application/json', payload);
  return response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });

const cases = {
  'JSON.parse alone': 'parse',
  'JSON.parse + normalizeReport': 'normalize',
};

/** One cell: a fresh context, the text fetched, the case run twice; returns both times. */
async function measureCell(kind) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => window.xs2a !== undefined);
  await tab.evaluate(async () => {
    window.benchText = await (await fetch('/payload.json')).text();
  });
  const times = [];
  let transactions = 0;
  for (let call = 0; call < 2; call += 1) {
    await tab.evaluate(() => {
      window.benchResult = undefined;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const result = await tab.evaluate((caseKind) => {
      const start = performance.now();
      const parsed = JSON.parse(window.benchText);
      window.benchResult = caseKind === 'normalize' ? window.xs2a.normalizeReport(parsed) : parsed;
      const time = performance.now() - start;
      const accounts = caseKind === 'normalize' ? window.benchResult.accounts : [];
      return { time, transactions: accounts.reduce((sum, account) => sum + account.transactions.length, 0) };
    }, kind);
    times.push(result.time);
    transactions = result.transactions;
  }
  await context.close();
  return { first: times[0], second: times[1], transactions };
}

for (const kind of Object.values(cases)) await measureCell(kind); // warm-up, excluded
const cells = Object.fromEntries(Object.values(cases).map((kind) => [kind, []]));
for (let run = 0; run < runs; run += 1) {
  for (const kind of Object.values(cases)) cells[kind].push(await measureCell(kind));
}
const version = browser.version();
await browser.close();
server.close();

const normalized = cells.normalize[0].transactions;
if (normalized !== count) throw new Error(`normalizeReport returned ${normalized} transactions, expected ${count}`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cpu = cpus();
// Each run's two cells ran back to back: the ratio is taken per run, then its median, so that
// the load of a shared machine, which drifts over the minutes of the benchmark, cancels out.
const ratio = (kind, call) => median(cells[kind].map((cell, run) => cell[call] / cells.parse[run][call]));
const lines = [
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAtStart.toFixed(1)} at the start; Node ${process.version}; Chromium ${version} (playwright-core)`,
  `${count.toLocaleString('en')} transactions (createSampleReport, modular report), ${(payload.length / 1e6).toFixed(1)} MB JSON; the built CDN file's normalizeReport.`,
  `Medians of ${runs} runs after a warm-up, each case and run in a fresh browser context; in each, the case runs twice after a GC.`,
  'Ratios: the median of each run\'s ratio to JSON.parse alone in the same run.',
  '',
  '| case | first call in the page | ratio | second call | ratio |',
  '|---|---|---|---|---|',
  ...Object.entries(cases).map(([label, kind]) => {
    const first = median(cells[kind].map((cell) => cell.first));
    const second = median(cells[kind].map((cell) => cell.second));
    return `| ${label} | ${first.toFixed(0)} ms | ${ratio(kind, 'first').toFixed(2)}× | ${second.toFixed(0)} ms | ${ratio(kind, 'second').toFixed(2)}× |`;
  }),
];
lines.push(
  '',
  `Each run's ratio, first call: ${cells.normalize.map((cell, run) => (cell.first / cells.parse[run].first).toFixed(2)).join(', ')}; second call: ${cells.normalize.map((cell, run) => (cell.second / cells.parse[run].second).toFixed(2)).join(', ')}.`,
);
console.log(lines.join('\n'));
