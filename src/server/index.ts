/**
 * `xs2a-elements/server`: the reference host backend (DESIGN.md, "Host backend contract") as a
 * Fetch-API handler, against Klarna's API or the simulator. It holds the API token; the browser
 * only ever sees `flow_id`, `client_token`, `state`, flow results and reports.
 *
 * | request | answer |
 * |---|---|
 * | `POST /flows` | `201 {"data":{"flow_id","client_token","state"}}` |
 * | `GET /flows/{id}` | `200 {"data":{"state","result"?}}` |
 * | `DELETE /flows/{id}` | `204`, idempotent: flow and Klarna session closed |
 * | `POST /reports` | `200` the report as Klarna sent it |
 *
 * Errors are `{"error":{"code","message"}}`. Flows and consumers are bound to the browser that
 * created them by a signed HttpOnly cookie; any other browser gets 404.
 */
import { createFlowRequest, reportRequest } from '../schemas/host-backend.js';
import type { ReportModuleType } from '../schemas/reports.js';
import { createBrowserCookies } from './browser-cookie.js';
import { FlowService } from './flows.js';
import { errorResponse, HostError, jsonResponse, jsonTextResponse, notFound, readJsonBody } from './http.js';
import { KlarnaClient } from './klarna-client.js';
import type { HostLogger } from './log.js';
import { silentLogger } from './log.js';
import { createOriginPolicy } from './origin.js';
import type { ReportApi } from './reports.js';
import { createReport } from './reports.js';
import { BindingStore } from './store.js';

export type { HostLogger, HostLogLevel } from './log.js';
export type { ReportApi } from './reports.js';
export type { HostErrorCode } from './http.js';

export interface HostBackendOptions {
  /** Klarna's API, e.g. `https://api.playground.openbanking.klarna.com`, or the simulator's URL. */
  apiBaseUrl: string;
  /** Klarna's API token. Sent only to `apiBaseUrl`'s origin; never in a response or log line. */
  apiToken: string;
  /** `Authorization` scheme. Default `Token`, as in Klarna's XS2A docs. */
  authScheme?: 'Token' | 'Bearer';
  /** Signs the browser cookie; at least 32 characters, kept secret, stable across restarts. */
  cookieSecret: string;
  /** Where the handler is mounted, e.g. `/api`. Default `''`. */
  basePath?: string;
  /** Pages on other origins allowed to call the backend (CORS with credentials). Same-host pages always are. */
  allowedOrigins?: readonly string[];
  /** Which of Klarna's report APIs `POST /reports` uses. Default `modular` (seed 000). */
  reportApi?: ReportApi;
  /** Report modules when a request names none. Default all five the viewer reads. */
  defaultReports?: readonly ReportModuleType[];
  /** Default `xs2a_browser`. */
  cookieName?: string;
  /** Default `Strict`; `None` (with Secure) for a page on another site. */
  cookieSameSite?: 'Strict' | 'Lax' | 'None';
  /** Default: Secure exactly when the request came over https. */
  secureCookie?: boolean;
  /** The consumer's IP for Klarna's `psu`, e.g. from a trusted proxy header. Default: what the adapter passes, else `127.0.0.1`. */
  clientAddress?: (request: Request) => string | undefined;
  /** Calls to Klarna go through this; tests and the demo pass the simulator here. Default `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Per upstream call, in ms. Default 10000. */
  upstreamTimeoutMs?: number;
  /** Largest accepted request body. Default 16 KiB. */
  maxBodyBytes?: number;
  /** After this, a flow nobody finished is closed by the sweep, in ms. Default 30 minutes. */
  flowTtlMs?: number;
  /** The sweep runs at most this often, on incoming requests, in ms; 0 turns it off (call `sweep()`). Default 15000. */
  sweepIntervalMs?: number;
  log?: HostLogger;
  now?: () => number;
}

/** What the Node adapter (or any server) can pass along with the request. */
export interface HostRequestContext {
  clientAddress?: string | undefined;
}

export interface HostBackend {
  (request: Request, context?: HostRequestContext): Promise<Response>;
  /** Closes sessions of ended or expired flows that no browser closed. */
  sweep(): Promise<void>;
}

// Every module the viewer reads: the account's name, IBAN and balances make its header.
const defaultModules: readonly ReportModuleType[] = ['ACCOUNT_INFOS', 'BALANCES', 'CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME', 'EXPENSE_CATEGORIES'];

export function createHostBackend(options: HostBackendOptions): HostBackend {
  if (options.cookieSecret.length < 32) throw new TypeError('createHostBackend: cookieSecret must have at least 32 characters');
  if (!options.apiToken) throw new TypeError('createHostBackend: apiToken is required');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const log = options.log ?? silentLogger;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const reportApi = options.reportApi ?? 'modular';
  const modules = options.defaultReports ?? defaultModules;
  const fetcher = options.fetch ?? ((request: Request) => fetch(request));
  const klarna = new KlarnaClient({
    apiBaseUrl: options.apiBaseUrl,
    apiToken: options.apiToken,
    authScheme: options.authScheme ?? 'Token',
    fetch: fetcher,
    timeoutMs: options.upstreamTimeoutMs ?? 10_000,
    log,
  });
  const store = new BindingStore();
  const flows = new FlowService({ klarna, store, log, now, flowTtlMs: options.flowTtlMs ?? 30 * 60_000, intendedReports: modules });
  const cookies = createBrowserCookies({
    secret: options.cookieSecret,
    name: options.cookieName ?? 'xs2a_browser',
    path: basePath || '/',
    sameSite: options.cookieSameSite ?? 'Strict',
    secure: options.secureCookie,
    maxAgeSeconds: 24 * 60 * 60,
  });
  const origins = createOriginPolicy(options.allowedOrigins ?? []);
  const sweepIntervalMs = options.sweepIntervalMs ?? 15_000;
  let lastSweep = now();
  let sweeping: Promise<void> | undefined;

  const sweep = (): Promise<void> => {
    sweeping ??= flows.sweep().finally(() => {
      sweeping = undefined;
    });
    return sweeping;
  };

  const route = async (request: Request, path: string, context: HostRequestContext): Promise<Response> => {
    const flowMatch = /^\/flows\/([A-Za-z0-9_-]{1,128})$/.exec(path);
    if (path === '/flows') {
      if (request.method !== 'POST') throw new HostError(405, 'method-not-allowed', 'Use POST to create a flow');
      const body = await readJsonBody(request, createFlowRequest, 'flow request', maxBodyBytes);
      const existing = await cookies.read(request);
      const minted = existing === undefined ? await cookies.mint(request) : undefined;
      const browserId = existing ?? minted?.browserId ?? '';
      const psu = {
        user_agent: request.headers.get('user-agent') ?? 'unknown',
        ip_address: options.clientAddress?.(request) ?? context.clientAddress ?? '127.0.0.1',
      };
      const data = await flows.create(body, psu, browserId);
      return jsonResponse({ data }, 201, minted ? { 'set-cookie': minted.setCookie } : {});
    }
    if (flowMatch) {
      const browserId = await cookies.read(request);
      const binding = store.flowFor(flowMatch[1] ?? '', browserId);
      if (request.method === 'GET') {
        if (!binding) throw notFound();
        return jsonResponse({ data: await flows.read(binding) });
      }
      if (request.method === 'DELETE') {
        if (!binding) throw notFound();
        await flows.close(binding);
        return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
      }
      throw new HostError(405, 'method-not-allowed', 'Use GET or DELETE on a flow');
    }
    if (path === '/reports') {
      if (request.method !== 'POST') throw new HostError(405, 'method-not-allowed', 'Use POST to create a report');
      const body = await readJsonBody(request, reportRequest, 'report request', maxBodyBytes);
      const consumer = store.consumerFor(body.insights_consumer_id, await cookies.read(request));
      if (!consumer) throw notFound();
      return jsonTextResponse(await createReport(klarna, reportApi, consumer, body, modules));
    }
    throw new HostError(404, 'not-found', 'No such endpoint');
  };

  const handler = async (request: Request, context: HostRequestContext = {}): Promise<Response> => {
    const { allowed, headers: corsHeaders } = origins.check(request);
    let response: Response;
    try {
      const pathname = new URL(request.url).pathname;
      const path = pathname === basePath ? '/' : pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
      if (!allowed) throw new HostError(403, 'forbidden-origin', 'This origin may not call the backend');
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...corsHeaders, 'access-control-allow-methods': 'GET, POST, DELETE', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
        });
      }
      if (path === undefined) throw new HostError(404, 'not-found', 'No such endpoint');
      if (sweepIntervalMs > 0 && now() - lastSweep >= sweepIntervalMs) {
        lastSweep = now();
        void sweep();
      }
      response = await route(request, path, context);
    } catch (error) {
      if (error instanceof HostError) {
        response = errorResponse(error);
      } else {
        log('error', `unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
        response = errorResponse(new HostError(500, 'internal-error', 'The backend failed to answer this request'));
      }
    }
    for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
    return response;
  };

  return Object.assign(handler, { sweep });
}
