/**
 * What the backend's shared state costs a request, against sealing the same record into what the
 * browser already holds (the flow id or a cookie) so that no store is read. Per `GET /flows/{id}`:
 * reading the flow record from the memory store and from Redis (a real redis-server on loopback,
 * when installed), opening an AES-GCM sealed copy of it with WebCrypto, and the whole request
 * through the backend to the simulator on loopback, all side by side in one process.
 * Run: `npx tsx bench/backend-state.ts`.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { BindingStore } from '../src/server/store.js';
import type { FlowRecord } from '../src/server/store.js';
import type { BackendStorage } from '../src/server/storage.js';
import { startRedis } from '../test/node/helpers-redis.js';

const rounds = 2_000;
const owner = 'user-4711';
const record: FlowRecord = {
  flowId: 'Wm9vLWZsb3ctaWQtMDEyMzQ1Njc4OQ',
  owner,
  sessionSelf: 'https://api.playground.openbanking.klarna.com/xs2a/v1/sessions/0f2a0c5e-5b7b-4a3e-9b8c-2d8e6c1b7f10',
  flowSelf: 'https://api.playground.openbanking.klarna.com/xs2a/v1/sessions/0f2a0c5e-5b7b-4a3e-9b8c-2d8e6c1b7f10/flows/insights-refresh/7b1e4c2a',
  createdAt: Date.now(),
  fromDate: '2026-09-05',
  toDate: '2026-12-05',
  lastSeen: { state: 'CONSUMER_INPUT_NEEDED' },
  sessionClosed: false,
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeEach(run: () => Promise<unknown>, count = rounds): Promise<number> {
  for (let i = 0; i < 50; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function storeRead(storage: BackendStorage): Promise<number> {
  const store = new BindingStore({ storage, now: Date.now, log: () => undefined, retentionMs: 60_000, consumerTtlMs: 60_000 });
  await store.saveFlow({ ...record });
  return timeEach(() => store.flowFor(record.flowId, owner));
}

/** The sealed alternative: the record encrypted under a key every instance holds, opened per request. */
async function sealedRead(): Promise<number> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(record))));
  const token = Buffer.from(sealed).toString('base64url');
  return timeEach(async () => {
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, Buffer.from(token, 'base64url'));
    return JSON.parse(new TextDecoder().decode(opened)) as unknown;
  });
}

/** The whole `GET /flows/{id}`: cookie, store, the call to Klarna (the simulator, in process) and the answer. */
async function wholeRead(): Promise<number> {
  const { createHostBackend } = await import('../src/server/index.js');
  const { createKlarnaSimulator } = await import('../src/simulator/index.js');
  const token = 'klarna-api-token-bench-0123456789abcdef';
  const simulator = createKlarnaSimulator({ token, seed: 'bench', basePath: '/klarna', processingMs: 0 });
  const backend = createHostBackend({
    apiBaseUrl: 'http://sim.test/klarna',
    apiToken: token,
    cookieSecret: 'a-cookie-secret-for-the-state-benchmark-0123',
    basePath: '/api',
    sweepIntervalMs: 0,
    identify: () => owner,
    fetch: (request) => simulator(request),
  });
  const headers = { origin: 'http://app.test', 'content-type': 'application/json', 'user-agent': 'bench' };
  const created = await backend(new Request('http://app.test/api/flows', { method: 'POST', headers, body: '{}' }), { clientAddress: '127.0.0.1' });
  const { data } = (await created.json()) as { data: { flow_id: string } };
  const median = await timeEach(
    () => backend(new Request(`http://app.test/api/flows/${data.flow_id}`, { headers }), { clientAddress: '127.0.0.1' }).then((response) => response.text()),
    500,
  );
  await backend.close();
  return median;
}

const results: [string, number][] = [];
results.push(['flow record from the memory store', await storeRead(createStorage())]);
const redis = await startRedis();
if (redis) {
  const storage = createStorage({ driver: redisDriver({ url: redis.url, base: 'bench' }) });
  results.push(['flow record from Redis on loopback', await storeRead(storage)]);
  await storage.dispose();
  await redis.stop();
} else {
  console.log('Redis: skipped (apt-get install redis-server to measure it)');
}
results.push(['flow record sealed (AES-GCM, WebCrypto)', await sealedRead()]);
const whole = await wholeRead();
results.push(['whole GET /flows/{id}, simulator in process', whole]);

console.log(`backend state per GET /flows/{id}: medians of ${rounds} reads, Node ${process.version}, ${cpus().length} cores`);
for (const [label, ms] of results) {
  console.log(`  ${label.padEnd(46)} ${(ms * 1000).toFixed(0).padStart(6)} µs  ${((ms / whole) * 100).toFixed(1).padStart(5)}% of the whole read`);
}
