/**
 * Floods: one browser or one address starting flow after flow. Each owner may hold a bounded
 * number of open flows and, optionally, start a bounded number per window; beyond that it gets 429
 * with Retry-After, while everyone else's flows keep working. The limits live in the store, so
 * they hold across instances.
 */
import { expect } from 'chai';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { startRedis } from './helpers-redis.js';
import { createFlowResponse, getFlowResponse } from '../../src/schemas/host-backend.js';
import { createHostBackend } from '../../src/server/index.js';
import type { HostBackendOptions } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, listen, passTestBank } from './helpers.js';
import type { Loopback } from './helpers.js';

const apiToken = 'klarna-api-token-limits-0123456789abcdef';

describe('host backend: per-owner limits under a flood', function () {
  this.timeout(30_000);
  const servers: Loopback[] = [];
  let simUrl: string;

  before(async () => {
    const simServer = await listen(createKlarnaSimulator({ token: apiToken, seed: 'limits', basePath: '/klarna', processingMs: 0 }), '/klarna');
    servers.push(simServer);
    simUrl = simServer.url;
  });
  after(async () => {
    for (const server of servers) await server.close();
  });

  async function backend(options: Partial<HostBackendOptions> = {}): Promise<string> {
    const server = await listen(
      createHostBackend({ apiBaseUrl: `${simUrl}/klarna`, apiToken, cookieSecret: 'a-cookie-secret-for-the-limit-tests-0123', basePath: '/api', sweepIntervalMs: 0, ...options }),
      '/api',
    );
    servers.push(server);
    return server.url;
  }

  const flowIdOf = (json: unknown): string => parsePayload(createFlowResponse, json, 'flow').data.flow_id;

  it('200 flows from one browser: 10 open, the rest 429 with Retry-After; another consumer connects meanwhile; a closed flow makes room', async () => {
    const url = await backend();
    const victim = new Browser(url, url);
    const victimCreated = await victim.send('POST', '/api/flows', {});
    expect(victimCreated.status).to.equal(201);
    const attacker = new Browser(url, url);
    const answers = [];
    for (let i = 0; i < 200; i++) answers.push(await attacker.send('POST', '/api/flows', {}));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).to.have.length(10);
    expect(statuses.slice(10).every((status) => status === 429)).to.equal(true);
    const refused = answers[10]!;
    expect(Number(refused.headers.get('retry-after'))).to.be.within(1, 30 * 60);
    expect(refused.json).to.deep.equal({ error: { code: 'too-many-requests', message: 'Too many bank connections are open; finish or close one first' } });

    // The victim's flow was neither evicted nor slowed: the bank login finishes and is read.
    const { client_token: clientToken } = parsePayload(createFlowResponse, victimCreated.json, 'flow').data;
    await passTestBank(clientToken);
    const read = await victim.send('GET', `/api/flows/${flowIdOf(victimCreated.json)}`);
    expect(parsePayload(getFlowResponse, read.json, 'flow').data.state).to.equal('FINISHED');

    expect((await attacker.send('DELETE', `/api/flows/${flowIdOf(answers[0]!.json)}`)).status).to.equal(204);
    expect((await attacker.send('POST', '/api/flows', {})).status, 'after closing one').to.equal(201);
  });

  it('the open-flows limit holds across two instances sharing a store', async () => {
    const store = createStorage();
    const a = await backend({ store, maxOpenFlowsPerOwner: 3 });
    const b = await backend({ store, maxOpenFlowsPerOwner: 3 });
    const onA = new Browser(a, a);
    expect((await onA.send('POST', '/api/flows', {})).status).to.equal(201);
    expect((await onA.send('POST', '/api/flows', {})).status).to.equal(201);
    const onB = new Browser(b, b);
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    expect((await onB.send('POST', '/api/flows', {})).status).to.equal(201);
    expect((await onB.send('POST', '/api/flows', {})).status).to.equal(429);
    expect((await onA.send('POST', '/api/flows', {})).status).to.equal(429);
  });

  it('flowRateLimit: a client dropping its cookie each time is still counted by its address; another address is not', async () => {
    const url = await backend({ flowRateLimit: { flows: 3, windowMs: 60_000 }, clientAddress: (request) => request.headers.get('x-test-address') ?? undefined });
    const from = (address: string) => new Browser(url, url).send('POST', '/api/flows', {}, { 'x-test-address': address });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await from('203.0.113.7')).status);
    expect(statuses).to.deep.equal([201, 201, 201, 429, 429]);
    const limited = await from('203.0.113.7');
    expect(Number(limited.headers.get('retry-after'))).to.be.within(1, 60);
    expect((await from('198.51.100.1')).status, 'another address').to.equal(201);
  });

  it('both limits on Redis, counted by its own INCR across two instances', async function () {
    const redis = await startRedis();
    if (!redis) {
      console.log('      skipped: redis-server is not installed (apt-get install redis-server, then npm test)');
      this.skip();
    }
    const stores = [0, 1].map(() => createStorage({ driver: redisDriver({ url: redis.url, base: 'limits' }) }));
    try {
      const options = { flowRateLimit: { flows: 4, windowMs: 60_000 }, maxOpenFlowsPerOwner: 2 };
      const [a, b] = [await backend({ ...options, store: stores[0] }), await backend({ ...options, store: stores[1] })];
      const first = new Browser(a, a);
      const statuses = [(await first.send('POST', '/api/flows', {})).status];
      const second = new Browser(b, b);
      for (const [name, value] of first.cookies) second.cookies.set(name, value);
      statuses.push((await second.send('POST', '/api/flows', {})).status, (await second.send('POST', '/api/flows', {})).status);
      expect(statuses, 'the open-flows limit').to.deep.equal([201, 201, 429]);
      // The same address (loopback) from new browsers: two more fit the window of four, then 429.
      const fresh = await Promise.all([a, b, a].map((url) => new Browser(url, url).send('POST', '/api/flows', {})));
      expect(fresh.map((answer) => answer.status).sort(), 'the rate limit').to.deep.equal([201, 429, 429]);
    } finally {
      await Promise.all(stores.map((store) => store.dispose()));
      await redis.stop();
    }
  });
});
