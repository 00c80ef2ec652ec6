/**
 * Run in a fresh process by host-backend-reports-load.test.ts, once per setting: a backend whose
 * Klarna answers every report with ~10 MB, thirty owners asking at once. Prints one JSON line with
 * the process's resident memory before and at its peak, so settings are compared without one
 * run's garbage counting against the next.
 * Usage: `node --import tsx test/node/report-memory-probe.ts <modular|per-report> <maxConcurrentReports> [modules: 1|2]`
 */
import { createHostBackend } from '../../src/server/index.js';
import { listen } from './helpers.js';

const reportApi = process.argv[2] === 'per-report' ? 'per-report' : 'modular';
const maxConcurrentReports = Number(process.argv[3] ?? 4);
/** Two modules make the per-report API join two answers (parsed); one is streamed through. */
const modules = Number(process.argv[4] ?? 1) === 2 ? ['CATEGORIZED_TRANSACTIONSV2', 'BALANCES'] : ['CATEGORIZED_TRANSACTIONSV2'];
const owners = 30;

const transaction = (index: number) => ({ transaction_id: `t${index}`, amount: { amount: 1234, currency: 'EUR' }, reference: 'x'.repeat(200), date: '2026-11-01' });
const count = Math.ceil((10 * 1024 * 1024) / JSON.stringify(transaction(0)).length);
const report = JSON.stringify({ data: { reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2', insights_account_id: 'a1', transactions: Array.from({ length: count }, (_, index) => transaction(index)) }] } });
const reportBytes = new TextEncoder().encode(report);
const parsedReports = (JSON.parse(report) as { data: { reports: unknown[] } }).data.reports;
const balanceReports = [{ type: 'BALANCES', insights_account_id: 'a1', balances: [{ amount: { amount: 100, currency: 'EUR' }, date: '2026-11-01' }] }];
const balances = JSON.stringify({ data: { reports: balanceReports } });

const server = await listen(
  createHostBackend({
    apiBaseUrl: 'https://klarna.test',
    apiToken: 'klarna-api-token-memory-probe-0123456789',
    cookieSecret: 'a-cookie-secret-for-the-memory-probe-0123',
    basePath: '/api',
    sweepIntervalMs: 0,
    reportApi,
    maxConcurrentReports,
    identify: (request) => request.headers.get('x-test-user') ?? undefined,
    authorizeConsumer: () => true,
    fetch: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Balances are a few hundred bytes in reality; the transactions are the 10 MB.
      if (request.url.includes('/balances/')) return new Response(balances, { headers: { 'content-type': 'application/json' } });
      // Views of one buffer, so that the fake Klarna in this process holds no copy per answer.
      let offset = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= reportBytes.byteLength) {
            controller.close();
            return;
          }
          controller.enqueue(reportBytes.subarray(offset, offset + 64 * 1024));
          offset += 64 * 1024;
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    },
  }),
  '/api',
);

const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const started = performance.now();
const answers = await Promise.all(
  Array.from({ length: owners }, async (_, index) => {
    const response = await fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json', 'user-agent': 'probe', 'x-test-user': `owner-${index}` },
      body: JSON.stringify({ insights_consumer_id: 'consumer-1', reports: modules }),
    });
    let bytes = 0;
    // Counted, not kept: the memory measured is the backend's.
    for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
    return { status: response.status, bytes };
  }),
);
clearInterval(sampler);
await server.close();
const expectedBytes = reportApi === 'per-report' && modules.length === 2 ? JSON.stringify({ data: { reports: [...parsedReports, ...balanceReports] } }).length : reportBytes.byteLength;
const complete = answers.every((answer) => answer.status === 200 && answer.bytes === expectedBytes);
console.log(JSON.stringify({ reportApi, modules: modules.length, maxConcurrentReports, owners, reportBytes: reportBytes.byteLength, complete, rssBefore: before, rssPeak: peak, ms: Math.round(performance.now() - started) }));
