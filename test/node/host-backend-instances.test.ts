/**
 * The host backend as it runs in production: several instances sharing one store behind a
 * round-robin proxy (with and without `Host` rewriting), a new backend for every request
 * (serverless), and a restart between the bank login and the read. Each runs with unstorage's
 * memory driver shared by the instances and with its Redis driver against a real Redis server.
 */
import { expect } from 'chai';
import { request as httpRequest, createServer } from 'node:http';
import type { Storage } from 'unstorage';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createFlowResponse, getFlowResponse } from '../../src/schemas/host-backend.js';
import { sessionInfoResponse } from '../../src/schemas/sessions.js';
import { createHostBackend } from '../../src/server/index.js';
import type { ConsumerEvent, HostBackend, HostBackendOptions } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, claimsOf, listen, passTestBank, serveOnLoopback } from './helpers.js';
import type { Loopback } from './helpers.js';
import { startRedis } from './helpers-redis.js';
import type { RedisServer } from './helpers-redis.js';

const apiToken = 'klarna-api-token-instances-0123456789';
const cookieSecret = 'a-cookie-secret-shared-by-every-instance-0123';

/** An HTTP proxy on loopback: each request goes to `pick()`'s target, `Host` rewritten to it if asked (nginx's default). */
function proxy(pick: () => string, rewriteHost: boolean): Promise<Loopback> {
  const server = createServer((req, res) => {
    const target = new URL(pick());
    const headers = { ...req.headers, ...(rewriteHost ? { host: target.host } : {}) };
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  return serveOnLoopback(server);
}

interface World {
  simUrl: string;
  consumers: ConsumerEvent[];
  options(extra?: Partial<HostBackendOptions>): HostBackendOptions;
  sessionState(clientToken: string): Promise<string>;
  close(): Promise<void>;
}

async function world(store: () => Storage): Promise<World> {
  const sim = createKlarnaSimulator({ token: apiToken, seed: 'instances', basePath: '/klarna', processingMs: 0 });
  const simServer = await listen(sim, '/klarna');
  const consumers: ConsumerEvent[] = [];
  return {
    simUrl: simServer.url,
    consumers,
    options: (extra = {}) => ({
      apiBaseUrl: `${simServer.url}/klarna`,
      apiToken,
      cookieSecret,
      basePath: '/api',
      sweepIntervalMs: 0,
      store: store(),
      onConsumer: (event) => {
        consumers.push(event);
      },
      ...extra,
    }),
    async sessionState(clientToken) {
      const response = await fetch(`${simServer.url}/klarna/xs2a/v1/sessions/${claimsOf(clientToken).session_id}`, { headers: { authorization: `Token ${apiToken}` } });
      return parsePayload(sessionInfoResponse, await response.json(), 'session').data.state;
    },
    close: () => simServer.close(),
  };
}

/**
 * A consumer's whole visit through `base`: create, the test bank, read until FINISHED, report,
 * close. `between` runs after the bank login, before the first read (a restart, say).
 */
async function visit(env: World, base: string, between: () => Promise<void> = () => Promise.resolve()) {
  const browser = new Browser(base, base);
  const created = await browser.send('POST', '/api/flows', {});
  expect(created.status, created.text).to.equal(201);
  const { flow_id: flowId, client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
  await passTestBank(clientToken);
  await between();
  const read = await browser.send('GET', `/api/flows/${flowId}`);
  expect(read.status, read.text).to.equal(200);
  const flow = parsePayload(getFlowResponse, read.json, 'flow').data;
  expect(flow.state).to.equal('FINISHED');
  const result = flow.result as { insights_consumer_id: string; accounts: { insights_account_id: string }[] };
  const report = await browser.send('POST', '/api/reports', { insights_consumer_id: result.insights_consumer_id });
  expect(report.status, report.text).to.equal(200);
  expect(report.text).to.contain(result.accounts[0]!.insights_account_id);
  const closed = await browser.send('DELETE', `/api/flows/${flowId}`);
  expect(closed.status, closed.text).to.equal(204);
  expect(await env.sessionState(clientToken)).to.not.equal('IDLE');
  // Another browser, on whichever instance, finds nothing.
  expect((await new Browser(base, base).send('GET', `/api/flows/${flowId}`)).status).to.equal(404);
  return { flowId, consumerId: result.insights_consumer_id, clientToken };
}

const stores: { name: string; setUp: () => Promise<{ store: () => Storage; tearDown: () => Promise<void> } | undefined> }[] = [
  {
    name: 'a memory store shared by the instances',
    setUp() {
      const shared = createStorage();
      return Promise.resolve({ store: () => shared, tearDown: () => Promise.resolve() });
    },
  },
  {
    name: 'Redis (unstorage’s redis driver, a real redis-server)',
    async setUp() {
      const redis: RedisServer | undefined = await startRedis();
      if (!redis) return undefined;
      const made: Storage[] = [];
      return {
        // Each instance its own client, as separate processes would have.
        store: () => {
          const storage = createStorage({ driver: redisDriver({ url: redis.url, base: 'test' }) });
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

for (const { name, setUp } of stores) {
  describe(`host backend on many instances: ${name}`, function () {
    this.timeout(30_000);
    let env: World;
    let tearDown: () => Promise<void> = () => Promise.resolve();
    const servers: Loopback[] = [];
    const backends: HostBackend[] = [];

    before(async function () {
      const ready = await setUp();
      if (!ready) {
        console.log('      skipped: redis-server is not installed (apt-get install redis-server, then npm test)');
        this.skip();
      }
      env = await world(ready.store);
      tearDown = async () => {
        await env.close();
        await ready.tearDown();
      };
    });

    after(async () => {
      for (const backend of backends) await backend.close();
      for (const server of servers) await server.close();
      await tearDown();
    });

    const instance = async (extra: Partial<HostBackendOptions> = {}): Promise<{ backend: HostBackend; server: Loopback }> => {
      const backend = createHostBackend(env.options(extra));
      const server = await listen(backend, '/api');
      backends.push(backend);
      servers.push(server);
      return { backend, server };
    };

    for (const rewriteHost of [false, true]) {
      it(`two instances behind a round-robin proxy${rewriteHost ? ' that rewrites Host (publicOrigin set)' : ''}: every request on the other instance, onConsumer once`, async () => {
        const targets: string[] = [];
        let next = 0;
        const front = await proxy(() => targets[next++ % targets.length]!, rewriteHost);
        servers.push(front);
        const extra = rewriteHost ? { publicOrigin: front.url } : {};
        targets.push((await instance(extra)).server.url, (await instance(extra)).server.url);
        const before = env.consumers.length;
        const { flowId, consumerId } = await visit(env, front.url);
        expect(next, 'requests through the proxy').to.be.greaterThanOrEqual(5);
        const delivered = env.consumers.slice(before);
        expect(delivered.map((event) => [event.flowId, event.consumerId])).to.deep.equal([[flowId, consumerId]]);
      });
    }

    it('refuses a page whose origin the instance cannot see behind a Host-rewriting proxy, and says why in the log', async () => {
      const logs: string[] = [];
      const { server } = await instance({ log: (level, message) => logs.push(`${level} ${message}`) });
      const front = await proxy(() => server.url, true);
      servers.push(front);
      const answer = await new Browser(front.url, front.url).send('POST', '/api/flows', {});
      expect(answer.status).to.equal(403);
      expect(logs.join('\n')).to.contain('publicOrigin');
    });

    it('a new backend for every request (serverless): create, read, report and close all work', async () => {
      const server = await listen((request, context) => {
        const backend = createHostBackend(env.options());
        return backend(request, context);
      }, '/api');
      servers.push(server);
      await visit(env, server.url);
    });

    it('a restart between the bank login and the read: the consumer gets the result and the report', async () => {
      let current = (await instance()).server.url;
      const front = await proxy(() => current, false);
      servers.push(front);
      await visit(env, front.url, async () => {
        const old = servers.findIndex((server) => server.url === current);
        await servers.splice(old, 1)[0]!.close();
        current = (await instance()).server.url;
      });
    });

    it('onConsumer once although four reads race on two instances', async () => {
      const a = await instance();
      const b = await instance();
      const browser = new Browser(a.server.url, a.server.url);
      const created = await browser.send('POST', '/api/flows', {});
      const { flow_id: flowId, client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
      await passTestBank(clientToken);
      const before = env.consumers.length;
      const other = new Browser(b.server.url, b.server.url);
      for (const [cookie, value] of browser.cookies) other.cookies.set(cookie, value);
      const reads = await Promise.all([browser, other, browser, other].map((jar) => jar.send('GET', `/api/flows/${flowId}`)));
      expect(reads.map((read) => read.status)).to.deep.equal([200, 200, 200, 200]);
      expect(env.consumers.slice(before).map((event) => event.flowId)).to.deep.equal([flowId]);
    });

    it('the sweep on another instance closes a session a browser left open', async () => {
      const a = await instance();
      const b = await instance();
      const browser = new Browser(a.server.url, a.server.url);
      const created = await browser.send('POST', '/api/flows', {});
      const { client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
      await passTestBank(clientToken);
      // The browser never reads nor closes the flow; the other instance's sweep does.
      await b.backend.sweep();
      expect(await env.sessionState(clientToken)).to.not.equal('IDLE');
    });
  });
}

describe('host backend owners: identify, onConsumer, authorizeConsumer', function () {
  this.timeout(30_000);
  let env: World;
  let server: Loopback;
  const authorized: [string, string][] = [];
  const shared = createStorage();

  before(async () => {
    env = await world(() => shared);
    const backend = createHostBackend(
      env.options({
        identify: (request) => request.headers.get('x-test-user') ?? undefined,
        authorizeConsumer: (owner, consumerId) => authorized.some(([who, id]) => who === owner && id === consumerId),
      }),
    );
    server = await listen(backend, '/api');
  });
  after(async () => {
    await server.close();
    await env.close();
  });

  const as = (user: string | undefined, jar = new Browser(server.url, server.url)) => ({
    jar,
    send: (method: string, path: string, body?: unknown) => jar.send(method, path, body, user ? { 'x-test-user': user } : {}),
  });

  async function connectAs(user: ReturnType<typeof as>, body: unknown = {}) {
    const created = await user.send('POST', '/api/flows', body);
    expect(created.status, created.text).to.equal(201);
    const { flow_id: flowId, client_token: clientToken } = parsePayload(createFlowResponse, created.json, 'flow').data;
    await passTestBank(clientToken);
    const read = await user.send('GET', `/api/flows/${flowId}`);
    const result = (parsePayload(getFlowResponse, read.json, 'flow').data.result ?? {}) as { insights_consumer_id: string };
    return { flowId, consumerId: result.insights_consumer_id, created };
  }

  it('answers 401 without a signed-in user, and sets no cookie', async () => {
    const answer = await as(undefined).send('POST', '/api/flows', {});
    expect(answer.status).to.equal(401);
    expect(answer.headers.get('set-cookie')).to.equal(null);
  });

  it('two users sharing one browser see only their own flows and consumers', async () => {
    const jar = new Browser(server.url, server.url);
    const alice = as('alice', jar);
    const bob = as('bob', jar);
    const { flowId, consumerId } = await connectAs(alice);
    expect((await bob.send('GET', `/api/flows/${flowId}`)).status).to.equal(404);
    expect((await bob.send('POST', '/api/reports', { insights_consumer_id: consumerId })).status).to.equal(404);
    expect((await bob.send('POST', '/api/flows', { insights_consumer_id: consumerId })).status, 'a refresh of another user’s consumer').to.equal(404);
    expect((await alice.send('POST', '/api/reports', { insights_consumer_id: consumerId })).status).to.equal(200);
  });

  it('one user on two browsers sees the same flows and consumers, and may refresh them', async () => {
    const laptop = as('carol');
    const phone = as('carol');
    const { flowId, consumerId } = await connectAs(laptop);
    expect((await phone.send('GET', `/api/flows/${flowId}`)).status).to.equal(200);
    expect((await phone.send('POST', '/api/reports', { insights_consumer_id: consumerId })).status).to.equal(200);
    const refresh = await connectAs(phone, { insights_consumer_id: consumerId });
    expect(refresh.consumerId, 'the refresh keeps the consumer').to.equal(consumerId);
    const events = env.consumers.filter((event) => event.owner === 'carol');
    expect(events.map((event) => event.flowId)).to.deep.equal([flowId, refresh.flowId]);
    expect(events.every((event) => event.consumerId === consumerId && event.accountIds.length > 0)).to.equal(true);
  });

  it('authorizeConsumer allows a consumer the store never saw, and only for the owner it names', async () => {
    const { consumerId } = await connectAs(as('dave'));
    // The store forgets everything (another deployment, say); the host's database still knows dave's consumer.
    await shared.clear();
    expect((await as('dave').send('POST', '/api/reports', { insights_consumer_id: consumerId })).status).to.equal(404);
    authorized.push(['dave', consumerId]);
    const report = await as('dave').send('POST', '/api/reports', { insights_consumer_id: consumerId });
    expect(report.status, report.text).to.equal(200);
    expect((await as('erin').send('POST', '/api/reports', { insights_consumer_id: consumerId })).status).to.equal(404);
    expect((await as('dave').send('POST', '/api/flows', { insights_consumer_id: consumerId })).status).to.equal(201);
  });
});
