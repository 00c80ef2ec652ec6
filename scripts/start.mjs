/**
 * `npm start`: the demo page on Vite's dev server, with the offline Klarna playground simulator
 * at `/klarna` and the reference host backend at `/api`. The backend reaches the simulator
 * in-process, so nothing leaves the machine. With KLARNA_API_URL and KLARNA_API_TOKEN set, the
 * backend talks to that API instead (and the page loads Klarna's own launcher).
 *
 * `PORT` picks the port (default 5173, the next free one if taken).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { createServer } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const klarnaLauncher = 'https://x.klarnacdn.net/xs2a/app-launcher/v0/xs2a-app-launcher.js';

/**
 * The demo's server-side parts as handlers: the simulator (prefix `/klarna`), the host backend
 * (`/api`) and the page's `/demo-config.json`. The backend exists once `listening(url)` tells it
 * the server's URL (the client_token's links must point at it); `close()` stops its sweeper.
 */
export async function createDemoApi({ log = console.log } = {}) {
  const { createKlarnaSimulator, defaultLauncherPath } = await tsImport('../src/simulator/index.ts', import.meta.url);
  const { createHostBackend } = await tsImport('../src/server/index.ts', import.meta.url);

  const realApi = process.env.KLARNA_API_URL && process.env.KLARNA_API_TOKEN ? process.env.KLARNA_API_URL : undefined;
  // The simulator's token exists only in this process: it guards nothing but keeps the backend honest.
  const simulatorToken = randomBytes(16).toString('hex');
  const simulator = createKlarnaSimulator({ basePath: '/klarna', token: simulatorToken, seed: process.env.SEED ?? 'xs2a-elements' });
  let backend;
  let sweeper;

  const config = JSON.stringify({
    launcherSrc: realApi ? klarnaLauncher : `/klarna${defaultLauncherPath}`,
    upstream: realApi ?? 'simulator',
  });

  return {
    upstream: realApi ?? 'simulator',
    simulator,
    backend: (request, context) => backend(request, context),
    /** Answers `/demo-config.json`, else calls `next()`. */
    configMiddleware: (req, res, next) => {
      if (req.url !== '/demo-config.json') return next();
      res.setHeader('content-type', 'application/json');
      res.end(config);
    },
    listening(url) {
      backend = createHostBackend({
        apiBaseUrl: realApi ?? new URL('klarna', url).href,
        apiToken: realApi ? process.env.KLARNA_API_TOKEN : simulatorToken,
        cookieSecret: randomBytes(32).toString('hex'),
        basePath: '/api',
        ...(realApi ? {} : { fetch: (request) => simulator(request) }),
        log: (level, message) => {
          if (level !== 'info') log(`[api] ${level}: ${message}`);
        },
      });
      // Closes Klarna sessions of flows that browsers left behind, also when no request comes in.
      sweeper = setInterval(() => void backend.sweep(), 30_000);
      sweeper.unref();
    },
    async close() {
      clearInterval(sweeper);
      await backend?.close();
    },
  };
}

/** Starts the demo; resolves with its URL and a `close()`. */
export async function startDemo({ port = Number(process.env.PORT ?? 5173), log = console.log } = {}) {
  const { toConnectMiddleware } = await tsImport('../src/node/index.ts', import.meta.url);
  const api = await createDemoApi({ log });

  const server = await createServer({
    configFile: false,
    root: `${repo}demo`,
    logLevel: 'warn',
    server: { port, host: '127.0.0.1', fs: { allow: [repo] } },
    plugins: [
      {
        name: 'xs2a-demo-backends',
        configureServer(vite) {
          vite.middlewares.use(toConnectMiddleware(api.simulator, { prefix: '/klarna' }));
          vite.middlewares.use(toConnectMiddleware(api.backend, { prefix: '/api' }));
          vite.middlewares.use(api.configMiddleware);
        },
      },
    ],
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  api.listening(url);
  log(`xs2a-elements demo: ${url}  (backend → ${api.upstream})`);
  return {
    url,
    close: async () => {
      await api.close();
      await server.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await startDemo();
}
