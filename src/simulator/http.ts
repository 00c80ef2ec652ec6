/** Responses in Klarna's shapes, and reading request bodies at the boundary. */
import type * as z from 'zod/mini';
import { isXs2aError } from '../errors.js';
import { parsePayload } from '../validation/parse-payload.js';

const jsonType = 'application/json; charset=utf-8';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': jsonType, 'cache-control': 'no-store', ...headers } });
}

export interface KlarnaErrorDetail {
  code?: string;
  location?: string;
  message?: string;
}

/** Thrown anywhere in a route; the router answers it with Klarna's error body. */
export class KlarnaHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: KlarnaErrorDetail[] | undefined;

  constructor(status: number, code: string, message: string, errors?: KlarnaErrorDetail[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

/** `{ error: { code, message, errors? } }`, the body of every Klarna API error. */
export function klarnaErrorResponse(error: KlarnaHttpError, headers: Record<string, string> = {}): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}) } };
  return json(body, error.status, headers);
}

export const notFound = (what: string): KlarnaHttpError => new KlarnaHttpError(404, 'NOT_FOUND', `${what} was not found`);

/** Far above any real request body of the API; a guard against memory abuse, not a contract. */
const maxBodyBytes = 1024 * 1024;

/** The JSON body, `{}` when empty (Klarna's quick start starts a flow with an empty body). */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes) throw new KlarnaHttpError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
  const text = await request.text();
  if (text.length > maxBodyBytes) throw new KlarnaHttpError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new KlarnaHttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
}

/** Validates with the package's schema; a mismatch is a `400 BAD_REQUEST` naming the field. */
export async function readBody<T extends z.ZodMiniType>(request: Request, schema: T, what: string): Promise<z.infer<T>> {
  const value = await readJson(request);
  try {
    return parsePayload(schema, value, what);
  } catch (error) {
    if (!isXs2aError(error)) throw error;
    throw new KlarnaHttpError(400, 'BAD_REQUEST', error.message, [{ code: 'INVALID_VALUE', location: error.path ?? '(root)', message: error.message }]);
  }
}
