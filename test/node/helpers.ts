/** Loopback servers, cookie jars and the fake app's steps, shared by the Node tests. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '../../src/node/index.js';
import type { FetchHandler } from '../../src/node/index.js';

export interface Loopback {
  url: string;
  close(): Promise<void>;
}

/** Serves a Node server on 127.0.0.1 at an ephemeral port; `close` also drops kept-alive connections. */
export async function serveOnLoopback(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** Serves a Fetch handler on 127.0.0.1 at an ephemeral port. */
export function listen(handler: FetchHandler, prefix = ''): Promise<Loopback> {
  return serveOnLoopback(createServer(toNodeListener(handler, { prefix })));
}

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** A browser's cookie jar over real HTTP; records every answer so tests can search them for secrets. */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly seen: Exchange[] = [];
  readonly #base: () => string;
  readonly #origin: string | undefined;

  /** `base` is the server's URL, or a function that picks one per request (a round-robin over instances). */
  constructor(base: string | (() => string), origin?: string) {
    this.#base = typeof base === 'string' ? () => base : base;
    this.#origin = origin;
  }

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Exchange> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.#base()}${path}`, {
      method,
      headers: {
        'user-agent': 'Mozilla/5.0 (test)',
        ...(cookie ? { cookie } : {}),
        ...(this.#origin ? { origin: this.#origin } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name, value.join('='));
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const exchange = { status: response.status, headers: response.headers, text, json };
    this.seen.push(exchange);
    return exchange;
  }
}

export interface ClientClaims {
  flow_id: string;
  session_id: string;
  flow_type: string;
  urls: { app: string; icons: string };
  iat: number;
  exp: number;
}

export const claimsOf = (clientToken: string): ClientClaims =>
  JSON.parse(Buffer.from(clientToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as ClientClaims;

/** What the fake app does, driven from the test: the test bank's login and account choice. */
export class FakeApp {
  readonly #token: string;
  readonly #url: string;

  constructor(clientToken: string, urlOverride?: (url: string) => string) {
    this.#token = clientToken;
    const { app } = claimsOf(clientToken).urls;
    this.#url = urlOverride ? urlOverride(app) : app;
  }

  async call(method: string, suffix = '', body?: unknown): Promise<{ status: number; json: { data?: AppView; error?: { code: string; message: string } } }> {
    const response = await fetch(`${this.#url}${suffix}`, {
      method,
      headers: { authorization: `Bearer ${this.#token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { data?: AppView; error?: { code: string; message: string } } };
  }

  view() {
    return this.call('GET');
  }

  login(username: string, bankCode = '00000') {
    return this.call('POST', '/login', { country: 'DE', bank_code: bankCode, username, password: 'secret' });
  }

  chooseAccount(id: string) {
    return this.call('POST', '/accounts', { account_ids: [id] });
  }

  abort() {
    return this.call('POST', '/abort');
  }
}

/** The simulator's test bank, as a consumer passes it: the demo user logs in and picks the first account offered. */
export async function passTestBank(clientToken: string): Promise<void> {
  const app = new FakeApp(clientToken);
  await app.login('acin-demo-data');
  const view = (await app.view()).json.data;
  if (view?.step !== 'select-account') return;
  const first = view.accounts?.[0];
  if (!first) throw new Error('the test bank offered no account to choose');
  await app.chooseAccount(first.id);
}

export interface AppView {
  flow_id: string;
  state: string;
  step: string;
  accounts?: { id: string; name: string; iban: string }[];
  error?: { category: string; message: string };
  login_error?: string;
  decoupled?: boolean;
}

/** A clock the test moves by hand. */
export class Clock {
  time: number;

  constructor(start = Date.parse('2024-03-31T09:00:00Z')) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }
}
