/**
 * A fake host backend behind a `window.fetch` stub: it records every request (with `keepalive`)
 * into a log shared with the events, and answers the contract's three flow calls.
 */
import type { InsightsRefreshResult } from '../../../src/schemas/flows.js';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  keepalive: boolean;
}

/** `signal` is the request's own, so an answer can fail the way a real one does when it is aborted. */
export type Handler = (request: RecordedRequest, signal?: AbortSignal) => Response | Promise<Response>;

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const insightsResult: InsightsRefreshResult = {
  type: 'insights_refresh',
  insights_consumer_id: 'consumer-1',
  accounts: [{ insights_account_id: 'account-1', iban: 'DE89370400440532013000' }],
};

/** The contract's happy path: flow `flow-1` is created, then reads FINISHED, then closes. */
export const happyPath: Handler = ({ method, path }) => {
  if (method === 'POST' && path === '/api/flows') {
    return json(201, { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'CONSUMER_INPUT_NEEDED' } });
  }
  if (method === 'GET' && path.startsWith('/api/flows/')) return json(200, { data: { state: 'FINISHED', result: insightsResult } });
  if (method === 'DELETE') return new Response(null, { status: 204 });
  return json(404, { error: { code: 'NOT_FOUND', message: `no route ${method} ${path}` } });
};

export interface FakeBackend {
  requests: RecordedRequest[];
  /** `METHOD path` of each request, in order. */
  calls(): string[];
  restore(): void;
}

export function installFakeBackend(handler: Handler = happyPath, log?: string[]): FakeBackend {
  const realFetch = window.fetch.bind(window);
  const requests: RecordedRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      keepalive: init.keepalive ?? false,
    };
    requests.push(request);
    log?.push(`${request.method} ${request.path}`);
    const { signal } = init;
    signal?.throwIfAborted();
    // Like fetch, an abort rejects even while the handler still works.
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => {
        reject(signal.reason as Error);
      });
      Promise.resolve(handler(request, signal ?? undefined)).then(resolve, reject);
    });
  };
  return {
    requests,
    calls: () => requests.map(({ method, path }) => `${method} ${path}`),
    restore: () => {
      window.fetch = realFetch;
    },
  };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}
