/**
 * Node's own HTTP server with the flows in Redis, shared by every instance behind the load
 * balancer. Start it with `createServer().listen(3000)`; on shutdown, `server.close()` also stops
 * the backend's background work and lets go of Redis.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createHostBackend, type HostBackendOptions } from 'xs2a-elements/server';
import { toNodeListener } from 'xs2a-elements/node';

export const fromEnv = (env = process.env) => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN ?? '',
  cookieSecret: env.XS2A_COOKIE_SECRET ?? '',
  store: createStorage({ driver: redisDriver({ url: env.REDIS_URL ?? 'redis://127.0.0.1:6379', base: 'xs2a' }) }),
}) satisfies HostBackendOptions;

export function createServer(options = fromEnv()): Server {
  const backend = createHostBackend({ ...options, basePath: '/api/xs2a' });
  const server = createHttpServer(toNodeListener(backend, { prefix: '/api/xs2a' }));
  server.on('close', () => {
    void backend.close().then(() => options.store.dispose());
  });
  return server;
}
