import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'chai';
import { connect } from 'node:net';
import { toConnectMiddleware, toNodeListener } from '../../src/node/index.js';
import type { FetchHandler } from '../../src/node/index.js';
import { listen, serveOnLoopback } from './helpers.js';

/** Echoes what the handler saw, and sets two cookies. */
const echo: FetchHandler = async (request, context) => {
  const body = request.method === 'POST' ? await request.text() : '';
  const headers = new Headers({ 'content-type': 'application/json' });
  headers.append('set-cookie', 'a=1; Path=/');
  headers.append('set-cookie', 'b=2; Path=/');
  return new Response(JSON.stringify({ url: request.url, method: request.method, body, clientAddress: context?.clientAddress, custom: request.headers.get('x-custom') }), {
    status: 207,
    headers,
  });
};

describe('node adapter', () => {
  it('toNodeListener: passes method, full URL with the prefix, headers, body and client address; keeps every Set-Cookie', async () => {
    const server = await listen(echo, '/api');
    try {
      const response = await fetch(`${server.url}/api/flows?x=1`, { method: 'POST', body: 'hello', headers: { 'x-custom': 'yes' } });
      expect(response.status).to.equal(207);
      expect(response.headers.getSetCookie()).to.deep.equal(['a=1; Path=/', 'b=2; Path=/']);
      expect(await response.json()).to.deep.equal({
        url: `${server.url}/api/flows?x=1`,
        method: 'POST',
        body: 'hello',
        clientAddress: '127.0.0.1',
        custom: 'yes',
      });
      const outside = await fetch(`${server.url}/apix`);
      expect(outside.status).to.equal(404);
      expect(await outside.json()).to.deep.equal({ error: { code: 'not-found', message: 'No such endpoint' } });
    } finally {
      await server.close();
    }
  });

  it('streams a large body out', async () => {
    const big = 'x'.repeat(5_000_000);
    const server = await listen(() => Promise.resolve(new Response(big, { headers: { 'content-type': 'text/plain' } })));
    try {
      expect((await (await fetch(`${server.url}/anything`)).text()).length).to.equal(big.length);
    } finally {
      await server.close();
    }
  });

  it('answers 500 in JSON when the handler throws', async () => {
    const server = await listen(() => Promise.reject(new Error('boom')));
    try {
      const response = await fetch(`${server.url}/x`);
      expect(response.status).to.equal(500);
      expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('internal-error');
    } finally {
      await server.close();
    }
  });

  it('toConnectMiddleware: handles its prefix (also when mounted, via originalUrl) and passes the rest to next()', async () => {
    const middleware = toConnectMiddleware(echo, { prefix: '/klarna' });
    const server = createServer((req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
      // What connect does for `app.use('/mounted', …)`: strips the mount path, keeps originalUrl.
      if (req.url?.startsWith('/mounted/')) {
        req.originalUrl = req.url.slice('/mounted'.length);
        req.url = '/';
      }
      middleware(req, res, () => {
        res.statusCode = 418;
        res.end('next');
      });
    });
    const served = await serveOnLoopback(server);
    const base = served.url;
    try {
      const handled = await fetch(`${base}/klarna/xs2a/v1/sessions`);
      expect(handled.status).to.equal(207);
      expect(((await handled.json()) as { url: string }).url).to.equal(`${base}/klarna/xs2a/v1/sessions`);
      const mounted = await fetch(`${base}/mounted/klarna/icons/x.svg`);
      expect(((await mounted.json()) as { url: string }).url).to.equal(`${base}/klarna/icons/x.svg`);
      const passed = await fetch(`${base}/index.html`);
      expect(passed.status).to.equal(418);
      expect(await passed.text()).to.equal('next');
    } finally {
      await served.close();
    }
  });

  it('answers TRACE, which the Fetch API cannot carry, with 405, not 500', async () => {
    const server = await listen(echo, '/api');
    try {
      for (const method of ['TRACE']) {
        const answer = await rawRequest(server.url, `${method} /api/flows HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        expect(answer, method).to.match(/^HTTP\/1\.1 405 /);
        expect(answer).to.contain('"method-not-allowed"');
      }
    } finally {
      await server.close();
    }
  });

  it('slow clients: 50 sockets trickling a body a byte at a time get 408 and are closed once bodyTimeoutMs has passed', async () => {
    const server = await serveOnLoopback(createServer(toNodeListener(echo, { prefix: '/api', bodyTimeoutMs: 400 })));
    const port = Number(new URL(server.url).port);
    const started = Date.now();
    try {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          new Promise<{ text: string; ms: number }>((resolve, reject) => {
            const socket = connect(port, '127.0.0.1');
            let text = '';
            socket.on('data', (chunk) => (text += chunk.toString()));
            socket.on('error', reject);
            socket.on('close', () => {
              clearInterval(trickle);
              resolve({ text, ms: Date.now() - started });
            });
            socket.write('POST /api/flows HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
            const trickle = setInterval(() => socket.write('{'), 100);
          }),
        ),
      );
      for (const { text, ms } of answers) {
        expect(text).to.match(/^HTTP\/1\.1 408 /);
        expect(ms).to.be.lessThan(5_000);
      }
    } finally {
      await server.close();
    }
  });
});

/** Sends raw bytes (methods `fetch` refuses to send) and reads the answer until the socket closes. */
function rawRequest(url: string, bytes: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve(text);
    });
    socket.end(bytes);
  });
}
