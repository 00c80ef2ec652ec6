/**
 * Calls to Klarna's API (or the simulator). Every call has a timeout, is checked for status and
 * content type (Klarna's edge can answer an HTML 403), and its JSON is validated with the
 * package's schemas. The API token goes only to `apiBaseUrl`'s origin: a link from a response
 * that points elsewhere is refused rather than followed with the token.
 */
import type * as z from 'zod/mini';
import { isXs2aError } from '../errors.js';
import { klarnaErrorBody } from '../schemas/common.js';
import { parsePayload } from '../validation/parse-payload.js';
import { HostError, readUpTo } from './http.js';
import type { HostLogger } from './log.js';

export interface KlarnaClientOptions {
  apiBaseUrl: string;
  apiToken: string;
  authScheme: 'Token' | 'Bearer';
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  /** An answer larger than this is cut off and refused (502), before it is parsed. */
  maxBodyBytes: number;
  log: HostLogger;
}

/** A 504 whose call may still be answered: `late` resolves with that answer, or `undefined`. */
export class LateAnswerError extends HostError {
  readonly late: Promise<UpstreamAnswer | undefined>;

  constructor(message: string, late: Promise<UpstreamAnswer | undefined>) {
    super(504, 'upstream-timeout', message);
    this.late = late;
  }
}

export interface UpstreamAnswer {
  status: number;
  /** The parsed JSON body; `undefined` for an empty one. */
  json: unknown;
  /** The body as received, for passing a large report through without re-serializing it. */
  text: string;
}

const isJsonType = (value: string | null): boolean => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(value ?? '');

/** Rejects with the signal's reason once it aborts. */
const abortOf = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

export class KlarnaClient {
  readonly #options: KlarnaClientOptions;
  readonly #base: URL;

  constructor(options: KlarnaClientOptions) {
    this.#options = options;
    this.#base = new URL(options.apiBaseUrl.replace(/\/*$/, '/'));
  }

  /** A path below `apiBaseUrl`, or a link Klarna returned, which must be on the same origin. */
  resolve(pathOrLink: string): URL {
    const url = pathOrLink.startsWith('/') ? new URL(pathOrLink.slice(1), this.#base) : new URL(pathOrLink);
    if (url.origin !== this.#base.origin) {
      throw new HostError(502, 'upstream-error', 'Klarna answered with a link to another host');
    }
    return url;
  }

  /**
   * One call; any status comes back (callers decide what a 404 or 409 means). Network failures,
   * timeouts, non-JSON bodies and malformed JSON are thrown as clean {@link HostError}s.
   */
  async send(method: string, pathOrLink: string, body?: unknown, timeoutMs = this.#options.timeoutMs): Promise<UpstreamAnswer> {
    const url = this.resolve(pathOrLink);
    const started = Date.now();
    const response = await this.#fetch(method, url, body, timeoutMs);
    let text: string | undefined;
    try {
      text = await readUpTo(response, this.#options.maxBodyBytes);
    } catch {
      this.#options.log('warn', `${method} ${url.pathname}: the body was cut off`);
      throw new HostError(504, 'upstream-timeout', `Klarna did not finish its answer within ${timeoutMs} ms`);
    }
    if (text === undefined) throw this.#tooLarge(method, url);
    this.#options.log('info', `${method} ${url.pathname} → ${response.status} in ${Date.now() - started} ms`);
    if (text === '') return { status: response.status, json: undefined, text };
    const type = response.headers.get('content-type');
    if (!isJsonType(type)) {
      throw new HostError(502, 'upstream-error', `Klarna answered ${response.status} with ${type?.split(';')[0] ?? 'no content type'} instead of JSON`);
    }
    try {
      return { status: response.status, json: JSON.parse(text) as unknown, text };
    } catch {
      throw new HostError(502, 'upstream-error', `Klarna answered ${response.status} with malformed JSON`);
    }
  }

  /**
   * Like `send`, for a call that creates something at Klarna: after the timeout the caller gets its
   * 504 as always, but the call is left running for `graceMs` more, and the error's `late` resolves
   * with the answer if one comes, so that what Klarna created after all can be undone.
   */
  async sendKeepingLate(method: string, pathOrLink: string, body: unknown, graceMs: number): Promise<UpstreamAnswer> {
    const timeoutMs = this.#options.timeoutMs;
    const answer = this.send(method, pathOrLink, body, timeoutMs + graceMs);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(resolve, timeoutMs, 'timeout');
    });
    try {
      const first = await Promise.race([answer, timedOut]);
      if (first !== 'timeout') return first;
    } finally {
      clearTimeout(timer);
    }
    throw new LateAnswerError(`Klarna did not answer within ${timeoutMs} ms`, answer.catch(() => undefined));
  }

  /**
   * A call whose successful JSON answer is passed on as a stream, never held whole: a report of a
   * busy account is many megabytes, and the viewer validates it anyway. It is still capped at
   * `maxBodyBytes` (the stream errors beyond it). A failed call is read and thrown as `send` would.
   */
  async stream(method: string, pathOrLink: string, body: unknown): Promise<ReadableStream<Uint8Array>> {
    const url = this.resolve(pathOrLink);
    const started = Date.now();
    const response = await this.#fetch(method, url, body, this.#options.timeoutMs);
    this.#options.log('info', `${method} ${url.pathname} → ${response.status} in ${Date.now() - started} ms (streamed)`);
    const type = response.headers.get('content-type');
    if (response.status < 200 || response.status >= 300 || !isJsonType(type) || !response.body) {
      // An oversized or cut-off error body says no more than its status.
      const text = (await readUpTo(response, 64 * 1024).catch(() => undefined)) ?? '';
      let json: unknown;
      try {
        json = text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        json = undefined;
      }
      this.expectOk({ status: response.status, json, text }, method);
      throw new HostError(502, 'upstream-error', `Klarna answered ${response.status} with ${type?.split(';')[0] ?? 'no content type'} instead of JSON`);
    }
    const maxBytes = this.#options.maxBodyBytes;
    if (Number(response.headers.get('content-length') ?? '0') > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw this.#tooLarge(method, url);
    }
    const log = this.#options.log;
    let size = 0;
    return response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            log('error', `${method} ${url.pathname}: the answer exceeds maxUpstreamBytes (${maxBytes} bytes); cut off`);
            controller.error(new Error('Klarna answered more than the backend accepts'));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
  }

  /** The request with the token and a timeout; a network failure or the timeout as a clean HostError. */
  async #fetch(method: string, url: URL, body: unknown, timeoutMs: number): Promise<Response> {
    const started = Date.now();
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `${this.#options.authScheme} ${this.#options.apiToken}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json;charset=utf-8';
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
      // The race does not trust `fetch` to honour the signal. A custom fetch may ignore it, and the
      // request's own signal follows ours only while the request is reachable: a pending call
      // that nothing else holds is collected, and its abort never comes.
      return await Promise.race([this.#options.fetch(request), abortOf(signal)]);
    } catch (error) {
      const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
      this.#options.log('warn', `${method} ${url.pathname}: ${timedOut ? 'timed out' : 'failed'} after ${Date.now() - started} ms`);
      throw timedOut
        ? new HostError(504, 'upstream-timeout', `Klarna did not answer within ${timeoutMs} ms`)
        : new HostError(502, 'upstream-error', 'Klarna cannot be reached');
    }
  }

  #tooLarge(method: string, url: URL): HostError {
    return new HostError(502, 'upstream-error', 'Klarna answered more than the backend accepts', {
      detail: `${method} ${url.pathname}: the answer exceeds maxUpstreamBytes (${this.#options.maxBodyBytes} bytes)`,
    });
  }

  /** A call that must succeed with a body of `schema`'s shape. */
  async call<T extends z.ZodMiniType>(method: string, pathOrLink: string, body: unknown, schema: T, what: string): Promise<z.infer<T>> {
    const answer = await this.send(method, pathOrLink, body);
    this.expectOk(answer, method);
    return this.parse(schema, answer.json, what);
  }

  expectOk(answer: UpstreamAnswer, method: string): void {
    if (answer.status >= 200 && answer.status < 300) return;
    // Klarna's error code helps whoever reads the message; its text may name ids, so it stays out.
    const parsed = klarnaErrorBody.safeParse(answer.json);
    const code = parsed.success ? ` (${parsed.data.error.code})` : '';
    this.#options.log('warn', `${method}: Klarna answered ${answer.status}${code}`);
    throw new HostError(502, 'upstream-error', `Klarna answered ${answer.status}${code}`);
  }

  parse<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.infer<T> {
    try {
      return parsePayload(schema, value, `Klarna ${what}`);
    } catch (error) {
      // The schema path helps the operator; the browser can act on nothing but "Klarna failed".
      if (isXs2aError(error)) throw new HostError(502, 'upstream-error', `Klarna answered a ${what} in an unexpected shape`, { detail: error.message });
      throw error;
    }
  }
}
