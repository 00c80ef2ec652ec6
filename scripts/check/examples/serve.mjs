/**
 * Serves a built example app as its host would: the app's static files, the host backend at
 * `/api` and the simulated Klarna playground at `/klarna`, both taken from the copy of
 * `xs2a-elements` installed in the app (the packed tarball).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

/** `packageDir`: the installed `xs2a-elements`; `staticDir`: the app's build output. */
export async function serveApp({ packageDir, staticDir }) {
  const installed = (entry) => import(pathToFileURL(join(packageDir, 'dist', entry)).href);
  const { createKlarnaSimulator } = await installed('simulator/index.js');
  const { createHostBackend } = await installed('server/index.js');
  const { toNodeListener } = await installed('node/index.js');

  const token = randomBytes(16).toString('hex');
  const simulator = createKlarnaSimulator({ basePath: '/klarna', token });
  let backend;
  const api = toNodeListener((request, context) => backend(request, context), { prefix: '/api' });
  const klarna = toNodeListener(simulator, { prefix: '/klarna' });

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/api' || path.startsWith('/api/')) return api(req, res);
    if (path.startsWith('/klarna/')) return klarna(req, res);
    // No icon in the examples; a 404 would be a console error in every app.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    let file = normalize(join(staticDir, path));
    if (!file.startsWith(staticDir)) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  backend = createHostBackend({
    apiBaseUrl: `${url}klarna`,
    apiToken: token,
    cookieSecret: randomBytes(32).toString('hex'),
    basePath: '/api',
    fetch: (request) => simulator(request),
    log: () => {},
  });
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
