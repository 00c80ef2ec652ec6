/**
 * Fastify 5: one route for everything under `/api/xs2a`. Fastify has parsed the JSON body; the
 * backend gets it re-encoded, and Fastify sends the web Response it answers as it is.
 * Start it with `await createApp().listen({ port: 3000 })`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { createHostBackend, type HostBackendOptions } from 'xs2a-elements/server';
import { toWebRequest } from 'xs2a-elements/node';

export const fromEnv = (env = process.env): HostBackendOptions => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN ?? '',
  cookieSecret: env.XS2A_COOKIE_SECRET ?? '',
});

export function createApp(options = fromEnv()): FastifyInstance {
  const backend = createHostBackend({ ...options, basePath: '/api/xs2a' });
  const app = Fastify();
  app.all('/api/xs2a/*', (request) => backend(toWebRequest(request.raw, request.body), { clientAddress: request.ip }));
  // Stop the backend's background work with the server.
  app.addHook('onClose', () => backend.close());
  return app;
}
