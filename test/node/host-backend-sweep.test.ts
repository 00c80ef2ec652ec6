/**
 * The sweep against a Klarna that hangs: it handles `sweepConcurrency` flows at a time, each call
 * ends at `upstreamTimeoutMs`, and every open flow is tried. Forty flows at eight at a time take
 * five rounds of one timeout each, not forty.
 */
import { expect } from 'chai';
import { createHostBackend } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { Browser, listen } from './helpers.js';

const apiToken = 'klarna-api-token-sweep-0123456789abcdef';

describe('host backend: the sweep against a hanging Klarna', function () {
  this.timeout(30_000);

  it('reads at most sweepConcurrency flows at once, gives each up at the upstream timeout, and tries every one', async () => {
    const sim = createKlarnaSimulator({ token: apiToken, seed: 'sweep', basePath: '/klarna', processingMs: 0 });
    let hang = false;
    let inFlight = 0;
    let peak = 0;
    const tried = new Set<string>();
    // Held as a socket holds a real request: a request nothing holds may be collected with its signal.
    const pending = new Set<Request>();
    const backend = createHostBackend({
      apiBaseUrl: 'http://klarna.test/klarna',
      apiToken,
      cookieSecret: 'a-cookie-secret-for-the-sweep-test-0123456',
      basePath: '/api',
      sweepIntervalMs: 0,
      sweepConcurrency: 8,
      // Long enough for the creates against the simulator on a busy machine; the sweep takes five of it.
      upstreamTimeoutMs: 1000,
      maxOpenFlowsPerOwner: 100,
      fetch: (request) => {
        const { pathname } = new URL(request.url);
        if (!hang || request.method !== 'GET' || !pathname.includes('/flows/')) return sim(request);
        // A Klarna that accepts the connection and never answers, until the caller gives up.
        tried.add(pathname);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        pending.add(request);
        return new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => {
            inFlight -= 1;
            pending.delete(request);
            reject(request.signal.reason as Error);
          });
        });
      },
    });
    const server = await listen(backend, '/api');
    try {
      const browser = new Browser(server.url, server.url);
      for (let i = 0; i < 40; i++) expect((await browser.send('POST', '/api/flows', {})).status).to.equal(201);
      hang = true;
      await backend.sweep();
      expect(tried.size, 'every open flow was tried').to.equal(40);
      expect(peak, 'flows read at once').to.equal(8);
      expect(inFlight, 'no call left running').to.equal(0);
    } finally {
      await backend.close();
      await server.close();
    }
  });
});
