/**
 * The browser's side of the host-backend contract. Every request has a timeout; every answer is
 * checked for status, then content type, then validated with zod at this boundary. A failure is
 * one {@link Xs2aError}: `network` (no answer, or none in time), `http` (non-2xx, with `status`)
 * or `invalid-response` (not JSON, or not the documented shape, with `status`).
 */
import type * as z from 'zod/mini';
import { Xs2aError, isXs2aError } from '../errors.js';
import type { Xs2aErrorCode, Xs2aErrorOptions } from '../errors.js';
import { parsePayload } from '../validation/parse-payload.js';

export interface HostRequestOptions<S extends z.ZodMiniType | undefined = undefined> {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Validates a 2xx answer; without one the answer's body is not read. */
  schema?: S;
  /** Names the payload in error messages, e.g. `flow`. */
  what?: string;
  /** Aborting it rejects with the signal's reason, not with an `Xs2aError`. */
  signal?: AbortSignal;
  /** Milliseconds until the request counts as a network failure. */
  timeout?: number;
  /** Lets the request outlive the page (or the element) that sent it. */
  keepalive?: boolean;
}

export type HostResponse<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

export const defaultRequestTimeout = 20_000;

/** `https://shop.example/api/` + `flows` → `https://shop.example/api/flows`; relative endpoints stay relative. */
export const endpointUrl = (endpoint: string, path: string): string => `${endpoint.replace(/\/+$/, '')}/${path}`;

const json = 'application/json';

/**
 * The backend binds flows to the browser with a cookie, which `fetch` sends to another origin only
 * when asked. Asking for a same-origin endpoint would change nothing but the CORS rules it must meet.
 */
export function credentialsFor(url: string, base: string | null = typeof location === 'undefined' ? null : location.href): RequestCredentials {
  if (base === null) return 'same-origin';
  try {
    return new URL(url, base).origin === new URL(base).origin ? 'same-origin' : 'include';
  } catch {
    return 'same-origin';
  }
}

/**
 * Sends one request to the host backend and returns its validated answer. A `GET` is retried
 * once after a network failure or a 5xx: it is idempotent, and one retry rides out a restart or
 * a dropped connection. A `POST` is never retried, since it could create a second flow.
 */
export async function hostRequest<S extends z.ZodMiniType | undefined = undefined>(
  url: string,
  options: HostRequestOptions<S> = {},
): Promise<HostResponse<S>> {
  try {
    return await send(url, options);
  } catch (error) {
    const retry =
      (options.method ?? 'GET') === 'GET' &&
      !options.signal?.aborted &&
      isXs2aError(error) &&
      (error.code === 'network' || (error.status ?? 0) >= 500);
    if (!retry) throw error;
    return send(url, options);
  }
}

async function send<S extends z.ZodMiniType | undefined>(
  url: string,
  { method = 'GET', body, schema, what = 'response', signal, timeout = defaultRequestTimeout, keepalive }: HostRequestOptions<S>,
): Promise<HostResponse<S>> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const fail = (code: Xs2aErrorCode, text: string, options?: Xs2aErrorOptions): unknown =>
    // Whatever fails after an abort (the fetch, reading the body) fails because of the abort.
    controller.signal.aborted ? controller.signal.reason : new Xs2aError(code, `${method} ${url} ${text}`, options);
  const stop = (): void => {
    controller.abort(signal?.reason);
  };
  const timer = setTimeout(() => {
    controller.abort(fail('network', `got no answer within ${timeout} ms`));
  }, timeout);
  signal?.addEventListener('abort', stop);
  try {
    const response = await fetch(url, {
      method,
      keepalive,
      credentials: credentialsFor(url),
      signal: controller.signal,
      headers: body === undefined ? { accept: json } : { accept: json, 'content-type': json },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((error: unknown) => {
      throw fail('network', `failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    const { status } = response;
    const type = response.headers.get('content-type') ?? '';
    const isJson = /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type);
    if (!response.ok) {
      // The backend's own message says more than the status, when it sends the documented body.
      const answer = (isJson ? await response.json().catch(() => undefined) : undefined) as { error?: { message?: unknown } } | undefined;
      const message = answer?.error?.message;
      throw fail('http', `answered ${status}${typeof message === 'string' ? `: ${message}` : ''}`, { status });
    }
    if (!schema) return undefined as HostResponse<S>;
    if (!isJson) throw fail('invalid-response', `answered ${status} with ${type || 'no content type'}, not JSON`, { status });
    const payload: unknown = await response.json().catch((error: unknown) => {
      throw fail('invalid-response', `answered ${status} with malformed JSON`, { status, cause: error });
    });
    return parsePayload(schema, payload, what, { status }) as HostResponse<S>;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
