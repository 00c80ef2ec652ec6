/** The simulated playground's HTTP surface: Klarna's paths, plus the fake app's own API. */
import { consentTransactionsNextRequest, consentTransactionsRequest } from '../schemas/transactions.js';
import { categorizedReportRequest, modularReportRequest, perReportRequest } from '../schemas/reports.js';
import { insightsRefreshFlowRequest } from '../schemas/flows.js';
import { sessionCreateRequest } from '../schemas/sessions.js';
import {
  accountFlowRequest,
  consentAccountsRequest,
  accountsFlowRequest,
  flowTransactionsNextRequest,
  testBankAccountSelection,
  testBankLogin,
  testBankOtp,
  transactionsFlowRequest,
} from '../schemas/simulator.js';
import { brandIconSvg } from './catalog.js';
import type { ConsentRecord, ConsumerRecord, Engine, FlowRecord, FlowType, SessionRecord } from './engine.js';
import { xs2aAccount } from './engine.js';
import { decodeOffset, encodeOffset, readConsentToken, signConsentToken } from './consent.js';
import type { PageCursor } from './consent.js';
import { json, KlarnaHttpError, notFound, readBody } from './http.js';
import { signJwt, verifyJwt } from './jwt.js';
import { launcherScript } from './launcher-script.js';
import type { ModuleType, ReportScope } from './reports.js';
import { categorizedReport, isModuleType, modularReport, perReport, perReportPaths, xs2aTransaction } from './reports.js';
import { appCategory } from './categories.js';
import { scenarioFor, scenarioHint, testBankCodes } from './scenarios.js';

export interface RouteContext {
  request: Request;
  /** Captured path parameters. */
  params: string[];
  /** Absolute URL of the simulator's root, without a trailing slash, e.g. `http://localhost:5173/klarna`. */
  base: string;
  engine: Engine;
  key: CryptoKey;
}

type Access = 'api' | 'app' | 'public';

interface Route {
  method: string;
  pattern: RegExp;
  access: Access;
  handle: (context: RouteContext) => Promise<Response> | Response;
}

const seconds = (engine: Engine): number => Math.floor(engine.now() / 1000);
const segment = '([A-Za-z0-9_-]+)';
const param = (context: RouteContext, index: number): string => context.params[index] ?? '';

// ---- sessions ------------------------------------------------------------------------------

const sessionUrl = (context: RouteContext, session: SessionRecord): string => `${context.base}/xs2a/v1/sessions/${session.id}`;

/** All six flow links, as Klarna's session answer lists them (Insights quick start guide). */
function sessionLinks(context: RouteContext, session: SessionRecord): Record<string, string> {
  const self = sessionUrl(context, session);
  return {
    balances: `${self}/flows/balances`,
    transfer: `${self}/flows/transfer`,
    account_details: `${self}/flows/account-details`,
    accounts: `${self}/flows/accounts`,
    transactions: `${self}/flows/transactions`,
    insights_refresh: `${context.base}/insights/v1/sessions/${session.id}/flows/insights-refresh`,
  };
}

/** The consent resources this test bank grants: what a session's `consent_scope` may ask for. */
const consentResources = ['accounts', 'transactions'] as const;
const grantedResources = (session: SessionRecord): string[] => consentResources.filter((resource) => resource in session.consentScope);

/** `data.consent`: the session's consent link, when its scope asked for a consent (Klarna's "Consents" page). */
const consentLink = (context: RouteContext, session: SessionRecord): Record<string, string> =>
  grantedResources(session).length > 0 ? { consent: `${sessionUrl(context, session)}/consent/get` } : {};

async function createSession(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, sessionCreateRequest, 'session request');
  const session = context.engine.createSession(body.language ?? undefined, body.consent_scope ?? {}, body.psu);
  return json(
    {
      data: {
        session_id: session.id,
        session_id_short: session.shortId,
        self: sessionUrl(context, session),
        ...consentLink(context, session),
        flows: sessionLinks(context, session),
      },
    },
    201,
  );
}

const flowRef = (context: RouteContext, flow: FlowRecord) => ({ flow_id: flow.id, url: flowUrl(context, flow), type: flow.type });

/** GET session: its state, the bank once known, the running flow and the ended ones (the goodlife Android models). */
function getSession(context: RouteContext): Response {
  const { engine } = context;
  const session = engine.session(param(context, 0));
  const running = engine.runningFlow(session);
  const previous = session.flowIds.map((id) => engine.flows.get(id)).filter((flow): flow is FlowRecord => flow !== undefined && flow !== running);
  return json({
    data: {
      session_id: session.id,
      session_id_short: session.shortId,
      state: engine.sessionState(session),
      self: sessionUrl(context, session),
      ...consentLink(context, session),
      flows: sessionLinks(context, session),
      consent_scope: session.consentScope,
      ...(session.language ? { language: session.language } : {}),
      ...(session.bank ? { bank: session.bank } : {}),
      ...(running ? { current_flow: flowRef(context, running) } : {}),
      previous_flows: previous.map((flow) => flowRef(context, flow)),
    },
  });
}

function deleteSession(context: RouteContext): Response {
  context.engine.closeSession(context.engine.session(param(context, 0)));
  return new Response(null, { status: 204 });
}

// ---- flows ---------------------------------------------------------------------------------

const flowUrl = (context: RouteContext, flow: FlowRecord): string => `${context.base}/xs2a/v1/sessions/${flow.sessionId}/flows/${flow.id}`;

/** The `client_token`: a JWT naming the flow and the URLs the XS2A App talks to. */
function signClientToken(context: RouteContext, flow: FlowRecord): Promise<string> {
  const iat = seconds(context.engine);
  return signJwt(context.key, {
    iss: 'xs2a-elements-simulator',
    sub: flow.id,
    typ: 'client',
    flow_id: flow.id,
    session_id: flow.sessionId,
    flow_type: flow.type,
    urls: { app: `${context.base}/xs2a-app/v1/flows/${flow.id}`, icons: `${context.base}/icons/` },
    iat,
    exp: iat + 3600,
  });
}

async function startFlow(context: RouteContext, type: FlowType): Promise<Response> {
  const session = context.engine.openSession(param(context, 0));
  const request =
    type === 'insights_refresh'
      ? await readBody(context.request, insightsRefreshFlowRequest, 'insights-refresh flow request')
      : type === 'accounts'
        ? await readBody(context.request, accountsFlowRequest, 'accounts flow request')
        : type === 'transactions'
          ? await readBody(context.request, transactionsFlowRequest, 'transactions flow request')
          : await readBody(context.request, accountFlowRequest, `${type} flow request`);
  const flow = await context.engine.createFlow(session, type, request, (created) => signClientToken(context, created));
  return json({ data: { flow_id: flow.id, state: flow.state, self: flowUrl(context, flow), client_token: flow.clientToken } }, 201);
}

/** A transactions flow pages its rows when the bank has many, 1,000 a page unless the request asked otherwise. */
const defaultFlowPageSize = 1000;

async function getFlow(context: RouteContext): Promise<Response> {
  const flow = context.engine.flow(param(context, 0), param(context, 1));
  const result = flow.type === 'transactions' && flow.state === 'FINISHED' ? await transactionsFlowPage(context, flow, 0) : flow.result;
  return json({ data: { flow_id: flow.id, state: flow.state, client_token: flow.clientToken, ...(result ? { result } : {}) } });
}

/**
 * One page of a finished transactions flow, as Klarna's "Transactions Next" page shows it: the
 * account, the period, `incomplete`, and a `pagination` object only while more pages follow.
 */
async function transactionsFlowPage(context: RouteContext, flow: FlowRecord, index: number): Promise<Record<string, unknown>> {
  const { account, rows } = context.engine.flowTransactions(flow);
  const size = Math.min(flow.request.preferred_pagination_size ?? defaultFlowPageSize, maxPageSize);
  const next = index + size;
  const cursor: PageCursor = { owner: flow.id, account_id: account?.id ?? '', from_date: flow.fromDate, to_date: flow.toDate, index: next, size };
  return {
    type: 'transactions',
    account: account ? xs2aAccount(account) : undefined,
    account_id: account?.id,
    transactions: rows.slice(index, next),
    from_date: flow.fromDate,
    to_date: flow.toDate,
    incomplete: false,
    ...(next < rows.length ? { pagination: { count: size, url: `${flowUrl(context, flow)}/list`, next: { offset: await encodeOffset(context.key, cursor) } } } : {}),
  };
}

/** `POST <flow.self>/list` with the `offset` of the previous page's pagination. */
async function flowTransactionsNext(context: RouteContext): Promise<Response> {
  const flow = context.engine.flow(param(context, 0), param(context, 1));
  const body = await readBody(context.request, flowTransactionsNextRequest, 'transactions page request');
  const cursor = await decodeOffset(context.key, body.offset);
  if (cursor?.owner !== flow.id || flow.type !== 'transactions' || flow.state !== 'FINISHED') {
    throw new KlarnaHttpError(400, 'BAD_REQUEST', 'The offset is invalid', [{ location: 'offset', message: 'invalid' }]);
  }
  return json({ data: { result: await transactionsFlowPage(context, flow, cursor.index), state: flow.state } });
}

function deleteFlow(context: RouteContext): Response {
  const flow = context.engine.flow(param(context, 0), param(context, 1));
  return new Response(null, { status: context.engine.closeFlow(flow) });
}

// ---- consent and paginated transactions (Klarna's "Transactions") -------------------------

async function getConsent(context: RouteContext): Promise<Response> {
  const { engine } = context;
  const session = engine.openSession(param(context, 0));
  const granted = grantedResources(session);
  if (granted.length === 0) {
    throw new KlarnaHttpError(403, 'FORBIDDEN', 'The session was opened without an accounts or transactions consent_scope');
  }
  const consumer = session.consumerId === undefined ? undefined : engine.consumers.get(session.consumerId);
  if (!consumer) throw new KlarnaHttpError(409, 'CONFLICT', 'No flow of this session has finished yet');
  const id = `${session.id.slice(0, 16)}${consumer.id.replace(/-/g, '').slice(0, 16)}`;
  const consent: ConsentRecord = { id, sessionId: session.id, consumerId: consumer.id, accountIds: [...consumer.accountIds], tokenSerial: 1 };
  engine.consents.set(id, consent);
  const base = `${context.base}/xs2a/v1/consents/${id}`;
  return json({
    data: {
      consent_id: id,
      consent_token: await signConsentToken(context.key, { consent_id: id, serial: 1 }, seconds(engine)),
      // Klarna's "Consents" page: one link per granted resource, keyed by flow type.
      consents: Object.fromEntries(granted.map((resource) => [resource, `${base}/${resource}/get`])),
    },
  });
}

/** `POST /xs2a/v1/consents/{id}/accounts/get`: the consented accounts with their current ids. */
async function consentAccounts(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, consentAccountsRequest, 'accounts request');
  const { consent, consumer, next } = await useConsent(context, param(context, 0), body.consent_token);
  const accounts = consumer.profile.accounts.filter((account) => consent.accountIds.includes(account.id));
  return json({ data: { result: { accounts: accounts.map(xs2aAccount) }, consent_token: next } });
}

/** Checks the consent token, which is single-use: each answer carries the next one. */
async function useConsent(context: RouteContext, consentId: string, token: string) {
  const consent = context.engine.consents.get(consentId);
  if (!consent) throw notFound(`Consent ${consentId}`);
  const claims = await readConsentToken(context.key, token, seconds(context.engine));
  if (claims?.consent_id !== consentId || claims.serial !== consent.tokenSerial) {
    throw new KlarnaHttpError(401, 'UNAUTHORIZED', 'The consent_token is invalid or was already used');
  }
  consent.tokenSerial += 1;
  const next = await signConsentToken(context.key, { consent_id: consentId, serial: consent.tokenSerial }, seconds(context.engine));
  return { consent, consumer: context.engine.consumer(consent.consumerId), next };
}

const maxPageSize = 10_000;

async function transactionsPage(
  context: RouteContext,
  consumer: ConsumerRecord,
  cursor: { owner: string; account_id: string; from_date: string; to_date: string; index: number; size: number | undefined },
  consentToken: string,
): Promise<Response> {
  const account = consumer.profile.accounts.find((candidate) => candidate.id === cursor.account_id);
  if (!account) throw notFound(`Account ${cursor.account_id}`);
  const rows = (context.engine.dataOf(consumer).transactions.get(account.id) ?? []).filter(
    (row) => row.date >= cursor.from_date && row.date <= cursor.to_date,
  );
  const size = cursor.size ?? rows.length;
  const page = rows.slice(cursor.index, cursor.index + size);
  const nextIndex = cursor.index + size;
  const pagination =
    cursor.size !== undefined && nextIndex < rows.length
      ? {
          count: size,
          url: `${context.base}/xs2a/v1/consents/${cursor.owner}/transactions/list`,
          next: { offset: await encodeOffset(context.key, { ...cursor, size, index: nextIndex }) },
        }
      : undefined;
  return json({
    data: {
      result: {
        transactions: page.map((row) => xs2aTransaction(row, account.currency)),
        from_date: cursor.from_date,
        to_date: cursor.to_date,
        ...(pagination ? { pagination } : {}),
      },
      consent_token: consentToken,
    },
  });
}

async function consentTransactions(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, consentTransactionsRequest, 'transactions request');
  const { consent, consumer, next } = await useConsent(context, param(context, 0), body.consent_token);
  if (!consent.accountIds.includes(body.account_id)) throw notFound(`Account ${body.account_id}`);
  const size = body.preferred_pagination_size ?? undefined;
  return transactionsPage(
    context,
    consumer,
    {
      owner: consent.id,
      account_id: body.account_id,
      from_date: body.from_date ?? consumer.fromDate,
      to_date: body.to_date ?? consumer.toDate,
      index: 0,
      // "We will try to match the closest possible value": clamped to what the bank can do.
      size: size === undefined ? undefined : Math.min(size, maxPageSize),
    },
    next,
  );
}

async function consentTransactionsNext(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, consentTransactionsNextRequest, 'transactions page request');
  const cursor = await decodeOffset(context.key, body.offset);
  if (cursor?.owner !== param(context, 0)) {
    throw new KlarnaHttpError(400, 'BAD_REQUEST', 'The offset is invalid', [{ location: 'offset', message: 'invalid' }]);
  }
  const { consumer, next } = await useConsent(context, cursor.owner, body.consent_token);
  return transactionsPage(context, consumer, cursor, next);
}

// ---- reports -------------------------------------------------------------------------------

/** The period of a newer report request: its dates, else the last `report_days` days up to today. */
function periodOf(body: { from_date?: string | null; to_date?: string | null }): { from?: string; to?: string } | undefined {
  if (!body.from_date && !body.to_date) return undefined;
  return { ...(body.from_date ? { from: body.from_date } : {}), ...(body.to_date ? { to: body.to_date } : {}) };
}

function reportScope(context: RouteContext, consumerId: string, accountIds: readonly string[] | null | undefined, frame: { from?: string; to?: string } | null | undefined): ReportScope {
  const { engine } = context;
  const consumer = engine.insightsConsumer(consumerId);
  const wanted = accountIds ?? consumer.accountIds;
  const errors = wanted
    .map((id, index) => (consumer.accountIds.includes(id) ? undefined : { location: `insights_account_ids[${index}]`, message: 'unknown account' }))
    .filter((error) => error !== undefined);
  if (errors.length > 0) throw new KlarnaHttpError(404, 'NOT_FOUND', 'An account is not one of this consumer\'s refreshed accounts', errors);
  const from = frame?.from ?? consumer.fromDate;
  const to = frame?.to ?? consumer.toDate;
  if (from > to) throw new KlarnaHttpError(400, 'BAD_REQUEST', 'time_frame.from must not be after time_frame.to', [{ location: 'time_frame.from', message: 'after to' }]);
  const data = engine.dataOf(consumer);
  return {
    consumerId: consumer.id,
    accounts: wanted.map((id) => data.accounts.find((account) => account.id === id)).filter((account) => account !== undefined),
    transactions: data.transactions,
    from,
    to,
    dataFrom: consumer.fromDate,
    dataTo: consumer.toDate,
    refreshedAt: consumer.refreshedAt,
    iconBase: `${context.base}/icons/`,
    language: consumer.language,
  };
}

async function createCategorizedReport(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, categorizedReportRequest, 'categorized report request');
  return json(categorizedReport(reportScope(context, body.insights_consumer_id, body.insights_account_ids, body.time_frame)));
}

async function createModularReport(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, modularReportRequest, 'report request');
  const types: ModuleType[] = [];
  body.reports.forEach((module, index) => {
    if (!isModuleType(module.type)) {
      throw new KlarnaHttpError(400, 'BAD_REQUEST', `Unknown report type ${JSON.stringify(module.type)}`, [{ location: `reports[${index}].type`, message: 'unknown' }]);
    }
    types.push(module.type);
  });
  return json(modularReport(reportScope(context, body.insights_consumer_id, body.insights_account_ids, periodOf(body)), types));
}

async function createPerReport(context: RouteContext): Promise<Response> {
  const type = perReportPaths[param(context, 0)];
  if (!type) throw notFound(`Report ${param(context, 0)}`);
  const body = await readBody(context.request, perReportRequest, 'report request');
  return json(perReport(reportScope(context, body.insights_consumer_id, body.insights_account_ids, periodOf(body)), type));
}

// ---- the fake XS2A App's API, authorized by the client_token --------------------------------

async function appFlow(context: RouteContext): Promise<FlowRecord> {
  const authorization = context.request.headers.get('authorization') ?? '';
  const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
  const claims = token === undefined ? undefined : await verifyJwt(context.key, token, seconds(context.engine));
  const flowId = param(context, 0);
  if (claims?.typ !== 'client' || claims.flow_id !== flowId) {
    throw new KlarnaHttpError(401, 'UNAUTHORIZED', 'The client_token is missing, invalid or expired');
  }
  const flow = context.engine.flows.get(flowId);
  if (!flow) throw notFound(`Flow ${flowId}`);
  return context.engine.settle(flow);
}

function appView(context: RouteContext, flow: FlowRecord): Response {
  const consumer = flow.consumerId === undefined ? undefined : context.engine.consumers.get(flow.consumerId);
  const offered = flow.step === 'select-account' && consumer ? consumer.profile.accounts.filter((account) => flow.offeredAccountIds.includes(account.id)) : [];
  const error = flow.state === 'EXCEPTION' ? flowErrorOf(flow) : undefined;
  return json({
    data: {
      flow_id: flow.id,
      flow_type: flow.type,
      state: flow.state,
      step: flow.step,
      hint: scenarioHint,
      ...(offered.length > 0 ? { accounts: offered.map((account) => ({ id: account.id, name: account.name, iban: account.iban })) } : {}),
      ...(flow.loginError && flow.step === 'bank' ? { login_error: flow.loginError } : {}),
      // A decoupled SCA waits for the consumer's confirmation in the bank's own app.
      ...(flow.state === 'PROCESSING' && isDecoupled(flow) ? { decoupled: true } : {}),
      // Klarna's "Error Handling" page: the XS2A App is told only the top level of some categories.
      ...(error ? { error: { ...error, category: appCategory(error.category) } } : {}),
    },
  });
}

const isDecoupled = ({ scenario }: FlowRecord): boolean =>
  scenario?.kind === 'decoupled-failure' || (scenario?.kind === 'success' && scenario.sca === 'decoupled');

function flowErrorOf(flow: FlowRecord): { category: string; message: string } | undefined {
  const result = flow.result;
  return result && typeof result.category === 'string' && typeof result.message === 'string' ? { category: result.category, message: result.message } : undefined;
}

function expectStep(flow: FlowRecord, step: FlowRecord['step']): void {
  if (flow.state !== 'CONSUMER_INPUT_NEEDED' || flow.step !== step) {
    throw new KlarnaHttpError(409, 'CONFLICT', `The flow is ${flow.state} and not waiting for this step`);
  }
}

async function appLogin(context: RouteContext): Promise<Response> {
  const flow = await appFlow(context);
  expectStep(flow, 'bank');
  const body = await readBody(context.request, testBankLogin, 'login');
  if (!testBankCodes.includes(body.bank_code.trim())) {
    throw new KlarnaHttpError(404, 'BANK_NOT_FOUND', `No test bank has this bank code. Use ${testBankCodes.join(' or ')}.`);
  }
  const scenario = scenarioFor(body.username);
  if (scenario.kind === 'form-error') {
    // The bank's form again, with its error; the flow keeps waiting for the consumer.
    throw new KlarnaHttpError(scenario.code === 'INVALID_CREDENTIALS' ? 401 : 400, scenario.code, scenario.message, [{ code: scenario.category, location: 'username', message: scenario.message }]);
  }
  context.engine.login(flow, scenario, body.username.trim().toLowerCase());
  return appView(context, flow);
}

/** The one-time password of an embedded SCA: any non-empty one passes. */
async function appOtp(context: RouteContext): Promise<Response> {
  const flow = await appFlow(context);
  expectStep(flow, 'otp');
  await readBody(context.request, testBankOtp, 'one-time password');
  context.engine.passSca(flow, 'otp');
  return appView(context, flow);
}

/** The consumer confirmed on the bank's page of a redirect SCA and came back. */
async function appRedirectReturn(context: RouteContext): Promise<Response> {
  const flow = await appFlow(context);
  expectStep(flow, 'redirect');
  context.engine.passSca(flow, 'redirect');
  return appView(context, flow);
}

async function appSelectAccounts(context: RouteContext): Promise<Response> {
  const flow = await appFlow(context);
  expectStep(flow, 'select-account');
  const body = await readBody(context.request, testBankAccountSelection, 'account selection');
  if (!context.engine.selectAccounts(flow, body.account_ids)) {
    throw new KlarnaHttpError(400, 'BAD_REQUEST', 'Choose one of the offered accounts', [{ location: 'account_ids', message: 'unknown account' }]);
  }
  return appView(context, flow);
}

async function appAbort(context: RouteContext): Promise<Response> {
  const flow = await appFlow(context);
  context.engine.abortByConsumer(flow);
  return appView(context, flow);
}

// ---- static --------------------------------------------------------------------------------

function icon(context: RouteContext): Response {
  const svg = brandIconSvg(param(context, 0));
  if (svg === undefined) throw notFound('Icon');
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' },
  });
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createRoutes(launcherPath: string): Route[] {
  const launcher = launcherScript();
  const flows = `/xs2a/v1/sessions/${segment}/flows`;
  const app = `/xs2a-app/v1/flows/${segment}`;
  const route = (method: string, path: string, access: Access, handle: Route['handle']): Route => ({ method, pattern: new RegExp(`^${path}$`), access, handle });
  return [
    route('PUT', '/xs2a/v1/sessions', 'api', createSession),
    route('GET', `/xs2a/v1/sessions/${segment}`, 'api', getSession),
    route('DELETE', `/xs2a/v1/sessions/${segment}`, 'api', deleteSession),
    route('PUT', `${flows}/accounts`, 'api', (context) => startFlow(context, 'accounts')),
    route('PUT', `${flows}/account-details`, 'api', (context) => startFlow(context, 'account_details')),
    route('PUT', `${flows}/balances`, 'api', (context) => startFlow(context, 'balances')),
    route('PUT', `${flows}/transactions`, 'api', (context) => startFlow(context, 'transactions')),
    route('PUT', `${flows}/transfer`, 'api', () => {
      throw new KlarnaHttpError(403, 'NOT_SUPPORTED', 'The simulated test bank initiates no payments: the transfer flow is not simulated');
    }),
    route('PUT', `/insights/v1/sessions/${segment}/flows/insights-refresh`, 'api', (context) => startFlow(context, 'insights_refresh')),
    route('GET', `${flows}/${segment}`, 'api', getFlow),
    route('DELETE', `${flows}/${segment}`, 'api', deleteFlow),
    route('POST', `${flows}/${segment}/list`, 'api', flowTransactionsNext),
    route('POST', `/xs2a/v1/sessions/${segment}/consent/get`, 'api', getConsent),
    route('POST', `/xs2a/v1/consents/${segment}/accounts/get`, 'api', consentAccounts),
    route('POST', `/xs2a/v1/consents/${segment}/transactions/get`, 'api', consentTransactions),
    route('POST', `/xs2a/v1/consents/${segment}/transactions/list`, 'api', consentTransactionsNext),
    route('POST', '/insights/v1/reports/categorized/create', 'api', createCategorizedReport),
    // Klarna's "Quick Start Guide for Insights" creates the modular report with PUT, its reference
    // with POST.
    route('PUT', '/insights/v1/reports/create', 'api', createModularReport),
    route('POST', '/insights/v1/reports/create', 'api', createModularReport),
    route('POST', `/insights/v1/reports/${segment}/create`, 'api', createPerReport),
    route('GET', app, 'app', async (context) => appView(context, await appFlow(context))),
    route('POST', `${app}/login`, 'app', appLogin),
    route('POST', `${app}/otp`, 'app', appOtp),
    route('POST', `${app}/redirect`, 'app', appRedirectReturn),
    route('POST', `${app}/accounts`, 'app', appSelectAccounts),
    route('POST', `${app}/abort`, 'app', appAbort),
    route('GET', `/icons/${segment}\\.svg`, 'public', icon),
    route('GET', escapeRegExp(launcherPath), 'public', () =>
      new Response(launcher, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } }),
    ),
  ];
}

export type { Route, Access };
