/**
 * The anonymous owner's cookie under attack: replay after expiry, secrets rotated, a cookie planted
 * by a sibling subdomain (fixation) or on a longer path (denial of service), and the `__Host-` name
 * over https. Real HTTP on loopback; the "https" backends learn the page's scheme from
 * `publicOrigin`, as behind a TLS proxy.
 */
import { expect } from 'chai';
import { createStorage } from 'unstorage';
import { createFlowResponse } from '../../src/schemas/host-backend.js';
import { createHostBackend } from '../../src/server/index.js';
import type { HostBackendOptions } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, listen } from './helpers.js';
import type { Loopback } from './helpers.js';

const apiToken = 'klarna-api-token-cookie-0123456789abcdef';
const oldSecret = 'the-old-cookie-secret-of-32-characters-or-more';
const newSecret = 'the-new-cookie-secret-of-32-characters-or-more';
const day = 24 * 60 * 60_000;

describe('host backend: the browser cookie under attack', function () {
  this.timeout(20_000);
  const servers: Loopback[] = [];
  const shared = createStorage();
  let simUrl: string;
  let clock = Date.now();

  before(async () => {
    const sim = createKlarnaSimulator({ token: apiToken, seed: 'cookie', basePath: '/klarna', processingMs: 0 });
    const simServer = await listen(sim, '/klarna');
    servers.push(simServer);
    simUrl = simServer.url;
  });
  after(async () => {
    for (const server of servers) await server.close();
  });

  /** A backend on its own port sharing one store with the others, as instances of one deployment. */
  async function backend(options: Partial<HostBackendOptions> = {}): Promise<string> {
    const server = await listen(
      createHostBackend({
        apiBaseUrl: `${simUrl}/klarna`,
        apiToken,
        cookieSecret: oldSecret,
        basePath: '/api',
        sweepIntervalMs: 0,
        store: shared,
        now: () => clock,
        ...options,
      }),
      '/api',
    );
    servers.push(server);
    return server.url;
  }

  async function createFlow(browser: Browser): Promise<string> {
    const created = await browser.send('POST', '/api/flows', {});
    expect(created.status, created.text).to.equal(201);
    return parsePayload(createFlowResponse, created.json, 'flow').data.flow_id;
  }

  /** The same cookies sent to another backend (another instance, or the same one later). */
  const carry = (from: Browser, to: string, origin = to): Browser => {
    const browser = new Browser(to, origin);
    for (const [name, value] of from.cookies) browser.cookies.set(name, value);
    return browser;
  };

  it('a cookie is refused once it expired (a day after it was issued), also when replayed with the clock a year ahead', async () => {
    clock = Date.now();
    const url = await backend();
    const browser = new Browser(url, url);
    const flowId = await createFlow(browser);
    clock += day - 60_000;
    expect((await browser.send('GET', `/api/flows/${flowId}`)).status, 'within the day').to.equal(200);
    clock += 120_000;
    expect((await browser.send('GET', `/api/flows/${flowId}`)).status, 'a day and a minute later').to.equal(404);
    clock = Date.now() + 365 * day;
    expect((await browser.send('GET', `/api/flows/${flowId}`)).status, 'a year later').to.equal(404);
    const again = await browser.send('POST', '/api/flows', {});
    expect(again.headers.get('set-cookie'), 'a new cookie replaces the expired one').to.match(/^xs2a_browser=/);
    clock = Date.now();
  });

  it('rotates secrets: the first signs, every one verifies, a dropped one no longer does', async () => {
    const before = await backend({ cookieSecret: oldSecret });
    const during = await backend({ cookieSecret: [newSecret, oldSecret] });
    const after = await backend({ cookieSecret: [newSecret] });
    const browser = new Browser(before, before);
    const flowId = await createFlow(browser);
    expect((await carry(browser, during).send('GET', `/api/flows/${flowId}`)).status, 'old cookie, both secrets').to.equal(200);
    expect((await carry(browser, after).send('GET', `/api/flows/${flowId}`)).status, 'old cookie, old secret dropped').to.equal(404);
    const fresh = new Browser(during, during);
    const freshFlow = await createFlow(fresh);
    expect((await carry(fresh, after).send('GET', `/api/flows/${freshFlow}`)).status, 'signed with the new secret').to.equal(200);
    expect((await carry(fresh, before).send('GET', `/api/flows/${freshFlow}`)).status, 'an instance without it').to.equal(404);
  });

  it('refuses a list with no secret or a short one', () => {
    for (const cookieSecret of [[], [newSecret, 'short']]) {
      expect(() => createHostBackend({ apiBaseUrl: `${simUrl}/klarna`, apiToken, cookieSecret })).to.throw(TypeError, /32 characters/);
    }
  });

  it('over https the cookie is __Host-, Secure, Path=/ and has no Domain, whatever the basePath', async () => {
    const url = await backend({ publicOrigin: 'https://bank.example', basePath: '/api' });
    const browser = new Browser(url, 'https://bank.example');
    const created = await browser.send('POST', '/api/flows', {});
    const cookie = created.headers.get('set-cookie') ?? '';
    expect(cookie).to.match(/^__Host-xs2a_browser=/);
    expect(cookie).to.contain('; Secure');
    expect(cookie).to.contain('; Path=/;');
    expect(cookie.toLowerCase()).to.not.contain('domain=');
  });

  it('session fixation: over https a cookie without the __Host- prefix (what a sibling subdomain can plant) owns nothing', async () => {
    // The attacker gets a well-signed cookie of their own, then plants it under the plain name
    // with Domain=bank.example, which any subdomain may set; the victim connects a bank.
    const plain = await backend();
    const attacker = new Browser(plain, plain);
    await createFlow(attacker);
    const [, attackerValue] = [...attacker.cookies].find(([name]) => name === 'xs2a_browser')!;
    const https = await backend({ publicOrigin: 'https://bank.example' });
    const victim = new Browser(https, 'https://bank.example');
    victim.cookies.set('xs2a_browser', attackerValue);
    const created = await victim.send('POST', '/api/flows', {});
    expect(created.status).to.equal(201);
    expect(created.headers.get('set-cookie'), 'the victim gets a cookie of its own').to.match(/^__Host-xs2a_browser=/);
    const victimFlow = parsePayload(createFlowResponse, created.json, 'flow').data.flow_id;
    // The attacker, with the cookie they planted, cannot read the victim's flow.
    const thief = new Browser(https, 'https://bank.example');
    thief.cookies.set('xs2a_browser', attackerValue);
    expect((await thief.send('GET', `/api/flows/${victimFlow}`)).status).to.equal(404);
    expect((await victim.send('GET', `/api/flows/${victimFlow}`)).status).to.equal(200);
  });

  it('a junk cookie planted on a longer path, sent first, does not hide the real one', async () => {
    const url = await backend();
    const browser = new Browser(url, url);
    const flowId = await createFlow(browser);
    const real = browser.cookies.get('xs2a_browser')!;
    const answer = await fetch(`${url}/api/flows/${flowId}`, { headers: { origin: url, cookie: `xs2a_browser=junk.junk.junk; xs2a_browser=${real}` } });
    expect(answer.status).to.equal(200);
  });
});
