import { randomBytes } from 'node:crypto';
import { createHostBackend, type HostBackend } from 'xs2a-elements/server';
import { createKlarnaSimulator, type KlarnaSimulator } from 'xs2a-elements/simulator';

/** The URL pages use; Next may hand route handlers `localhost` while pages use `127.0.0.1`. */
export const publicUrl = process.env.XS2A_PUBLIC_URL ?? 'http://localhost:3000';

function create(): { simulator: KlarnaSimulator; backend: HostBackend } {
  // The simulated Klarna playground stands in for Klarna's API; its token never leaves the server.
  const token = randomBytes(16).toString('hex');
  const simulator = createKlarnaSimulator({ basePath: '/klarna', token });
  const backend = createHostBackend({
    apiBaseUrl: `${publicUrl}/klarna`,
    apiToken: token,
    cookieSecret: process.env.XS2A_COOKIE_SECRET ?? randomBytes(32).toString('hex'),
    basePath: '/api',
    allowedOrigins: [publicUrl],
    fetch: (request) => simulator(request),
  });
  return { simulator, backend };
}

// Next bundles each route on its own; one instance per process keeps the flows both routes see.
const shared = globalThis as typeof globalThis & { xs2a?: ReturnType<typeof create> };
export const { simulator, backend } = (shared.xs2a ??= create());
