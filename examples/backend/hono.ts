/**
 * Hono, on any runtime: `export default createApp()` for Bun, `Deno.serve(createApp().fetch)`,
 * `serve(createApp())` from `@hono/node-server`. On Cloudflare Workers, Hono's execution context
 * keeps the backend's background work alive after the answer.
 */
import { Hono, type Context } from 'hono';
import { createHostBackend, type HostBackendOptions, type HostRequestContext } from 'xs2a-elements/server';

export const fromEnv = (env = process.env): HostBackendOptions => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN ?? '',
  cookieSecret: env.XS2A_COOKIE_SECRET ?? '',
});

/** The platform's `waitUntil`; Node, Bun and Deno have none (their process outlives the answer), and there Hono's getter throws. */
function waitUntilOf(c: Context): HostRequestContext['waitUntil'] {
  try {
    const execution = c.executionCtx;
    return (work) => {
      execution.waitUntil(work);
    };
  } catch {
    return undefined;
  }
}

export function createApp(options = fromEnv()): Hono {
  // Behind the platform's proxy (Workers, Vercel, Fly, nginx), X-Forwarded-For carries the
  // consumer's address that Klarna's psu needs. On a bare server, drop trustProxy and pass
  // `clientAddress: getConnInfo(c).remote.address` (hono/bun, hono/deno, @hono/node-server/conninfo).
  const backend = createHostBackend({ ...options, basePath: '/api/xs2a', trustProxy: true });
  const app = new Hono();
  app.all('/api/xs2a/*', (c) => backend(c.req.raw, { waitUntil: waitUntilOf(c) }));
  return app;
}
