/**
 * `xs2a-elements/node`: mounts a Fetch-API handler (the host backend, the simulator) on
 * `node:http`, Express, Fastify or any connect-style server such as Vite's dev server, under a
 * path prefix. The prefix stays in the URL the handler sees: give the handler the same `basePath`.
 *
 * A body parser in front (Express's `express.json()`, Fastify's default parsers) has already read
 * the request stream; its parsed `body` is sent on instead, as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request, context?: { clientAddress?: string | undefined }) => Promise<Response>;

export interface MountOptions {
  /** Only requests below this path reach the handler, e.g. `/api`. Default: all. */
  prefix?: string;
  /**
   * A request whose body has not fully arrived this long after its headers is answered `408` and
   * its socket closed, so that clients trickling bytes cannot hold sockets and memory. Node's own
   * `server.requestTimeout` (5 minutes by default) bounds it too; the contract's bodies are a few
   * hundred bytes. In ms; default 10,000.
   */
  bodyTimeoutMs?: number;
}

/** Methods the Fetch API refuses to carry: answered 405 here instead of failing inside `new Request`. */
const unsupportedMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

function answerJson(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify({ error: { code, message } }));
}

type NodeRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

const under = (path: string, prefix: string): boolean => prefix === '' || path === prefix || path.startsWith(`${prefix}/`);

/** A body a parser in front already read, as bytes to send on; `undefined` when the stream is still unread. */
function encodeParsedBody(parsed: unknown): string | Uint8Array<ArrayBuffer> | undefined {
  if (parsed === undefined) return undefined;
  if (typeof parsed === 'string') return parsed;
  // A Buffer (express.raw()) may be a view into a shared pool: copy exactly its bytes.
  if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
  return JSON.stringify(parsed);
}

/**
 * The web Request for a Node request; the body is streamed, not buffered. `parsedBody` (default
 * `req.body`, where Express puts it) is what a body parser in front already read from the stream.
 */
export function toWebRequest(req: NodeRequest, parsedBody: unknown = req.body): Request {
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const parsed = hasBody ? encodeParsedBody(parsedBody) : undefined;
  if (parsed !== undefined) {
    // The parser's object is re-encoded: the original length and encoding no longer apply.
    headers.delete('content-length');
    headers.delete('content-encoding');
    headers.delete('transfer-encoding');
    if (typeof parsedBody === 'object' && !(parsedBody instanceof Uint8Array)) headers.set('content-type', 'application/json');
  }
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    ...(parsed !== undefined ? { body: parsed } : hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  };
  return new Request(url, init);
}

/** Writes a web Response to Node, streaming its body; every Set-Cookie is kept. */
export async function writeWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Respect backpressure: a 26 MB report must not pile up in memory.
    if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
  }
  res.end();
}

async function serve(handler: FetchHandler, req: NodeRequest, res: ServerResponse, options: MountOptions): Promise<void> {
  if (unsupportedMethods.has((req.method ?? '').toUpperCase())) {
    answerJson(res, 405, 'method-not-allowed', 'Method not allowed', { allow: 'GET, POST, DELETE, OPTIONS' });
    return;
  }
  const bodyTimer = req.complete
    ? undefined
    : setTimeout(() => {
        if (req.complete) return;
        if (!res.headersSent) answerJson(res, 408, 'request-timeout', 'The request body did not arrive in time', { connection: 'close' });
        req.destroy();
      }, options.bodyTimeoutMs ?? 10_000);
  bodyTimer?.unref();
  req.once('end', () => {
    clearTimeout(bodyTimer);
  });
  res.once('close', () => {
    clearTimeout(bodyTimer);
  });
  try {
    const response = await handler(toWebRequest(req), { clientAddress: req.socket.remoteAddress });
    await writeWebResponse(res, response);
  } catch {
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json; charset=utf-8');
    }
    res.end(res.headersSent ? undefined : JSON.stringify({ error: { code: 'internal-error', message: 'The server failed to answer this request' } }));
  }
}

const pathOf = (req: NodeRequest): string => (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
const prefixOf = (options: MountOptions): string => (options.prefix ?? '').replace(/\/+$/, '');

/** A `node:http` request listener. Requests outside the prefix get a JSON 404. */
export function toNodeListener(handler: FetchHandler, options: MountOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const prefix = prefixOf(options);
  return (req, res) => {
    if (!under(pathOf(req), prefix)) {
      answerJson(res, 404, 'not-found', 'No such endpoint');
      return;
    }
    void serve(handler, req, res, options);
  };
}

/** A connect-style middleware (Vite's `server.middlewares.use(...)`); other paths go to `next()`. */
export function toConnectMiddleware(
  handler: FetchHandler,
  options: MountOptions = {},
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  const prefix = prefixOf(options);
  return (req, res, next) => {
    if (!under(pathOf(req), prefix)) {
      next();
      return;
    }
    void serve(handler, req, res, options);
  };
}
