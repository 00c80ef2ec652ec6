/**
 * A bounded load test of the reference host backend: real HTTP on loopback, the backend in front
 * of the simulator (also over loopback), 50 browsers with their own cookie jars running the
 * contract's routes at once. It sends exactly `visits × 8` requests and stops; every answer must
 * be the one the contract promises. It runs on one instance with the default memory store, and on
 * two instances sharing a real Redis server through unstorage's redis driver, each request going
 * to the other instance than the one before (round-robin), with the shared sweep running.
 * Latency is printed, never asserted: a shared machine's timing says nothing about the code.
 */
import { expect } from 'chai';
import { performance } from 'node:perf_hooks';
import type { Storage, StorageValue } from 'unstorage';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createFlowResponse, getFlowResponse } from '../../src/schemas/host-backend.js';
import { createHostBackend } from '../../src/server/index.js';
import type { BackendStorage, HostBackend } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, listen, passTestBank } from './helpers.js';
import type { Exchange, Loopback } from './helpers.js';
import { startRedis } from './helpers-redis.js';

const apiToken = 'klarna-api-token-load-0123456789abcdef';
const concurrency = 50;
const visits = 250;
/** POST /flows, GET, GET (finished), POST /reports twice, DELETE, GET after DELETE, GET of another browser's flow. */
const requestsPerVisit = 8;
/** Each variant gives up (and fails) after this, whatever is still running; two variants stay under a minute. */
const deadlineMs = 25_000;

interface Sample {
  route: string;
  ms: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

interface Variant {
  name: string;
  /** Backend instances; requests go round-robin over them. */
  instances: number;
  sweepIntervalMs: number;
  /** A store per instance, or `undefined` when what it needs is not installed (the variant is skipped). */
  setUp(): Promise<{ store: () => Storage | undefined; tearDown: () => Promise<void> } | undefined>;
}

/** The store as the backend uses it, counting the sweeps: each starts by listing the open flows. */
function countingSweeps(storage: Storage, counter: { sweeps: number }): BackendStorage {
  return {
    getItem: (key) => storage.getItem(key),
    getItems: (keys) => storage.getItems(keys),
    setItem: (key, value, options) => storage.setItem(key, value as StorageValue, options),
    removeItem: (key) => storage.removeItem(key),
    getKeys(base) {
      if (base === 'xs2a:open') counter.sweeps += 1;
      return storage.getKeys(base);
    },
    getMount: (key) => storage.getMount(key),
  };
}

const variants: Variant[] = [
  {
    name: 'one instance, the default memory store',
    instances: 1,
    sweepIntervalMs: 0,
    setUp: () => Promise.resolve({ store: () => undefined, tearDown: () => Promise.resolve() }),
  },
  {
    name: 'two instances round-robin, sharing Redis (unstorage’s redis driver, a real redis-server), the sweep on',
    instances: 2,
    sweepIntervalMs: 500,
    async setUp() {
      const redis = await startRedis();
      if (!redis) return undefined;
      const made: Storage[] = [];
      return {
        // Each instance its own client, as separate processes would have.
        store: () => {
          const storage = createStorage({ driver: redisDriver({ url: redis.url, base: 'load' }) });
          made.push(storage);
          return storage;
        },
        tearDown: async () => {
          await Promise.all(made.map((storage) => storage.dispose()));
          await redis.stop();
        },
      };
    },
  },
];

for (const variant of variants) {
  describe(`host backend under load (loopback, bounded): ${variant.name}`, function () {
    this.timeout(deadlineMs + 15_000);
    let simServer: Loopback | undefined;
    const servers: Loopback[] = [];
    const backends: HostBackend[] = [];
    /** Requests each instance answered. */
    const answered: number[] = [];
    let tearDown: () => Promise<void> = () => Promise.resolve();
    /** A client of the shared store, to look into it after the run. */
    let shared: Storage | undefined;
    const counter = { sweeps: 0 };
    const logs: string[] = [];

    before(async function () {
      const ready = await variant.setUp();
      if (!ready) {
        console.log('      skipped: redis-server is not installed (apt-get install redis-server, then npm test)');
        this.skip();
      }
      tearDown = ready.tearDown;
      const sim = createKlarnaSimulator({ token: apiToken, seed: 'load', basePath: '/klarna', processingMs: 0 });
      simServer = await listen(sim, '/klarna');
      for (let index = 0; index < variant.instances; index++) {
        const store = ready.store();
        shared ??= store;
        const backend = createHostBackend({
          apiBaseUrl: `${simServer.url}/klarna`,
          apiToken,
          cookieSecret: 'a-cookie-secret-for-the-load-test-0123456789',
          basePath: '/api',
          sweepIntervalMs: variant.sweepIntervalMs,
          ...(store ? { store: countingSweeps(store, counter) } : {}),
          log: (level, message) => logs.push(`${level} ${message}`),
        });
        backends.push(backend);
        answered.push(0);
        servers.push(
          await listen((request, context) => {
            answered[index] = (answered[index] ?? 0) + 1;
            return backend(request, context);
          }, '/api'),
        );
      }
    });

    after(async () => {
      for (const backend of backends) await backend.close();
      for (const server of servers) await server.close();
      await simServer?.close();
      await tearDown();
    });

    it(`answers ${visits * requestsPerVisit} requests from ${concurrency} cookie jars at once, each as the contract says`, async () => {
      let samples: Sample[] = [];
      const errors: string[] = [];
      const deadline = AbortSignal.timeout(deadlineMs);
      /** The last flow each browser finished, for another browser to try (and get 404). */
      const finishedFlows: string[] = [];
      let nextVisit = 0;
      let nextInstance = 0;
      /** Every request to the instance after the one before. */
      const roundRobin = (): string => servers[nextInstance++ % servers.length]?.url ?? '';

      /** One backend request, timed; a wrong status or a leaked token is an error, not a throw. */
      const call = async (browser: Browser, route: string, method: string, path: string, expected: number, body?: unknown): Promise<Exchange | undefined> => {
        const start = performance.now();
        let answer: Exchange;
        try {
          answer = await browser.send(method, path, body);
        } catch (error) {
          errors.push(`${route}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        } finally {
          samples.push({ route, ms: performance.now() - start });
          browser.seen.length = 0;
        }
        let leaked = answer.text.includes(apiToken);
        answer.headers.forEach((value) => {
          leaked ||= value.includes(apiToken);
        });
        if (leaked) errors.push(`${route}: the API token is in the answer`);
        if (answer.status !== expected) {
          errors.push(`${route}: ${answer.status} instead of ${expected}: ${answer.text.slice(0, 200)}`);
          return undefined;
        }
        return answer;
      };

      /** Create a flow, pass the test bank, read it until FINISHED, fetch reports, close it. */
      const visit = async (browser: Browser): Promise<void> => {
        const created = await call(browser, 'POST /flows', 'POST', '/api/flows', 201, { language: 'de' });
        if (!created) return;
        const { flow_id: flowId, client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
        const waiting = await call(browser, 'GET /flows/{id}', 'GET', `/api/flows/${flowId}`, 200);
        if (waiting && parsePayload(getFlowResponse, waiting.json, 'flow').data.state !== 'CONSUMER_INPUT_NEEDED') {
          errors.push(`GET /flows/{id}: a new flow is ${JSON.stringify(waiting.json)}`);
        }
        // The consumer in the (simulated) XS2A App: not the backend's traffic, so not counted.
        await passTestBank(clientToken);

        const finished = await call(browser, 'GET /flows/{id}', 'GET', `/api/flows/${flowId}`, 200);
        const flow = finished && parsePayload(getFlowResponse, finished.json, 'flow').data;
        const result = flow?.result as { insights_consumer_id?: string; accounts?: { insights_account_id: string }[] } | undefined;
        if (flow?.state !== 'FINISHED' || !result?.insights_consumer_id) {
          errors.push(`GET /flows/{id}: expected FINISHED with a result, got ${JSON.stringify(flow)}`);
          return;
        }
        const consumer = result.insights_consumer_id;
        const account = result.accounts?.[0]?.insights_account_id ?? '';
        const full = await call(browser, 'POST /reports', 'POST', '/api/reports', 200, { insights_consumer_id: consumer });
        if (full && !full.text.includes(account)) errors.push('POST /reports: the report is not of the consumer’s account');
        await call(browser, 'POST /reports', 'POST', '/api/reports', 200, {
          insights_consumer_id: consumer,
          insights_account_ids: [account],
          from_date: '2024-01-01',
          to_date: '2100-01-01',
          reports: ['CATEGORIZED_TRANSACTIONSV2'],
        });
        await call(browser, 'DELETE /flows/{id}', 'DELETE', `/api/flows/${flowId}`, 204);
        await call(browser, 'GET /flows/{id}', 'GET', `/api/flows/${flowId}`, 200);
        // Someone else's flow, finished and closed: this browser must not see it.
        const foreign = finishedFlows.find((id) => id !== flowId) ?? 'no-such-flow';
        await call(browser, 'GET another browser’s flow', 'GET', `/api/flows/${foreign}`, 404);
        finishedFlows.unshift(flowId);
        finishedFlows.length = Math.min(finishedFlows.length, concurrency);
      };

      const worker = async (): Promise<void> => {
        const browser = new Browser(roundRobin);
        while (nextVisit < visits && !deadline.aborted) {
          nextVisit += 1;
          try {
            await visit(browser);
          } catch (error) {
            errors.push(`visit: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      };
      // One visit first, not counted: the first requests load and compile code on both servers.
      await visit(new Browser(roundRobin));
      samples = [];
      const started = performance.now();
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - started) / 1000;

      const all = samples.map((sample) => sample.ms).sort((a, b) => a - b);
      const routes = [...new Set(samples.map((sample) => sample.route))].map((route) => {
        const times = samples.filter((sample) => sample.route === route).map((sample) => sample.ms).sort((a, b) => a - b);
        return `${route} ${percentile(times, 50).toFixed(1)}/${percentile(times, 99).toFixed(1)}`;
      });
      // Flows the browsers closed while a sweep held an older copy may be listed as open again; the next sweep closes them.
      const leftOpen = shared ? `, ${counter.sweeps} sweeps, ${(await shared.getKeys('xs2a:open')).length} flows listed open after` : '';
      console.log(
        `      load (${servers.length} instance${servers.length > 1 ? 's' : ''}: ${answered.join(' + ')} requests${leftOpen}): ${samples.length} requests, ${concurrency} concurrent, ${errors.length} errors in ${seconds.toFixed(1)} s ` +
          `(${Math.round(samples.length / seconds)} req/s); latency p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms; ` +
          `p50/p99 ms by route: ${routes.join(', ')}`,
      );

      expect(deadline.aborted, `did not finish within ${deadlineMs} ms`).to.equal(false);
      expect(errors.slice(0, 10), `${errors.length} errors`).to.deep.equal([]);
      expect(samples).to.have.length(visits * requestsPerVisit);
      expect(logs.filter((line) => !line.startsWith('info ')), 'warnings or errors logged').to.deep.equal([]);
      for (const line of logs) expect(line).to.not.contain(apiToken);
      expect(Math.max(...answered) - Math.min(...answered), `requests per instance: ${answered.join(', ')}`).to.be.at.most(1);
      if (variant.sweepIntervalMs > 0) {
        expect(counter.sweeps, 'sweeps during the run').to.be.greaterThan(0);
        // Every flow was closed by its browser: after one more sweep none is listed open.
        await backends[1]?.sweep();
        expect(await shared?.getKeys('xs2a:open'), 'flows listed open after a sweep').to.deep.equal([]);
      }
    });
  });
}
