/**
 * Express 5: the backend under `/api/xs2a`, behind `express.json()` or any other body parser.
 * Start it with `createApp().listen(3000)`.
 */
import express from 'express';
import { createHostBackend, type HostBackendOptions } from 'xs2a-elements/server';
import { toConnectMiddleware } from 'xs2a-elements/node';

export const fromEnv = (env = process.env): HostBackendOptions => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN ?? '',
  cookieSecret: env.XS2A_COOKIE_SECRET ?? '',
});

export function createApp(options = fromEnv()): express.Express {
  const backend = createHostBackend({ ...options, basePath: '/api/xs2a' });
  const app = express();
  // A body express.json() already read is sent on to the backend as JSON.
  app.use('/api/xs2a', express.json(), toConnectMiddleware(backend));
  return app;
}
