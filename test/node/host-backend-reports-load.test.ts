/**
 * Large reports: Klarna's answer is capped before it is parsed, one owner may build two reports at
 * once, and an instance builds `maxConcurrentReports` at a time so that thirty concurrent 10 MB
 * reports do not hold thirty copies in memory. Memory is printed side by side, never asserted.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHostBackend } from '../../src/server/index.js';
import type { HostBackendOptions } from '../../src/server/index.js';
import { Browser, listen } from './helpers.js';
import type { Loopback } from './helpers.js';

const apiToken = 'klarna-api-token-reports-0123456789abcdef';
const reportBytes = 10 * 1024 * 1024;

/** A modular report of about `bytes` bytes: transactions with long references. */
function bigReport(bytes: number): string {
  const transaction = (index: number) => ({ transaction_id: `t${index}`, amount: { amount: 1234, currency: 'EUR' }, reference: 'x'.repeat(200), date: '2026-11-01' });
  const count = Math.ceil(bytes / JSON.stringify(transaction(0)).length);
  return JSON.stringify({ data: { reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2', insights_account_id: 'a1', transactions: Array.from({ length: count }, (_, index) => transaction(index)) }] } });
}

describe('host backend: large reports', function () {
  this.timeout(60_000);
  const report = bigReport(reportBytes);
  const servers: Loopback[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });

  /** A backend whose Klarna answers every report with `report` after `delayMs`; owners come from a header. */
  async function backend(options: Partial<HostBackendOptions> = {}, delayMs = 0, announceLength = true): Promise<string> {
    const server = await listen(
      createHostBackend({
        apiBaseUrl: 'https://klarna.test',
        apiToken,
        cookieSecret: 'a-cookie-secret-for-the-report-tests-0123',
        basePath: '/api',
        sweepIntervalMs: 0,
        reportApi: 'modular',
        identify: (request) => request.headers.get('x-test-user') ?? undefined,
        authorizeConsumer: () => true,
        fetch: async () => {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          return new Response(report, { headers: { 'content-type': 'application/json', ...(announceLength ? { 'content-length': String(report.length) } : {}) } });
        },
        ...options,
      }),
      '/api',
    );
    servers.push(server);
    return server.url;
  }

  const ask = (url: string, user: string) => new Browser(url, url).send('POST', '/api/reports', { insights_consumer_id: 'consumer-1' }, { 'x-test-user': user });

  it('refuses an answer from Klarna larger than maxUpstreamBytes: 502 when announced, never a cut report when not', async () => {
    const announced = await ask(await backend({ maxUpstreamBytes: 1024 * 1024 }), 'alice');
    expect(announced.status).to.equal(502);
    expect(announced.json).to.deep.equal({ error: { code: 'upstream-error', message: 'Klarna answered more than the backend accepts' } });
    // Without a Content-Length the report streams until the cap, then fails: never a 200 with a cut report.
    const streamed = await ask(await backend({ maxUpstreamBytes: 1024 * 1024 }, 0, false), 'alice').catch((error: unknown) => ({ status: 0, text: String(error) }));
    expect(streamed.status).to.not.equal(200);
  });

  it('one owner builds at most two reports at once; a third gets 429 with Retry-After', async () => {
    const url = await backend({}, 300);
    const answers = await Promise.all([0, 1, 2].map(() => ask(url, 'bob')));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).to.deep.equal([200, 200, 429]);
    expect(answers.find((answer) => answer.status === 429)!.headers.get('retry-after')).to.equal('1');
    expect(answers.filter((answer) => answer.status === 200).every((answer) => answer.text.length === report.length)).to.equal(true);
  });

  it('thirty owners ask for a 10 MB report at once: all answered in full, each setting in a fresh process; peak memory printed', function () {
    this.timeout(120_000);
    const lines: string[] = [];
    const settings = [
      ['modular', '30', '1', 'streamed'],
      ['per-report', '30', '1', 'streamed'],
      ['per-report', '30', '2', 'joined'],
      ['per-report', '4', '2', 'joined'],
    ] as const;
    for (const [api, slots, modules, how] of settings) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/node/report-memory-probe.ts', api, slots, modules], { encoding: 'utf8' });
      expect(run.status, run.stderr).to.equal(0);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { complete: boolean; rssBefore: number; rssPeak: number; ms: number };
      expect(result.complete, `${api} ${modules} ${slots}: every answer 200 and whole`).to.equal(true);
      const grown = (result.rssPeak - result.rssBefore) / 1024 / 1024;
      lines.push(`${api.padEnd(10)} ${modules} module(s), ${how.padEnd(8)} maxConcurrentReports ${slots.padStart(2)}: peak RSS +${grown.toFixed(0)} MB (${(grown / 30).toFixed(1)} MB per report), ${result.ms} ms`);
    }
    console.log(`      30 concurrent 10 MB reports, the backend and its fake Klarna in one process:\n${lines.map((line) => `        ${line}`).join('\n')}`);
  });
});
