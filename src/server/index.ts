/**
 * `xs2a-elements/server`: the reference host backend as a Fetch-API handler, against Klarna's API
 * or the simulator. It holds the API token; the browser only ever sees `flow_id`, `client_token`,
 * `state`, flow results and reports.
 *
 * | request | answer |
 * |---|---|
 * | `POST /flows` | `201 {"data":{"flow_id","client_token","state"}}` |
 * | `GET /flows/{id}` | `200 {"data":{"state","result"?}}` |
 * | `DELETE /flows/{id}` | `204`, idempotent: flow and Klarna session closed |
 * | `POST /reports` | `200` the report as Klarna sent it |
 *
 * Errors are `{"error":{"code","message"}}`. Flows and consumers are bound to their owner: the
 * host's signed-in user (`identify`) or an anonymous browser id in a signed HttpOnly cookie; any
 * other owner gets 404. Everything a request depends on lives in `store` (an unstorage `Storage`),
 * so the handler runs on any number of instances and on serverless platforms.
 */
import { createFlowRequest, reportRequest } from '../schemas/host-backend.js';
import type { Psu } from '../schemas/common.js';
import type { ReportModuleType } from '../schemas/reports.js';
import { isReportModuleType, reportModuleTypes } from '../schemas/reports.js';
import type { BackendStorage } from './storage.js';
import { createStorage } from 'unstorage';
import { createBrowserCookies } from './browser-cookie.js';
import { createClaims } from './claim.js';
import type { ConsumerEvent } from './flows.js';
import { FlowService } from './flows.js';
import { errorResponse, HostError, jsonResponse, jsonTextResponse, notFound, readJsonBody, tooManyRequests } from './http.js';
import { createWindowCounter, ReportSlots } from './limits.js';
import type { FlowRateLimit } from './limits.js';
import { KlarnaClient } from './klarna-client.js';
import type { HostLogger } from './log.js';
import { silentLogger } from './log.js';
import { createOriginPolicy } from './origin.js';
import type { Identify } from './owner.js';
import { createOwnerResolver } from './owner.js';
import type { ConsumerAccess, ReportApi } from './reports.js';
import { createReport } from './reports.js';
import { BindingStore } from './store.js';
import { Sweeper } from './sweeper.js';

export type { HostLogger, HostLogLevel } from './log.js';
export type { ReportApi } from './reports.js';
export type { HostErrorCode } from './http.js';
export type { FlowRateLimit } from './limits.js';
export type { ConsumerEvent } from './flows.js';
export type { Identify } from './owner.js';
export type { BackendStorage } from './storage.js';

export interface HostBackendOptions {
  /**
   * Where flows and consumers are kept between requests: any unstorage `Storage` (Redis, Cloudflare
   * KV, Vercel KV, fs, db0, …) shared by every instance. Default: in this process's memory, which
   * suits one process in development.
   */
  store?: BackendStorage;
  /**
   * The owner of a request, e.g. the host's signed-in user id; `undefined` answers 401. Default:
   * an anonymous browser id in a signed cookie.
   */
  identify?: Identify;
  /** Called once per finished flow, to keep the consumer with the host's user. A throw fails the read, which retries it. */
  onConsumer?: (event: ConsumerEvent) => void | Promise<void>;
  /**
   * Consulted when the store does not bind `consumerId` to `owner` (e.g. the host keeps it in its
   * own database); `true` allows reports and refresh flows for it.
   */
  authorizeConsumer?: (owner: string, consumerId: string) => boolean | Promise<boolean>;
  /** Read `X-Forwarded-Proto`, `-Host` and `-For` from the proxy in front. Only behind a proxy that sets them. */
  trustProxy?: boolean;
  /** The origin pages use, e.g. `https://bank.example`, for the same-origin check and the cookie behind a proxy that rewrites `Host`. */
  publicOrigin?: string;
  /** Klarna's API, e.g. `https://api.playground.openbanking.klarna.com`, or the simulator's URL. */
  apiBaseUrl: string;
  /** Klarna's API token. Sent only to `apiBaseUrl`'s origin; never in a response or log line. */
  apiToken: string;
  /** `Authorization` scheme. Default `Token`, as in Klarna's XS2A docs. */
  authScheme?: 'Token' | 'Bearer';
  /**
   * Signs the browser cookie: at least 32 characters, kept secret, the same on every instance. A
   * list rotates secrets: the first signs, all verify (put the new one first; drop the old one a
   * day later, when the cookies it signed have expired).
   */
  cookieSecret: string | readonly string[];
  /** Where the handler is mounted, e.g. `/api`. Default `''`. */
  basePath?: string;
  /** Pages on other origins allowed to call the backend (CORS with credentials). Same-host pages always are. */
  allowedOrigins?: readonly string[];
  /**
   * Which of Klarna's report APIs `POST /reports` uses. Default `per-report`: Klarna's "Modular
   * Report Creation" page is marked deprecated and points to the per-report endpoints.
   */
  reportApi?: ReportApi;
  /**
   * Report modules when a request names none: the flow's `intended_reports` and the modules of
   * `POST /reports`. Names (`'BALANCES'`) or Klarna's `{ type }` objects; Klarna is sent `{ type }`.
   * Default all five the viewer reads.
   */
  defaultReports?: readonly (ReportModuleType | { type: ReportModuleType })[];
  /**
   * Klarna's session `redirect_return_url`: where a bank's PSD2 redirect returns the consumer, e.g.
   * the page or app view that holds the XS2A App in a mobile web view (Klarna's "Redirects in
   * Mobile Apps" page). An absolute http(s) URL. Default: none.
   */
  redirectReturnUrl?: string;
  /** Default `xs2a_browser`; over https the cookie is named `__Host-` + this name, with `Path=/`. */
  cookieName?: string;
  /** Default `Strict`; `None` (with Secure) for a page on another site. */
  cookieSameSite?: 'Strict' | 'Lax' | 'None';
  /** Default: Secure exactly when the page reached the backend over https (see `publicOrigin`, `trustProxy`). */
  secureCookie?: boolean;
  /**
   * The consumer's IP for Klarna's `psu`. Default: `X-Forwarded-For` with `trustProxy`, else the
   * `clientAddress` the adapter passes in the context. With none of them, `POST /flows` fails
   * (500, and a log line saying what to configure): the backend never makes an address up.
   */
  clientAddress?: (request: Request) => string | undefined;
  /** Calls to Klarna go through this; tests and the demo pass the simulator here. Default `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Per upstream call, in ms. Default 10000. */
  upstreamTimeoutMs?: number;
  /** Largest answer accepted from Klarna (a year of a busy account's report is a few MB). Default 64 MiB. */
  maxUpstreamBytes?: number;
  /**
   * Reports this instance joins from several per-report answers at once (those are parsed; a
   * single answer streams through); more wait their turn. One owner may ask for two at once. Default 4.
   */
  maxConcurrentReports?: number;
  /** Largest accepted request body. Default 16 KiB. */
  maxBodyBytes?: number;
  /** After this, a flow nobody finished is closed by the sweep, in ms. Default 30 minutes. */
  flowTtlMs?: number;
  /** Flows one owner may have open at once (a session Klarna still holds); one more gets 429. Default 10. */
  maxOpenFlowsPerOwner?: number;
  /**
   * Optional: flows one owner, and one client address, may create per window, counted in the store
   * across instances; one more gets 429 with `Retry-After`. Default: no such limit.
   */
  flowRateLimit?: FlowRateLimit;
  /** How long a consumer stays bound to its owner in the store after its last refresh, in ms. Default 24 hours. */
  consumerTtlMs?: number;
  /** The sweep runs at most this often across all instances, started by incoming requests, in ms; 0 turns it off (call `sweep()`). Default 15000. */
  sweepIntervalMs?: number;
  /** Open flows the sweep handles at once. Default 8. */
  sweepConcurrency?: number;
  /** Where refusals (with their request id), upstream calls and failures are told. Never a secret. Default: silent. */
  log?: HostLogger;
  /** The clock, in ms since the epoch: tests move it. Default `Date.now`. */
  now?: () => number;
}

/**
 * What the server can pass along with the request. Anything else a platform passes (Next.js's
 * `params`, …) is ignored, so the handler is a route handler as it is.
 */
export interface HostRequestContext {
  /** The consumer's IP address, as the socket saw it. */
  clientAddress?: string | undefined;
  /** Keeps background work (the sweep) alive after the answer: Cloudflare's `ctx.waitUntil`, Vercel's `waitUntil`. */
  waitUntil?: ((work: Promise<unknown>) => void) | undefined;
  [key: string]: unknown;
}

export interface HostBackend {
  (request: Request, context?: HostRequestContext): Promise<Response>;
  /** Closes sessions of ended or expired flows that no browser closed, on any instance; for a scheduled job. */
  sweep(): Promise<void>;
  /** Stops background work and waits for what runs: for a graceful shutdown. */
  close(): Promise<void>;
}

// Every module the viewer reads, those of its header (the account's name, IBAN and balances) first.
const headerModules: readonly ReportModuleType[] = ['ACCOUNT_INFOS', 'BALANCES'];
const defaultModules: readonly ReportModuleType[] = [...headerModules, ...reportModuleTypes.filter((type) => !headerModules.includes(type))];

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/** Module names from either form of `defaultReports`; an unknown one is a mistake in the host's code. */
function moduleNames(reports: readonly (ReportModuleType | { type: ReportModuleType })[]): ReportModuleType[] {
  return reports.map((report) => {
    const type: unknown = typeof report === 'string' ? report : report.type;
    if (typeof type !== 'string' || !isReportModuleType(type)) {
      throw new TypeError(`createHostBackend: defaultReports has ${JSON.stringify(type)}; expected one of ${reportModuleTypes.join(', ')}`);
    }
    return type;
  });
}

export function createHostBackend(options: HostBackendOptions): HostBackend {
  const cookieSecrets = typeof options.cookieSecret === 'string' ? [options.cookieSecret] : options.cookieSecret;
  if (cookieSecrets.length === 0 || cookieSecrets.some((secret) => secret.length < 32)) {
    throw new TypeError('createHostBackend: cookieSecret must have at least 32 characters (each one, in a list)');
  }
  if (!options.apiToken) throw new TypeError('createHostBackend: apiToken is required');
  if (options.redirectReturnUrl !== undefined && !isHttpUrl(options.redirectReturnUrl)) {
    throw new TypeError(`createHostBackend: redirectReturnUrl must be an absolute http(s) URL, not ${JSON.stringify(options.redirectReturnUrl)}`);
  }
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const log = options.log ?? silentLogger;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const reportApi = options.reportApi ?? 'per-report';
  const modules = options.defaultReports ? moduleNames(options.defaultReports) : defaultModules;
  const fetcher = options.fetch ?? ((request: Request) => fetch(request));
  const klarna = new KlarnaClient({
    apiBaseUrl: options.apiBaseUrl,
    apiToken: options.apiToken,
    authScheme: options.authScheme ?? 'Token',
    fetch: fetcher,
    timeoutMs: options.upstreamTimeoutMs ?? 10_000,
    maxBodyBytes: options.maxUpstreamBytes ?? 64 * 1024 * 1024,
    log,
  });
  const storage = options.store ?? createStorage();
  const claims = createClaims(storage, now);
  const flowTtlMs = options.flowTtlMs ?? 30 * 60_000;
  const store = new BindingStore({ storage, now, log, retentionMs: 2 * flowTtlMs, consumerTtlMs: options.consumerTtlMs ?? 24 * 60 * 60_000 });
  const flows = new FlowService({ klarna, store, claims, log, now, flowTtlMs, intendedReports: modules, redirectReturnUrl: options.redirectReturnUrl, onConsumer: options.onConsumer });
  const origins = createOriginPolicy({ allowedOrigins: options.allowedOrigins ?? [], publicOrigin: options.publicOrigin, trustProxy: options.trustProxy ?? false });
  const cookies = createBrowserCookies({
    secrets: cookieSecrets,
    name: options.cookieName ?? 'xs2a_browser',
    sameSite: options.cookieSameSite ?? 'Strict',
    secure: (request) => options.secureCookie ?? origins.publicOrigin(request).protocol === 'https:',
    maxAgeSeconds: 24 * 60 * 60,
    now,
  });
  const owners = createOwnerResolver(options.identify, cookies);
  const sweeper = new Sweeper({ flows, store, claims, log, now, intervalMs: options.sweepIntervalMs ?? 15_000, concurrency: options.sweepConcurrency ?? 8 });

  /**
   * Klarna's `psu`: the consumer's device as the request shows it. Klarna's "Quick Start Guide for
   * Insights" requires both fields, and banks judge the consumer by them: a made-up address or
   * user agent is worse than none, so a request without them is refused.
   */
  const psuOf = (request: Request, context: HostRequestContext): Psu => {
    const custom = options.clientAddress?.(request);
    const forwarded = options.trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const ipAddress = custom || forwarded || context.clientAddress;
    if (!ipAddress) {
      log(
        'error',
        "POST /flows: no client address for Klarna's psu.ip_address. Pass { clientAddress } in the handler's context (the Node adapter does), set trustProxy behind a proxy that sends X-Forwarded-For, or give the clientAddress option",
      );
      throw new HostError(500, 'internal-error', "The backend is not configured to read the consumer's address");
    }
    const userAgent = request.headers.get('user-agent');
    if (!userAgent) throw new HostError(400, 'bad-request', "The request has no User-Agent header, which Klarna's psu.user_agent needs");
    return { user_agent: userAgent, ip_address: ipAddress };
  };

  const maxOpenFlows = options.maxOpenFlowsPerOwner ?? 10;
  const reportSlots = new ReportSlots(options.maxConcurrentReports ?? 4, 2);
  const counter = createWindowCounter(storage, now);

  /** Refuses a new flow beyond the owner's open flows, or beyond the rate limit of the owner or its address. */
  const checkFlowLimits = async (owner: string, address: string): Promise<void> => {
    const rate = options.flowRateLimit;
    if (rate) {
      const retryAfter = rate.windowMs - (now() % rate.windowMs);
      for (const who of [`owner:${owner}`, `address:${address}`]) {
        if ((await counter.hit(who, rate.windowMs)) > rate.flows) {
          throw tooManyRequests('Too many bank connections started; try again later', retryAfter, `rate limit of ${rate.flows} per ${rate.windowMs} ms reached by ${who.startsWith('owner') ? 'an owner' : `address ${address}`}`);
        }
      }
    }
    const open = await store.openFlowsOf(owner);
    if (open.length >= maxOpenFlows) {
      // The oldest is closed by the sweep once it is flowTtlMs old, if its browser does not close it first.
      throw tooManyRequests('Too many bank connections are open; finish or close one first', (open[0]?.createdAt ?? now()) + flowTtlMs - now(), `the owner has ${open.length} flows open (maxOpenFlowsPerOwner ${maxOpenFlows})`);
    }
  };

  /** The owner's consumer from the store, else the host's word for it; `undefined` reads as unknown. */
  const consumerAccess = async (owner: string, consumerId: string): Promise<ConsumerAccess | undefined> => {
    const bound = await store.consumerFor(consumerId, owner);
    if (bound) return bound;
    return (await options.authorizeConsumer?.(owner, consumerId)) === true ? { consumerId } : undefined;
  };

  const route = async (request: Request, path: string, context: HostRequestContext): Promise<Response> => {
    const flowMatch = /^\/flows\/([A-Za-z0-9_-]{1,128})$/.exec(path);
    if (path === '/flows') {
      if (request.method !== 'POST') throw new HostError(405, 'method-not-allowed', 'Use POST to create a flow');
      const body = await readJsonBody(request, createFlowRequest, 'flow request', maxBodyBytes);
      const owner = await owners.forCreate(request);
      // A refresh of a known consumer is its owner's alone: anyone else's id is as unknown as a made-up one.
      if (body.insights_consumer_id != null && !(await consumerAccess(owner.id, body.insights_consumer_id))) throw notFound();
      const psu = psuOf(request, context);
      await checkFlowLimits(owner.id, psu.ip_address);
      const data = await flows.create(body, psu, owner.id, (work) => {
        sweeper.keep(work, context.waitUntil);
      });
      await store.noteOwnerFlow(owner.id, data.flow_id, now());
      return jsonResponse({ data }, 201, owner.setCookie ? { 'set-cookie': owner.setCookie } : {});
    }
    if (flowMatch) {
      if (request.method !== 'GET' && request.method !== 'DELETE') throw new HostError(405, 'method-not-allowed', 'Use GET or DELETE on a flow');
      const owner = await owners.forRead(request);
      const flow = owner === undefined ? undefined : await store.flowFor(flowMatch[1] ?? '', owner);
      if (!flow) throw notFound(`no flow ${flowMatch[1] ?? ''} for this owner`);
      if (request.method === 'GET') return jsonResponse({ data: await flows.read(flow) });
      await flows.close(flow);
      return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    }
    if (path === '/reports') {
      if (request.method !== 'POST') throw new HostError(405, 'method-not-allowed', 'Use POST to create a report');
      const body = await readJsonBody(request, reportRequest, 'report request', maxBodyBytes);
      const owner = await owners.forRead(request);
      const consumer = owner === undefined ? undefined : await consumerAccess(owner, body.insights_consumer_id);
      if (!consumer) throw notFound(`no consumer ${body.insights_consumer_id} for this owner`);
      return jsonTextResponse(await reportSlots.run(owner ?? '', () => createReport(klarna, reportApi, consumer, body, modules)));
    }
    throw new HostError(404, 'not-found', 'No such endpoint');
  };

  /**
   * Every refusal in the log with its request id (also sent as `X-Request-Id`, so a support ticket
   * can name it): 5xx as errors, refusals a flood or an attack makes (401, 403, 429) as warnings,
   * the rest (a binding miss, a malformed request) as info.
   */
  const logRefusal = (request: Request, error: HostError, requestId: string): void => {
    const level = error.status >= 500 ? 'error' : [401, 403, 429].includes(error.status) ? 'warn' : 'info';
    const where = `${request.method} ${new URL(request.url).pathname}`;
    log(level, `${where} → ${error.status} ${error.code}: ${error.detail ?? error.message} [request ${requestId}]`);
  };

  const handler = async (request: Request, context: HostRequestContext = {}): Promise<Response> => {
    // A proxy's id is kept when it is plain enough to log; otherwise the backend makes one.
    const incomingId = request.headers.get('x-request-id');
    const requestId = incomingId && /^[A-Za-z0-9._:-]{1,64}$/.test(incomingId) ? incomingId : crypto.randomUUID();
    const { allowed, headers: corsHeaders } = origins.check(request);
    let response: Response;
    try {
      const pathname = new URL(request.url).pathname;
      const path = pathname === basePath ? '/' : pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
      if (!allowed) {
        throw new HostError(403, 'forbidden-origin', 'This origin may not call the backend', {
          detail: `origin ${request.headers.get('origin') ?? ''} is not the backend's own (${origins.publicOrigin(request).origin}) nor in allowedOrigins; behind a proxy, set publicOrigin or trustProxy`,
        });
      }
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...corsHeaders, 'access-control-allow-methods': 'GET, POST, DELETE', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
        });
      }
      if (path === undefined) throw new HostError(404, 'not-found', 'No such endpoint');
      sweeper.maybeSweep(context.waitUntil);
      response = await route(request, path, context);
    } catch (error) {
      const refusal =
        error instanceof HostError
          ? error
          : new HostError(500, 'internal-error', 'The backend failed to answer this request', { detail: `unexpected failure: ${error instanceof Error ? error.message : String(error)}` });
      response = errorResponse(refusal);
      logRefusal(request, refusal, requestId);
    }
    for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
    response.headers.set('x-request-id', requestId);
    return response;
  };

  return Object.assign(handler, { sweep: () => sweeper.sweep(), close: () => sweeper.close() });
}
