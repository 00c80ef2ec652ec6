/**
 * `xs2a-elements/simulator`: an offline Klarna playground. A Fetch-API handler that answers
 * the XS2A and Insights endpoints of Klarna's public documentation with Klarna's paths, shapes,
 * states and error bodies, and serves a fake XS2A App launcher whose test bank drives the flows.
 * Web-standard APIs only, so it runs in Node, other runtimes and a browser alike.
 *
 * Where that documentation is silent it chooses: a closed session still answers `GET` with state
 * `CLOSED` and `DELETE` with 204, but takes no new flow (409) and hides its flows (404); it
 * cannot be closed while a flow runs (409, Klarna's "Flow" page); the consent of a session with
 * an accounts or transactions scope comes from `POST {session}/consent/get`; and the per-report
 * generation is answered at Klarna's `POST /insights/v1/reports/{name}/create` (`categorization`,
 * `balance-over-time`, `expense-category`, `balances`, `account-info`) with the documented
 * per-report request body (dates, not a time frame).
 *
 * The fake app talks to `/xs2a-app/v1/flows/{flow_id}` (`GET`, `POST …/login`, `…/accounts`,
 * `…/abort`) with the client_token as its Bearer credential, and serves brand icons at
 * `/icons/{slug}.svg`; these, like the launcher script, need no API token.
 */
import { Engine } from './engine.js';
import { json, KlarnaHttpError, klarnaErrorResponse } from './http.js';
import { importHmacKey } from './jwt.js';
import type { Access, RouteContext } from './routes.js';
import { createRoutes } from './routes.js';

export interface KlarnaSimulatorOptions {
  /** The API token. When set, every API call needs `Authorization: Token <token>` (or `Bearer`). */
  token?: string;
  /** Same seed, same ids, tokens and bank data. Default `'xs2a-elements'`. */
  seed?: string | number;
  /** Path of the fake launcher script below `basePath`. Default Klarna's: `/xs2a/app-launcher/v0/xs2a-app-launcher.js`. */
  launcherPath?: string;
  /** Where the handler is mounted, e.g. `/klarna`; links in responses include it. Default `''`. */
  basePath?: string;
  /** Key for the HMAC signatures of `client_token`s, consent tokens and offsets. Default: derived from the seed. */
  signingKey?: string;
  /** The clock; tests move it to pass the bank's processing time. Default `Date.now`. */
  now?: () => number;
  /** How long the test bank processes a step, in ms. Default 600. */
  processingMs?: number;
  /** How long the `slow` bank processes the login, in ms. Default 6000. */
  slowProcessingMs?: number;
  /**
   * Told of every call to the API (not the fake app's or the launcher's) with the body as it
   * arrived and the status answered: for tests that check what reached "Klarna".
   */
  onApiCall?: (call: SimulatorApiCall) => void;
}

/** One call to the simulated API, as `onApiCall` reports it. The `Authorization` header is left out. */
export interface SimulatorApiCall {
  method: string;
  /** Below `basePath`, e.g. `/xs2a/v1/sessions`. */
  path: string;
  /** The parsed JSON body; `undefined` when empty or not JSON. */
  body: unknown;
  status: number;
}

const jsonOrUndefined = (text: string): unknown => {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
};

export type KlarnaSimulator = (request: Request) => Promise<Response>;

export const defaultLauncherPath = '/xs2a/app-launcher/v0/xs2a-app-launcher.js';

/** The fake app is served to any page, as Klarna's CDN serves the real one. */
const openCors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '600',
};

const trimSlash = (path: string): string => path.replace(/\/+$/, '');

/** Compares without an early exit, so response times do not reveal how much of the token matched. */
function sameSecret(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= (given.charCodeAt(index % Math.max(1, given.length)) || 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}

function authorized(request: Request, token: string | undefined): boolean {
  if (token === undefined) return true;
  const match = /^(?:Token|Bearer) (.+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] !== undefined && sameSecret(match[1], token);
}

export function createKlarnaSimulator(options: KlarnaSimulatorOptions = {}): KlarnaSimulator {
  const seed = String(options.seed ?? 'xs2a-elements');
  const basePath = trimSlash(options.basePath ?? '');
  const engine = new Engine({
    seed,
    now: options.now ?? Date.now,
    processingMs: options.processingMs ?? 600,
    slowProcessingMs: options.slowProcessingMs ?? 6000,
  });
  const routes = createRoutes(options.launcherPath ?? defaultLauncherPath);
  const key = importHmacKey(options.signingKey ?? `xs2a-elements-simulator|${seed}`);

  const report = async (copy: Request, path: string, status: number): Promise<void> => {
    options.onApiCall?.({ method: copy.method, path, body: jsonOrUndefined(await copy.text().catch(() => '')), status });
  };

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : undefined;
    const matching = path === undefined ? [] : routes.filter((route) => route.pattern.test(path));
    const access: Access | undefined = matching[0]?.access;
    const corsHeaders: Record<string, string> = access === 'app' || access === 'public' ? openCors : {};
    if (request.method === 'OPTIONS' && matching.length > 0) return new Response(null, { status: 204, headers: corsHeaders });
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = matching.find((candidate) => candidate.method === method);
    try {
      if (path === undefined || matching.length === 0) throw new KlarnaHttpError(404, 'NOT_FOUND', `No such endpoint: ${request.method} ${url.pathname}`);
      if (!route) {
        throw new KlarnaHttpError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here`);
      }
      if (route.access === 'api' && !authorized(request, options.token)) {
        throw new KlarnaHttpError(401, 'UNAUTHORIZED', 'Missing or invalid Authorization header; expected "Token <your API token>"');
      }
      const context: RouteContext = {
        request,
        params: (route.pattern.exec(path) ?? []).slice(1),
        base: `${url.origin}${basePath}`,
        engine,
        key: await key,
      };
      const copy = options.onApiCall && route.access === 'api' ? request.clone() : undefined;
      let response: Response;
      try {
        response = await route.handle(context);
      } catch (error) {
        if (copy && error instanceof KlarnaHttpError) await report(copy, path, error.status);
        throw error;
      }
      if (copy) await report(copy, path, response.status);
      for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      if (error instanceof KlarnaHttpError) return klarnaErrorResponse(error, corsHeaders);
      return json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The simulator failed to answer this request' } }, 500, corsHeaders);
    }
  };
}

export { createSampleReport } from './sample-report.js';
export type { SampleReportOptions } from './sample-report.js';
