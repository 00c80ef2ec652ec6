/**
 * A Cloudflare Worker with its flows in Workers KV (`XS2A_KV` in the Wrangler config; the API
 * token and cookie secret as secrets). The backend is made once per isolate; `ctx.waitUntil`
 * keeps its background work alive after the answer.
 */
import { createStorage } from 'unstorage';
import cloudflareKVBindingDriver from 'unstorage/drivers/cloudflare-kv-binding';
import { createHostBackend, type HostBackend, type HostBackendOptions } from 'xs2a-elements/server';

/** The parts of `KVNamespace` and `ExecutionContext` used here; `wrangler types` generates the full ones. */
interface KVNamespace {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  list(options?: { prefix?: string; cursor?: string }): Promise<{ keys: { name: string }[]; list_complete: boolean; cursor?: string }>;
}
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

export interface Env {
  XS2A_KV: KVNamespace;
  KLARNA_API_URL?: string;
  KLARNA_API_TOKEN: string;
  XS2A_COOKIE_SECRET: string;
}

export const fromEnv = (env: Env): HostBackendOptions => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN,
  cookieSecret: env.XS2A_COOKIE_SECRET,
  store: createStorage({ driver: cloudflareKVBindingDriver({ binding: env.XS2A_KV }) }),
});

let backend: HostBackend | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    backend ??= createHostBackend({ ...fromEnv(env), basePath: '/api/xs2a' });
    return backend(request, {
      clientAddress: request.headers.get('cf-connecting-ip') ?? undefined,
      waitUntil: (work) => {
        ctx.waitUntil(work);
      },
    });
  },
};
