/**
 * The elements on a page of another origin, in a real Chromium: the page on one loopback port,
 * the host backend on a second (with the page's origin in `allowedOrigins`), the simulator and its
 * launcher on a third. Two ports of 127.0.0.1 are cross-origin but same-site, so the backend's
 * SameSite=Strict cookie travels with `credentials: 'include'`. A fourth origin, not allowed,
 * must fail. The elements are bundled from `src` with rolldown (the repository's tsconfig, so its
 * legacy decorators) when the test starts: npm test runs the Node tests before the build.
 */
import { expect } from 'chai';
import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';
import type { Browser as Chromium, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { chromeArgs, resolveChromePath } from '../../scripts/test-runner/chrome-path.mjs';
import { createFlowResponse } from '../../src/schemas/host-backend.js';
import { sessionInfoResponse } from '../../src/schemas/sessions.js';
import { createHostBackend } from '../../src/server/index.js';
import type { HostBackend } from '../../src/server/index.js';
import { createKlarnaSimulator, defaultLauncherPath } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { claimsOf, listen } from './helpers.js';
import type { Loopback } from './helpers.js';

const apiToken = 'klarna-api-token-cross-origin-0123456789';
const entry = fileURLToPath(new URL('../../src/define.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

/** One request as the backend saw it and answered it. */
interface Seen {
  method: string;
  path: string;
  origin: string | null;
  /** `Access-Control-Request-Method` of a preflight. */
  requestMethod: string | null;
  cookie: boolean;
  status: number;
  headers: Headers;
}

/** What the page observed: the elements' public events, as the page's listeners received them. */
interface Observed {
  type: string;
  detail: { code?: string; message?: string; flowId?: string; result?: { insights_consumer_id?: string } } | null;
}

declare global {
  interface Window {
    observed: Observed[];
  }
}

const hostEvents = ['xs2a-finished', 'xs2a-abort', 'xs2a-error', 'xs2a-report-load'];

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a page on another origin in Chromium (allowedOrigins, CORS with credentials)', function () {
  this.timeout(30_000);
  let chromium: Chromium | undefined;
  let backend: HostBackend | undefined;
  const servers: Loopback[] = [];
  const seen: Seen[] = [];
  const created: { origin: string | null; clientToken: string }[] = [];
  let simUrl = '';
  let apiUrl = '';
  let allowedPage = '';
  let otherPage = '';

  before(async function () {
    let executablePath: string;
    try {
      executablePath = await resolveChromePath();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`      skipped: no Chromium (${reason}); set CHROME_PATH or apt-get install chromium, then npm test`);
      this.skip();
    }
    // One file, as the page serves one: the catalogs, the detail and the views the elements load on demand are inlined.
    const bundle = await build({ input: entry, tsconfig, write: false, output: { format: 'esm', codeSplitting: false }, logLevel: 'silent' });
    const script = bundle.output[0].code;

    const sim = createKlarnaSimulator({ token: apiToken, seed: 'cross-origin', basePath: '/klarna', processingMs: 0 });
    const simServer = await listen(sim, '/klarna');
    servers.push(simServer);
    simUrl = simServer.url;

    // One page server on two ports: two origins, one of them allowed.
    const page = (): Response =>
      new Response(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host page</title></head><body>` +
          `<xs2a-connect id="bank" endpoint="${apiUrl}/api" launcher-src="${simUrl}/klarna${defaultLauncherPath}" language="en">Connect</xs2a-connect>` +
          `<xs2a-report for="bank" endpoint="${apiUrl}/api" locale="en-GB"></xs2a-report>` +
          `<script type="module" src="/elements.js"></script></body></html>`,
        { headers: { 'content-type': 'text/html; charset=utf-8' } },
      );
    const pages = (request: Request): Promise<Response> =>
      Promise.resolve(
        new URL(request.url).pathname === '/elements.js'
          ? new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
          : page(),
      );
    const allowed = await listen(pages);
    const other = await listen(pages);
    servers.push(allowed, other);
    allowedPage = allowed.url;
    otherPage = other.url;

    const handler = createHostBackend({
      apiBaseUrl: `${simUrl}/klarna`,
      apiToken,
      cookieSecret: 'a-cookie-secret-for-the-cross-origin-test-0123',
      basePath: '/api',
      allowedOrigins: [allowedPage],
      sweepIntervalMs: 0,
    });
    backend = handler;
    const api = await listen(async (request, context) => {
      const response = await handler(request, context);
      const { pathname } = new URL(request.url);
      seen.push({
        method: request.method,
        path: pathname,
        origin: request.headers.get('origin'),
        requestMethod: request.headers.get('access-control-request-method'),
        cookie: request.headers.has('cookie'),
        status: response.status,
        headers: response.headers,
      });
      if (request.method === 'POST' && pathname === '/api/flows' && response.status === 201) {
        const { data } = parsePayload(createFlowResponse, await response.clone().json(), 'flow');
        created.push({ origin: request.headers.get('origin'), clientToken: data.client_token });
      }
      return response;
    }, '/api');
    servers.push(api);
    apiUrl = api.url;

    chromium = await puppeteer.launch({ executablePath, headless: true, args: [...chromeArgs] });
  });

  after(async () => {
    await chromium?.close();
    await backend?.close();
    for (const server of servers) await server.close();
  });

  /** Opens a host page that records the elements' events; with `leave`, it navigates away from inside `xs2a-finished`. */
  const open = async (url: string, leave = false): Promise<Page> => {
    const page = await chromium!.newPage();
    await page.evaluateOnNewDocument(
      (names: string[], leaveOnFinish: boolean) => {
        window.observed = [];
        for (const name of names) {
          document.addEventListener(name, (event) => {
            const { detail } = event as CustomEvent<unknown>;
            window.observed.push({ type: event.type, detail: JSON.parse(JSON.stringify(detail ?? null)) as Observed['detail'] });
          });
        }
        if (leaveOnFinish && location.pathname === '/') {
          document.addEventListener('xs2a-finished', (event) => {
            location.assign(`/done?flow=${encodeURIComponent(event.detail.flowId)}`);
          });
        }
      },
      hostEvents,
      leave,
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('xs2a-connect') !== undefined);
    return page;
  };

  const observed = (page: Page): Promise<Observed[]> => page.evaluate(() => window.observed);

  /** Clicks connect and passes the simulator's test bank in its app, as a consumer would. */
  const passTestBank = async (page: Page): Promise<void> => {
    await page.click('xs2a-connect >>> button');
    // The simulator's app renders in an open shadow root; `>>>` pierces it.
    const app = '[data-xs2a-simulator] >>> ';
    // An error instead of the app fails at once, with the element's own words.
    const shown = await waitFor('the XS2A App or an xs2a-error', async () => {
      const error = (await observed(page)).find((event) => event.type === 'xs2a-error');
      if (error) return `xs2a-error: ${JSON.stringify(error.detail)}`;
      return (await page.$(`${app}#xs2a-bank-code`)) ? 'app' : undefined;
    }, 10_000);
    expect(shown).to.equal('app');
    await page.type(`${app}#xs2a-bank-code`, '00000');
    await page.click(`${app}form[data-step="bank"] button[type="submit"]`);
    await page.waitForSelector(`${app}#xs2a-username`);
    await page.type(`${app}#xs2a-username`, 'acin-demo-data');
    await page.type(`${app}#xs2a-password`, 'acin-demo-data');
    await page.click(`${app}form[data-step="login"] button[type="submit"]`);
    await page.waitForSelector(`${app}form[data-step="select-account"]`, { timeout: 10_000 });
    await page.click(`${app}form[data-step="select-account"] button[type="submit"]`);
  };

  const sessionState = async (clientToken: string): Promise<string> => {
    const { session_id: sessionId } = claimsOf(clientToken);
    const session = await fetch(`${simUrl}/klarna/xs2a/v1/sessions/${sessionId}`, { headers: { authorization: `Token ${apiToken}` } });
    return parsePayload(sessionInfoResponse, await session.json(), 'session').data.state;
  };

  it('connects the test bank from the allowed origin: finished, report rows, preflights answered, the keepalive DELETE closes the session', async () => {
    const page = await open(allowedPage);
    await passTestBank(page);

    // What the host page observes: the terminal event, then the report and its rows.
    const events = await waitFor('xs2a-report-load', async () => {
      const list = await observed(page);
      return list.some((event) => event.type === 'xs2a-report-load' || event.type === 'xs2a-error') ? list : undefined;
    }, 15_000);
    expect(events.map((event) => event.type)).to.deep.equal(['xs2a-finished', 'xs2a-report-load']);
    const finished = events[0]!.detail!;
    expect(finished.result?.insights_consumer_id).to.be.a('string');
    await page.$eval('xs2a-report', (report) => report.shadowRoot?.querySelector('xs2a-transaction-list')?.scrollIntoView());
    await page.waitForSelector('xs2a-report >>> xs2a-transaction-list >>> [role="option"]', { timeout: 10_000 });
    const rows = await page.$$eval('xs2a-report >>> xs2a-transaction-list >>> [role="option"]', (nodes) => nodes.length);
    expect(rows).to.be.greaterThan(0);

    // The keepalive DELETE reached the backend, preflighted, with the cookie, and closed the session.
    const flowPath = `/api/flows/${finished.flowId ?? ''}`;
    const closed = await waitFor('the DELETE of the flow', () => seen.find((entry) => entry.method === 'DELETE' && entry.path === flowPath));
    expect([closed.status, closed.origin, closed.cookie]).to.deep.equal([204, allowedPage, true]);
    const mine = seen.filter((entry) => entry.origin === allowedPage);
    const preflights = mine.filter((entry) => entry.method === 'OPTIONS');
    expect(preflights.map((entry) => [entry.path, entry.requestMethod, entry.status])).to.deep.include.members([
      ['/api/flows', 'POST', 204],
      ['/api/reports', 'POST', 204],
      [flowPath, 'DELETE', 204],
    ]);
    for (const entry of mine) {
      expect(entry.headers.get('access-control-allow-origin'), `${entry.method} ${entry.path}`).to.equal(allowedPage);
      expect(entry.headers.get('access-control-allow-credentials'), `${entry.method} ${entry.path}`).to.equal('true');
      expect(entry.headers.get('vary') ?? '', `${entry.method} ${entry.path}`).to.match(/\bOrigin\b/i);
    }
    const first = mine.find((entry) => entry.method === 'POST' && entry.path === '/api/flows');
    expect(first?.headers.get('set-cookie') ?? '', 'the binding cookie').to.match(/SameSite=Strict/i);
    for (const entry of mine.filter((request) => request.method !== 'OPTIONS' && request !== first)) {
      expect(entry.cookie, `${entry.method} ${entry.path} sent the cookie`).to.equal(true);
    }

    expect(await sessionState(created.find((flow) => flow.origin === allowedPage)!.clientToken)).to.equal('CLOSED');
    await page.close();
  });

  it('a host page that navigates away inside xs2a-finished: the preflighted keepalive DELETE still arrives and closes the session', async () => {
    const page = await open(allowedPage, true);
    const before = created.length;
    await passTestBank(page);
    await page.waitForFunction(() => location.pathname === '/done', { timeout: 15_000 });
    const flowId = new URL(page.url()).searchParams.get('flow') ?? '';
    const flowPath = `/api/flows/${flowId}`;
    const closed = await waitFor('the DELETE of the flow', () => seen.find((entry) => entry.method === 'DELETE' && entry.path === flowPath));
    expect([closed.status, closed.origin, closed.cookie]).to.deep.equal([204, allowedPage, true]);
    const preflight = seen.find((entry) => entry.method === 'OPTIONS' && entry.path === flowPath);
    expect([preflight?.requestMethod, preflight?.status]).to.deep.equal(['DELETE', 204]);
    expect(created).to.have.length(before + 1);
    expect(await sessionState(created[before]!.clientToken)).to.equal('CLOSED');
    await page.close();
  });

  it('refuses a page on an origin not in allowedOrigins: the preflight gets 403, the page gets xs2a-error, no flow is created', async () => {
    const page = await open(otherPage);
    await page.click('xs2a-connect >>> button');
    const events = await waitFor('xs2a-error', async () => {
      const list = await observed(page);
      return list.length > 0 ? list : undefined;
    });
    expect(events.map((event) => [event.type, event.detail?.code])).to.deep.equal([['xs2a-error', 'network']]);
    const theirs = seen.filter((entry) => entry.origin === otherPage);
    expect(theirs.map((entry) => [entry.method, entry.path, entry.status])).to.deep.equal([['OPTIONS', '/api/flows', 403]]);
    expect(theirs[0]!.headers.get('access-control-allow-origin')).to.equal(null);
    expect(created.filter((flow) => flow.origin === otherPage)).to.deep.equal([]);
    expect(await page.$eval('xs2a-connect', (element) => element.getAttribute('state'))).to.equal('error');
    await page.close();
  });

  it('two elements started at once on a page whose browser has no cookie yet: one cookie, both flows its own', async () => {
    // A fresh browser context: no cookie from the tests before.
    const context = await chromium!.createBrowserContext();
    const page = await context.newPage();
    await page.goto(allowedPage, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('xs2a-connect') !== undefined);
    const before = seen.length;
    await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('#bank')!;
      const second = first.cloneNode() as HTMLElement;
      second.id = 'second';
      document.body.append(second);
      // Both at once, as two buttons clicked together (or two tabs) would.
      void (first as unknown as { start(): Promise<void> }).start();
      void (second as unknown as { start(): Promise<void> }).start();
    });
    const creates = await waitFor('both flows created', () => {
      const posts = seen.slice(before).filter((entry) => entry.method === 'POST' && entry.path === '/api/flows');
      return posts.length === 2 ? posts : undefined;
    }, 10_000);
    expect(creates.map((entry) => entry.status)).to.deep.equal([201, 201]);
    expect(creates.map((entry) => entry.cookie), 'the second create carries the cookie the first one minted').to.deep.equal([false, true]);
    expect(creates.filter((entry) => entry.headers.has('set-cookie'))).to.have.length(1);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('xs2a-connect')].map((element) => (element as unknown as { abort(): Promise<void> }).abort())));
    await context.close();
  });
});
