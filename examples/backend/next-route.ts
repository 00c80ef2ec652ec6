/**
 * Next.js app router: `app/api/xs2a/[...path]/route.ts`. The backend is a route handler as it
 * is; it ignores the `params` Next passes. On a serverless host, give it a shared `store` (see
 * Redis below) so every instance sees the same flows.
 */
import { createHostBackend, type HostBackendOptions } from 'xs2a-elements/server';

export const fromEnv = (env = process.env): HostBackendOptions => ({
  apiBaseUrl: env.KLARNA_API_URL ?? 'https://api.playground.openbanking.klarna.com',
  apiToken: env.KLARNA_API_TOKEN ?? '',
  cookieSecret: env.XS2A_COOKIE_SECRET ?? '',
});

// Next's server (and Vercel's proxy in front of it) put the consumer's address in X-Forwarded-For.
const backend = createHostBackend({ ...fromEnv(), basePath: '/api/xs2a', trustProxy: true });

export const GET = backend;
export const POST = backend;
export const DELETE = backend;
