/**
 * A session Klarna opens after the backend's create request timed out: the browser gets its 504
 * at once, and the backend, still listening for the late answer, closes that session instead of
 * leaving it open forever.
 */
import { expect } from 'chai';
import { sessionInfoResponse } from '../../src/schemas/sessions.js';
import { createHostBackend } from '../../src/server/index.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { Browser, listen } from './helpers.js';

const apiToken = 'klarna-api-token-late-session-0123456789';

describe('host backend: a session created after its request timed out', function () {
  this.timeout(20_000);

  it('answers 504 in time, then closes the session Klarna opened late', async () => {
    const sim = createKlarnaSimulator({ token: apiToken, seed: 'late', basePath: '/klarna', processingMs: 0 });
    const created: string[] = [];
    const logs: string[] = [];
    const backend = createHostBackend({
      apiBaseUrl: 'http://klarna.test/klarna',
      apiToken,
      cookieSecret: 'a-cookie-secret-for-the-late-session-test-01',
      basePath: '/api',
      sweepIntervalMs: 0,
      upstreamTimeoutMs: 200,
      log: (level, message) => logs.push(`${level} ${message}`),
      // Klarna opens the session at once but its answer arrives after the backend's timeout.
      fetch: async (request) => {
        const response = await sim(request);
        if (request.method === 'PUT' && new URL(request.url).pathname === '/klarna/xs2a/v1/sessions') {
          const body = (await response.clone().json()) as { data: { session_id: string } };
          created.push(body.data.session_id);
          await new Promise((resolve) => setTimeout(resolve, 600));
        }
        return response;
      },
    });
    const server = await listen(backend, '/api');
    try {
      const started = Date.now();
      const answer = await new Browser(server.url, server.url).send('POST', '/api/flows', {});
      expect(answer.status).to.equal(504);
      expect(Date.now() - started, 'the browser is not kept waiting for the late answer').to.be.lessThan(550);
      expect(created).to.have.length(1);
      const state = async () => {
        const response = await sim(new Request(`http://klarna.test/klarna/xs2a/v1/sessions/${created[0]}`, { headers: { authorization: `Token ${apiToken}` } }));
        return parsePayload(sessionInfoResponse, await response.json(), 'session').data.state;
      };
      expect(await state(), 'open while the answer is late').to.equal('IDLE');
      // close() waits for background work: the late answer, then the DELETE.
      await backend.close();
      expect(await state()).to.not.equal('IDLE');
      expect(logs.join('\n')).to.contain('a session Klarna opened after its create request timed out was closed');
    } finally {
      await server.close();
    }
  });
});
