/** The host backend's answers and the boundary where request bodies come in. */
import type * as z from 'zod/mini';
import { isXs2aError } from '../errors.js';
import { parsePayload } from '../validation/parse-payload.js';

export type HostErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'unauthorized'
  | 'method-not-allowed'
  | 'forbidden-origin'
  | 'payload-too-large'
  | 'too-many-requests'
  | 'unsupported-media-type'
  | 'upstream-error'
  | 'upstream-timeout'
  | 'internal-error';

/** Thrown anywhere in a route; answered as `{"error":{"code","message"}}` with `status`. */
export class HostError extends Error {
  readonly status: number;
  readonly code: HostErrorCode;
  /** Sent with the answer, e.g. `Retry-After` with a 429. */
  readonly headers: Record<string, string>;
  /** For the log only: what the operator needs and the browser must not see (a schema path, a hint). */
  readonly detail: string | undefined;

  constructor(status: number, code: HostErrorCode, message: string, options: { headers?: Record<string, string>; detail?: string } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.detail = options.detail;
  }
}

/** A binding miss: unknown, expired or another owner's; all look the same to the browser, the log says which id. */
export const notFound = (detail?: string): HostError => new HostError(404, 'not-found', 'No such flow or consumer', { detail });

const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...baseHeaders, ...headers } });
}

/** A body that is already JSON, as text or as a stream (a report passed through as Klarna sent it). */
export function jsonTextResponse(text: string | ReadableStream<Uint8Array>, status = 200): Response {
  return new Response(text, { status, headers: baseHeaders });
}

export const errorResponse = (error: HostError): Response =>
  jsonResponse({ error: { code: error.code, message: error.message } }, error.status, error.headers);

/** 429: `Retry-After` says when trying again can succeed. */
export const tooManyRequests = (message: string, retryAfterMs: number, detail: string): HostError =>
  new HostError(429, 'too-many-requests', message, { headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) }, detail });

/**
 * A body as text, at most `maxBytes`, counted as it arrives (a lying or absent Content-Length
 * changes nothing); `undefined` when it is larger, and the rest is not read.
 */
export async function readUpTo(message: Request | Response, maxBytes: number): Promise<string | undefined> {
  if (Number(message.headers.get('content-length') ?? '0') > maxBytes) {
    await message.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!message.body) return '';
  const decoder = new TextDecoder();
  const reader = message.body.getReader();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  const text = await readUpTo(request, maxBytes);
  if (text === undefined) throw new HostError(413, 'payload-too-large', `The request body exceeds ${maxBytes} bytes`);
  return text;
}

const isJsonType = (value: string | null): boolean => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(value ?? '');

/**
 * The body as JSON, validated with the package's schema. An empty body counts as `{}`; anything
 * that is not JSON, or not the documented shape, is a 400 naming the field.
 */
export async function readJsonBody<T extends z.ZodMiniType>(request: Request, schema: T, what: string, maxBytes: number): Promise<z.infer<T>> {
  const text = await readLimited(request, maxBytes);
  let value: unknown = {};
  if (text.trim() !== '') {
    if (!isJsonType(request.headers.get('content-type'))) {
      throw new HostError(415, 'unsupported-media-type', 'Send the request body as application/json');
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new HostError(400, 'bad-request', 'The request body is not valid JSON');
    }
  }
  try {
    return parsePayload(schema, value, what);
  } catch (error) {
    if (isXs2aError(error)) throw new HostError(400, 'bad-request', error.message);
    throw error;
  }
}
