/**
 * The backend recipes in examples/backend, each run as the README shows it: a consumer's whole
 * visit over real HTTP on loopback (create, the simulator's test bank, read until FINISHED,
 * report, close) through Express behind `express.json()`, Fastify, Hono, a Next.js route file, a
 * Cloudflare Worker on a KV namespace and Node's server on a real Redis.
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import * as cloudflareRecipe from '../../examples/backend/cloudflare-worker.js';
import * as expressRecipe from '../../examples/backend/express.js';
import * as fastifyRecipe from '../../examples/backend/fastify.js';
import * as honoRecipe from '../../examples/backend/hono.js';
import * as redisRecipe from '../../examples/backend/redis.js';
import { createFlowResponse, getFlowResponse } from '../../src/schemas/host-backend.js';
import { sessionInfoResponse } from '../../src/schemas/sessions.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, claimsOf, listen, passTestBank, serveOnLoopback } from './helpers.js';
import type { Loopback } from './helpers.js';
import { startRedis } from './helpers-redis.js';

const apiToken = 'klarna-api-token-platforms-0123456789';
const cookieSecret = 'a-cookie-secret-for-the-platform-recipes-0123';

/** Workers KV in memory: the methods unstorage's `cloudflare-kv-binding` driver calls, with expiry. */
class FakeKVNamespace {
  readonly entries = new Map<string, { value: string; expires: number }>();

  #live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.#live(key));
  }

  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void> {
    if (typeof value !== 'string') throw new TypeError('KV.put: this fake takes strings, as unstorage sends them');
    if (options?.expirationTtl !== undefined && options.expirationTtl < 60) throw new RangeError('KV.put: expirationTtl must be at least 60');
    this.entries.set(key, { value, expires: options?.expirationTtl === undefined ? Infinity : Date.now() + options.expirationTtl * 1000 });
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  /** Pages of two keys, so the driver's cursor loop is exercised. */
  list(options: { prefix?: string; cursor?: string } = {}): Promise<{ keys: { name: string }[]; list_complete: boolean; cursor?: string }> {
    const names = [...this.entries.keys()].filter((name) => this.#live(name) !== null && name.startsWith(options.prefix ?? '')).sort();
    const from = options.cursor ? Number(options.cursor) : 0;
    const page = names.slice(from, from + 2).map((name) => ({ name }));
    const complete = from + 2 >= names.length;
    return Promise.resolve(complete ? { keys: page, list_complete: true } : { keys: page, list_complete: false, cursor: String(from + 2) });
  }
}

/** An execution context that records what the handler hands to `waitUntil`, as Workers would keep it alive. */
class RecordingContext {
  readonly handed: Promise<unknown>[] = [];
  props = {};

  waitUntil(promise: Promise<unknown>): void {
    this.handed.push(promise);
  }

  passThroughOnException(): void {
    // Nothing to pass through to in a test.
  }
}

describe('host backend recipes (examples/backend)', function () {
  this.timeout(30_000);
  let sim: Loopback;
  let vars: { KLARNA_API_URL: string; KLARNA_API_TOKEN: string; XS2A_COOKIE_SECRET: string };
  const closers: (() => Promise<void>)[] = [];

  before(async () => {
    sim = await listen(createKlarnaSimulator({ token: apiToken, seed: 'platforms', basePath: '/klarna', processingMs: 0 }), '/klarna');
    vars = { KLARNA_API_URL: `${sim.url}/klarna`, KLARNA_API_TOKEN: apiToken, XS2A_COOKIE_SECRET: cookieSecret };
  });

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  after(async () => {
    await sim.close();
  });

  const sessionState = async (clientToken: string): Promise<string> => {
    const response = await fetch(`${sim.url}/klarna/xs2a/v1/sessions/${claimsOf(clientToken).session_id}`, { headers: { authorization: `Token ${apiToken}` } });
    return parsePayload(sessionInfoResponse, await response.json(), 'session').data.state;
  };

  /** What the platform's proxy in front of a fetch-style runtime adds: the consumer's address. */
  const behindProxy = (request: Request, context: { clientAddress?: string | undefined } | undefined): Request => {
    if (context?.clientAddress) request.headers.set('x-forwarded-for', context.clientAddress);
    return request;
  };

  /** A consumer's whole visit to the backend mounted at `${base}/api/xs2a`. */
  async function visit(base: string): Promise<void> {
    const browser = new Browser(`${base}/api/xs2a`, base);
    const created = await browser.send('POST', '/flows', {});
    expect(created.status, created.text).to.equal(201);
    const { flow_id: flowId, client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
    await passTestBank(clientToken);
    const read = await browser.send('GET', `/flows/${flowId}`);
    expect(read.status, read.text).to.equal(200);
    const flow = parsePayload(getFlowResponse, read.json, 'flow').data;
    expect(flow.state).to.equal('FINISHED');
    const result = flow.result as { insights_consumer_id: string; accounts: { insights_account_id: string }[] };
    const report = await browser.send('POST', '/reports', { insights_consumer_id: result.insights_consumer_id });
    expect(report.status, report.text).to.equal(200);
    expect(report.text).to.contain(result.accounts[0]!.insights_account_id);
    const closed = await browser.send('DELETE', `/flows/${flowId}`);
    expect(closed.status, closed.text).to.equal(204);
    expect(await sessionState(clientToken)).to.not.equal('IDLE');
    // Another browser finds nothing: the flow is bound to the first one's cookie.
    expect((await new Browser(`${base}/api/xs2a`, base).send('GET', `/flows/${flowId}`)).status).to.equal(404);
    for (const exchange of browser.seen) expect(exchange.text).to.not.contain(apiToken);
  }

  it('Express, behind express.json()', async () => {
    const server = await serveOnLoopback(createServer(expressRecipe.createApp(expressRecipe.fromEnv(vars))));
    closers.push(() => server.close());
    await visit(server.url);
  });

  it('Fastify: the web Response sent as it is', async () => {
    const app = fastifyRecipe.createApp(fastifyRecipe.fromEnv(vars));
    closers.push(() => app.close());
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    await visit(address);
  });

  it('Hono on a Node server, with no execution context', async () => {
    const app = honoRecipe.createApp(honoRecipe.fromEnv(vars));
    const server = await listen((request, context) => Promise.resolve(app.fetch(behindProxy(request, context))));
    closers.push(() => server.close());
    await visit(server.url);
  });

  it('Hono on Workers: background work goes to the execution context', async () => {
    const app = honoRecipe.createApp(honoRecipe.fromEnv(vars));
    const ctx = new RecordingContext();
    const server = await listen((request, context) => Promise.resolve(app.fetch(behindProxy(request, context), {}, ctx)));
    closers.push(() => server.close());
    await visit(server.url);
    expect(ctx.handed.length, 'promises handed to waitUntil').to.be.greaterThanOrEqual(1);
    await Promise.all(ctx.handed);
  });

  it('a Next.js route file: GET, POST and DELETE called as Next calls them', async () => {
    // The route file makes its backend from process.env when Next loads it.
    const saved = { ...process.env };
    Object.assign(process.env, vars);
    const route = await import('../../examples/backend/next-route.js').finally(() => {
      for (const name of Object.keys(vars)) {
        if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = saved[name];
      }
    });
    const handlers: Record<string, typeof route.GET | undefined> = { GET: route.GET, POST: route.POST, DELETE: route.DELETE };
    const calls: string[] = [];
    // What Next does for app/api/xs2a/[...path]/route.ts: the method's export, the catch-all's params.
    const server = await listen(async (incoming, context) => {
      const request = behindProxy(incoming, context);
      const handler = handlers[request.method];
      if (!handler) return new Response(null, { status: 405 });
      const path = new URL(request.url).pathname.replace(/^\/api\/xs2a\//, '').split('/');
      calls.push(`${request.method} ${path.join('/')}`);
      return handler(request, { params: Promise.resolve({ path }) });
    });
    closers.push(() => server.close());
    await visit(server.url);
    expect(calls).to.include.members(['POST flows', 'POST reports']);
    expect(calls.some((call) => call.startsWith('GET flows/'))).to.equal(true);
    expect(calls.some((call) => call.startsWith('DELETE flows/'))).to.equal(true);
  });

  it('a Cloudflare Worker on Workers KV: the sweep handed to ctx.waitUntil', async () => {
    const kv = new FakeKVNamespace();
    const env: cloudflareRecipe.Env = { ...vars, XS2A_KV: kv };
    const contexts: RecordingContext[] = [];
    const server = await listen((request, context) => {
      const ctx = new RecordingContext();
      contexts.push(ctx);
      // Cloudflare's edge names the consumer's address in CF-Connecting-IP.
      if (context?.clientAddress) request.headers.set('cf-connecting-ip', context.clientAddress);
      return cloudflareRecipe.default.fetch(request, env, ctx);
    });
    closers.push(() => server.close());
    await visit(server.url);
    expect([...kv.entries.keys()].some((key) => key.startsWith('xs2a:flow')), `KV keys: ${[...kv.entries.keys()].join(', ')}`).to.equal(true);
    const handed = contexts.flatMap((ctx) => ctx.handed);
    expect(handed.length, 'promises handed to waitUntil').to.be.greaterThanOrEqual(1);
    // Workers keep the isolate until these settle; none may reject.
    await Promise.all(handed);
    expect(kv.entries.has('xs2a:claim:sweep'), 'the sweep’s lease in KV').to.equal(true);
  });

  it('Node’s server on Redis (unstorage’s redis driver, a real redis-server)', async function () {
    const redis = await startRedis();
    if (!redis) {
      console.log('      skipped: redis-server is not installed (apt-get install redis-server, then npm test)');
      this.skip();
    }
    closers.push(() => redis.stop());
    const options = redisRecipe.fromEnv({ ...vars, REDIS_URL: redis.url });
    const server = await serveOnLoopback(redisRecipe.createServer(options));
    closers.push(async () => {
      await server.close();
      // Closing the server stops the backend and disposes the store; wait for Redis to be let go.
      await options.store.dispose();
    });
    await visit(server.url);
    expect(await options.store.getKeys('xs2a:flow')).to.not.be.empty;
  });
});
