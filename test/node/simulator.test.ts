import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { expect } from 'chai';
import { normalizeReport } from '../../src/model/normalize-report.js';
import { klarnaErrorBody } from '../../src/schemas/common.js';
import { flowCreateResponse, flowInfoResponse } from '../../src/schemas/flows.js';
import { categorizedReport, modularReport, perReportResponse } from '../../src/schemas/reports.js';
import { sessionCreateResponse, sessionInfoResponse } from '../../src/schemas/sessions.js';
import { consentAccountsResponse, consentGetResponse } from '../../src/schemas/simulator.js';
import { consentTransactionsResponse } from '../../src/schemas/transactions.js';
import { appCategory, topLevelCategories } from '../../src/simulator/categories.js';
import { scenarioHint, testBankUsers } from '../../src/simulator/scenarios.js';
import { createProfile, generateConsumerData } from '../../src/simulator/bank-data.js';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import type { KlarnaSimulatorOptions } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { claimsOf, Clock } from './helpers.js';
import type { AppView } from './helpers.js';

const token = 'playground-token-1234';
const origin = 'http://sim.test';
const psu = { user_agent: 'Mozilla/5.0 (test)', ip_address: '123.123.123.123' };

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

interface FlowData {
  flow_id: string;
  state: string;
  self: string;
  client_token: string;
  result?: Record<string, unknown>;
}

/** The `data` of an answer, typed by the test that knows what it asked for. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed cast is the point
const dataOf = <T = FlowData>(answer: Answer): T => (answer.json as { data: T }).data;

/** The simulator called directly, as a Fetch handler, with its clock in the test's hand. */
function setup(options: KlarnaSimulatorOptions = {}) {
  const clock = new Clock();
  const sim = createKlarnaSimulator({ token, seed: 7, now: clock.now, processingMs: 500, slowProcessingMs: 5000, signingKey: 'test-key', ...options });
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = { authorization: `Token ${token}` }): Promise<Answer> => {
    const response = await sim(
      new Request(url.startsWith('http') ? url : `${origin}${url}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  const app = (clientToken: string) => {
    const url = claimsOf(clientToken).urls.app;
    const auth = { authorization: `Bearer ${clientToken}` };
    return {
      view: async () => dataOf<AppView>(await call('GET', url, undefined, auth)),
      login: (username: string, bankCode = '00000') => call('POST', `${url}/login`, { country: 'DE', bank_code: bankCode, username, password: 'pw' }, auth),
      choose: (id: string) => call('POST', `${url}/accounts`, { account_ids: [id] }, auth),
      abort: () => call('POST', `${url}/abort`, undefined, auth),
    };
  };
  const openSession = async (consentScope: Record<string, unknown> = { insights_refresh: {} }, language?: string) => {
    const answer = await call('PUT', '/xs2a/v1/sessions', { ...(language === undefined ? {} : { language }), psu, consent_scope: consentScope });
    return parsePayload(sessionCreateResponse, answer.json, 'session').data;
  };
  const startRefresh = async (body: unknown = {}, language?: string) => {
    const session = await openSession(undefined, language);
    const answer = await call('PUT', session.flows.insights_refresh ?? '', body);
    return { session, answer, flow: parsePayload(flowCreateResponse, answer.json, 'flow').data };
  };
  /** A whole insights-refresh to FINISHED with the given username, choosing the first account. */
  const finishRefresh = async (username = 'acin-demo-data', body: unknown = { accounts: { all: true } }, language?: string) => {
    const started = await startRefresh(body, language);
    await app(started.flow.client_token).login(username);
    clock.advance(500);
    const view = await app(started.flow.client_token).view();
    if (view.step === 'select-account') {
      await app(started.flow.client_token).choose(view.accounts![0]!.id);
      clock.advance(500);
    }
    const info = parsePayload(flowInfoResponse, (await call('GET', started.flow.self)).json, 'flow').data;
    return { ...started, info };
  };
  return { sim, clock, call, app, openSession, startRefresh, finishRefresh };
}

const klarnaError = (answer: Answer) => parsePayload(klarnaErrorBody, answer.json, 'error').error;

describe('simulator: sessions', () => {
  it('opens a session with Klarna’s shape and an insights_refresh link under /insights/v1', async () => {
    const { call } = setup();
    const answer = await call('PUT', '/xs2a/v1/sessions', { language: 'en', psu, consent_scope: { insights_refresh: {} } });
    expect(answer.status).to.equal(201);
    const session = parsePayload(sessionCreateResponse, answer.json, 'session').data;
    expect(session.session_id).to.match(/^[0-9a-v]{32}$/);
    expect(session.self).to.equal(`${origin}/xs2a/v1/sessions/${session.session_id}`);
    expect(session.flows.insights_refresh).to.equal(`${origin}/insights/v1/sessions/${session.session_id}/flows/insights-refresh`);
    expect(session.flows.accounts).to.equal(`${session.self}/flows/accounts`);
    expect(session.flows.transactions).to.equal(`${session.self}/flows/transactions`);
  });

  it('requires psu and answers a Klarna error body naming the field', async () => {
    const { call } = setup();
    const answer = await call('PUT', '/xs2a/v1/sessions', { consent_scope: { insights_refresh: {} } });
    expect(answer.status).to.equal(400);
    const error = klarnaError(answer);
    expect(error.code).to.equal('BAD_REQUEST');
    expect(error.errors?.[0]?.location).to.equal('psu');
  });

  it('rejects a body that is not JSON with 400', async () => {
    const { call } = setup();
    const answer = await call('PUT', '/xs2a/v1/sessions', '{"psu":');
    expect(answer.status).to.equal(400);
    expect(klarnaError(answer).message).to.contain('not valid JSON');
  });

  it('is IDLE, RUNNING during a flow, and CLOSED after DELETE; a closed session takes no flow and hides its flows', async () => {
    const { call, openSession } = setup();
    const session = await openSession();
    const state = async () => parsePayload(sessionInfoResponse, (await call('GET', session.self)).json, 'session').data.state;
    expect(await state()).to.equal('IDLE');
    const flow = dataOf(await call('PUT', session.flows.insights_refresh ?? '', {}));
    expect(await state()).to.equal('RUNNING');
    const refused = await call('DELETE', session.self);
    expect(refused.status).to.equal(409);
    expect(klarnaError(refused).code).to.equal('CONFLICT');
    expect((await call('DELETE', flow.self)).status).to.equal(204);
    expect(await state()).to.equal('IDLE');
    expect((await call('DELETE', session.self)).status).to.equal(204);
    expect(await state()).to.equal('CLOSED');
    expect((await call('DELETE', session.self)).status).to.equal(204);
    const late = await call('PUT', session.flows.insights_refresh ?? '', {});
    expect(late.status).to.equal(409);
    const hidden = await call('GET', flow.self);
    expect(hidden.status).to.equal(404);
    expect(klarnaError(hidden).code).to.equal('NOT_FOUND');
  });

  it('answers an unknown session with 404', async () => {
    const { call } = setup();
    const answer = await call('GET', '/xs2a/v1/sessions/doesnotexist');
    expect(answer.status).to.equal(404);
    expect(klarnaError(answer).code).to.equal('NOT_FOUND');
  });
});

describe('simulator: authorization', () => {
  it('refuses API calls without the token, with a wrong one, or a wrong scheme', async () => {
    const { call } = setup();
    const body = { psu };
    const attempts: Record<string, string>[] = [{}, { authorization: 'Token wrong' }, { authorization: `Basic ${token}` }, { authorization: `Token ${token}x` }];
    for (const headers of attempts) {
      const answer = await call('PUT', '/xs2a/v1/sessions', body, headers);
      expect(answer.status).to.equal(401);
      expect(klarnaError(answer).code).to.equal('UNAUTHORIZED');
    }
  });

  it('takes the token with the Token and the Bearer scheme', async () => {
    const { call } = setup();
    expect((await call('PUT', '/xs2a/v1/sessions', { psu }, { authorization: `Token ${token}` })).status).to.equal(201);
    expect((await call('PUT', '/xs2a/v1/sessions', { psu }, { authorization: `Bearer ${token}` })).status).to.equal(201);
  });

  it('checks nothing when no token is configured', async () => {
    const { call } = setup({ token: undefined });
    expect((await call('PUT', '/xs2a/v1/sessions', { psu }, {})).status).to.equal(201);
  });

  it('answers unknown paths with 404 and wrong methods with 405, in Klarna’s error shape', async () => {
    const { call } = setup();
    const missing = await call('GET', '/xs2a/v1/nothing');
    expect(missing.status).to.equal(404);
    expect(klarnaError(missing).code).to.equal('NOT_FOUND');
    const wrong = await call('POST', '/xs2a/v1/sessions', { psu });
    expect(wrong.status).to.equal(405);
    expect(klarnaError(wrong).code).to.equal('METHOD_NOT_ALLOWED');
  });
});

describe('simulator: flows', () => {
  it('starts an insights-refresh flow: 201 with flow_id, state, self and a client_token', async () => {
    const { startRefresh } = setup();
    const { answer, flow, session } = await startRefresh({ from_date: '2024-01-01', to_date: '2024-03-31', intended_reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2' }] });
    expect(answer.status).to.equal(201);
    expect(flow.state).to.equal('CONSUMER_INPUT_NEEDED');
    expect(flow.self).to.equal(`${session.self}/flows/${flow.flow_id}`);
  });

  it('validates the insights-refresh body of Klarna\'s "Insights-Refresh flow" page', async () => {
    const { call, openSession } = setup();
    const session = await openSession();
    const answer = await call('PUT', session.flows.insights_refresh ?? '', { from_date: '2024-13-01' });
    expect(answer.status).to.equal(400);
    expect(klarnaError(answer).errors?.[0]?.location).to.equal('from_date');
    const reversed = await call('PUT', session.flows.insights_refresh ?? '', { from_date: '2024-03-01', to_date: '2024-02-01' });
    expect(reversed.status).to.equal(400);
  });

  it('starts no second flow while one runs', async () => {
    const { call, startRefresh } = setup();
    const { session } = await startRefresh();
    const second = await call('PUT', session.flows.insights_refresh ?? '', {});
    expect(second.status).to.equal(409);
    expect(klarnaError(second).code).to.equal('CONFLICT');
  });

  it('goes CONSUMER_INPUT_NEEDED → PROCESSING → CONSUMER_INPUT_NEEDED (account choice) → PROCESSING → FINISHED', async () => {
    const { call, app, clock, startRefresh } = setup();
    const { flow } = await startRefresh();
    const state = async () => parsePayload(flowInfoResponse, (await call('GET', flow.self)).json, 'flow').data;
    expect((await state()).state).to.equal('CONSUMER_INPUT_NEEDED');
    const login = await app(flow.client_token).login('acin-demo-data');
    expect(login.status).to.equal(200);
    expect((await state()).state).to.equal('PROCESSING');
    clock.advance(499);
    expect((await state()).state).to.equal('PROCESSING');
    clock.advance(1);
    const choosing = await app(flow.client_token).view();
    expect(choosing).to.include({ state: 'CONSUMER_INPUT_NEEDED', step: 'select-account' });
    expect(choosing.accounts!.map((account) => account.name)).to.deep.equal(['Girokonto', 'Tagesgeld']);
    await app(flow.client_token).choose(choosing.accounts![1]!.id);
    expect((await state()).state).to.equal('PROCESSING');
    clock.advance(500);
    const info = await state();
    expect(info.state).to.equal('FINISHED');
    expect(info.client_token).to.equal(flow.client_token);
    expect(info.result).to.deep.equal({
      type: 'insights_refresh',
      insights_consumer_id: (info.result as { insights_consumer_id: string }).insights_consumer_id,
      accounts: [{ insights_account_id: choosing.accounts![1]!.id, iban: choosing.accounts![1]!.iban }],
    });
  });

  it('refreshes all accounts without asking when accounts.all is set', async () => {
    const { finishRefresh } = setup();
    const { info } = await finishRefresh('acin-demo-data', { accounts: { all: true } });
    expect(info.result).to.have.property('type', 'insights_refresh');
    expect((info.result as { accounts: unknown[] }).accounts).to.have.length(2);
  });

  it('closes a waiting flow at once (204, ABORTED) and a processing one later (202, then ABORTED)', async () => {
    const { call, app, clock, startRefresh, openSession } = setup();
    const waiting = (await startRefresh()).flow;
    expect((await call('DELETE', waiting.self)).status).to.equal(204);
    expect(dataOf(await call('GET', waiting.self)).state).to.equal('ABORTED');
    expect((await call('DELETE', waiting.self)).status).to.equal(204);

    const session = await openSession();
    const busy = dataOf(await call('PUT', session.flows.insights_refresh ?? '', {}));
    await app(busy.client_token).login('acin-demo-data');
    expect((await call('DELETE', busy.self)).status).to.equal(202);
    expect(dataOf(await call('GET', busy.self)).state).to.equal('PROCESSING');
    clock.advance(500);
    expect(dataOf(await call('GET', busy.self)).state).to.equal('ABORTED');
  });

  it('ends in ABORTED when the consumer closes the app', async () => {
    const { call, app, startRefresh } = setup();
    const { flow } = await startRefresh();
    expect(dataOf(await app(flow.client_token).abort()).state).to.equal('ABORTED');
    expect(dataOf(await call('GET', flow.self))).to.not.have.property('result');
  });

  it('runs the accounts and transactions flows with their results', async () => {
    const { call, app, clock, openSession } = setup();
    const session = await openSession({ accounts: {}, transactions: {} });
    const accountsFlow = dataOf(await call('PUT', session.flows.accounts ?? '', {}));
    expect(accountsFlow.state).to.equal('CONSUMER_INPUT_NEEDED');
    await app(accountsFlow.client_token).login('acin-demo-data');
    clock.advance(500);
    const accounts = dataOf<{ result: { type: string; accounts: { id: string }[] } }>(await call('GET', accountsFlow.self)).result;
    expect(accounts.type).to.equal('accounts');
    expect(accounts.accounts).to.have.length(2);
    expect(accounts.accounts[0]).to.include({ alias: 'Girokonto', account_type: 'DEFAULT', currency: 'EUR' });

    const transactionsFlow = dataOf(await call('PUT', session.flows.transactions ?? '', { account_id: accounts.accounts[0]!.id, from_date: '2024-03-01', to_date: '2024-03-31' }));
    await app(transactionsFlow.client_token).login('acin-demo-data');
    clock.advance(500);
    const result = dataOf<{ result: { transactions: { date: string; amount: { amount: number }; type: string }[] } }>(await call('GET', transactionsFlow.self)).result;
    expect(result).to.include({ type: 'transactions', account_id: accounts.accounts[0]!.id, from_date: '2024-03-01', to_date: '2024-03-31' });
    expect(result.transactions.length).to.be.greaterThan(10);
    for (const transaction of result.transactions) {
      expect(transaction.date >= '2024-03-01' && transaction.date <= '2024-03-31').to.be.true;
      expect(transaction.amount.amount).to.be.greaterThan(0);
      expect(transaction.type).to.be.oneOf(['DEBIT', 'CREDIT']);
    }
  });
});

describe('simulator: test bank scenarios', () => {
  it('rejects wrong credentials and lets the consumer retry', async () => {
    const { app, clock, call, startRefresh } = setup();
    const { flow } = await startRefresh({ accounts: { all: true } });
    const wrong = await app(flow.client_token).login('wrong');
    expect(wrong.status).to.equal(401);
    expect(klarnaError(wrong).code).to.equal('INVALID_CREDENTIALS');
    expect(dataOf(await call('GET', flow.self)).state).to.equal('CONSUMER_INPUT_NEEDED');
    expect((await app(flow.client_token).login('acin-demo-data')).status).to.equal(200);
    clock.advance(500);
    expect(dataOf(await call('GET', flow.self)).state).to.equal('FINISHED');
  });

  it('knows only the test bank codes 00000 and 88888888', async () => {
    const { app, startRefresh } = setup();
    const { flow } = await startRefresh();
    const unknown = await app(flow.client_token).login('acin-demo-data', '12345678');
    expect(unknown.status).to.equal(404);
    expect(klarnaError(unknown).code).to.equal('BANK_NOT_FOUND');
    expect((await app(flow.client_token).login('acin-demo-data', '88888888')).status).to.equal(200);
  });

  for (const [username, category] of [
    ['technical', 'TECHNICAL'],
    ['bank-technical', 'BANK'],
    ['bank-maintenance', 'MAINTENANCE'],
  ] as const) {
    it(`${username}: the flow ends in EXCEPTION with category ${category}`, async () => {
      const { app, clock, call, startRefresh } = setup();
      const { flow } = await startRefresh();
      await app(flow.client_token).login(username);
      clock.advance(500);
      const info = parsePayload(flowInfoResponse, (await call('GET', flow.self)).json, 'flow').data;
      expect(info.state).to.equal('EXCEPTION');
      expect(info.result).to.include({ type: 'error', category });
      expect((info.result as { message: string }).message).to.be.a('string').and.not.be.empty;
      expect((await app(flow.client_token).view()).error).to.include({ category });
    });
  }

  it('slow: stays PROCESSING for seconds', async () => {
    const { app, clock, call, startRefresh } = setup();
    const { flow } = await startRefresh({ accounts: { all: true } });
    await app(flow.client_token).login('slow');
    clock.advance(4999);
    expect(dataOf(await call('GET', flow.self)).state).to.equal('PROCESSING');
    clock.advance(1);
    expect(dataOf(await call('GET', flow.self)).state).to.equal('FINISHED');
  });

  it('transactions-N: exactly N transactions', async () => {
    const { call, finishRefresh } = setup();
    const small = await finishRefresh('transactions-250');
    const consumer = (small.info.result as { insights_consumer_id: string }).insights_consumer_id;
    const report = dataOf<{ accounts: { reports: { transactions: unknown[] }[] }[] }>(
      await call('PUT', '/insights/v1/reports/create', { insights_consumer_id: consumer, reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2' }] }),
    );
    expect(report.accounts[0]!.reports[0]!.transactions).to.have.length(250);
  });

  it('generates 100,000 transactions in well under two seconds, and reports them', async () => {
    const profile = createProfile('7', 'load');
    const started = performance.now();
    const data = generateConsumerData({ seed: '7', consumerKey: 'load', profile, fromDate: '2024-01-01', toDate: '2024-03-31', count: 100_000 });
    expect(performance.now() - started).to.be.lessThan(1500);
    expect(data.transactions.get(profile.accounts[0]!.id)).to.have.length(100_000);

    const { sim, finishRefresh } = setup();
    const large = await finishRefresh('transactions-100000');
    const result = large.info.result as { insights_consumer_id: string; accounts: { insights_account_id: string }[] };
    const requested = performance.now();
    const response = await sim(
      new Request(`${origin}/insights/v1/reports/categorized/create`, {
        method: 'POST',
        headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ insights_consumer_id: result.insights_consumer_id, insights_account_ids: [result.accounts[0]!.insights_account_id], time_frame: { from: '2000-01-01', to: '2100-01-01' } }),
      }),
    );
    // Generation, report and serialization of ~45 MB; a loose bound for a busy machine.
    expect(performance.now() - requested).to.be.lessThan(4000);
    const body = (await response.json()) as { data: { accounts: { transactions: unknown[] }[] } };
    expect(body.data.accounts[0]!.transactions).to.have.length(100_000);
  });

  it('runs the ordinary success case for a username that matches no keyword', async () => {
    const { info } = await setup().finishRefresh('someone');
    expect(info.state).to.equal('FINISHED');
    expect((await setup().finishRefresh('transactions-0')).info.state).to.equal('FINISHED');
  });
});

describe('simulator: client_token', () => {
  it('is an HS256 JWT signed with the simulator’s key that names the flow and the app’s URLs', async () => {
    const { startRefresh } = setup();
    const { flow, session } = await startRefresh();
    const [header, payload, signature] = flow.client_token.split('.') as [string, string, string];
    const expected = createHmac('sha256', 'test-key').update(`${header}.${payload}`).digest('base64url');
    expect(signature).to.equal(expected);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).to.deep.equal({ alg: 'HS256', typ: 'JWT' });
    const claims = claimsOf(flow.client_token);
    expect(claims).to.include({ flow_id: flow.flow_id, session_id: session.session_id, flow_type: 'insights_refresh' });
    expect(claims.urls.app).to.equal(`${origin}/xs2a-app/v1/flows/${flow.flow_id}`);
    expect(claims.exp - claims.iat).to.equal(3600);
  });

  it('is refused by the app API when tampered with, expired, or for another flow', async () => {
    const { call, clock, startRefresh } = setup();
    const { flow } = await startRefresh();
    const url = claimsOf(flow.client_token).urls.app;
    const [header, payload, signature] = flow.client_token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(flow.client_token), flow_type: 'transfer' })).toString('base64url');
    for (const bad of [`${header}.${forged}.${signature}`, `${header}.${payload}.${signature.slice(0, -2)}xx`, 'not-a-token']) {
      const answer = await call('GET', url, undefined, { authorization: `Bearer ${bad}` });
      expect(answer.status).to.equal(401);
      expect(klarnaError(answer).code).to.equal('UNAUTHORIZED');
    }
    const other = (await startRefresh()).flow;
    expect((await call('GET', url, undefined, { authorization: `Bearer ${other.client_token}` })).status).to.equal(401);
    clock.advance(3601_000);
    expect((await call('GET', url, undefined, { authorization: `Bearer ${flow.client_token}` })).status).to.equal(401);
  });

  it('allows the app API from any origin (CORS preflight), as Klarna’s CDN app runs on another origin', async () => {
    const { sim, startRefresh } = setup();
    const { flow } = await startRefresh();
    const preflight = await sim(new Request(`${claimsOf(flow.client_token).urls.app}/login`, { method: 'OPTIONS', headers: { origin: 'http://shop.test' } }));
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('*');
    expect(preflight.headers.get('access-control-allow-headers')).to.contain('authorization');
  });
});

describe('simulator: reports', () => {
  it('builds all three generations, each valid for the package’s schemas and normalizer', async () => {
    const { call, finishRefresh } = setup();
    const { info } = await finishRefresh('acin-demo-data', { accounts: { all: true }, refresh_days: 90 });
    const result = info.result as { insights_consumer_id: string; accounts: { insights_account_id: string }[] };
    const consumer = result.insights_consumer_id;
    const ids = result.accounts.map((account) => account.insights_account_id);
    const frame = { from: '2024-01-01', to: '2024-03-31' };

    const first = await call('POST', '/insights/v1/reports/categorized/create', { insights_consumer_id: consumer, insights_account_ids: ids, time_frame: frame });
    expect(first.status).to.equal(200);
    parsePayload(categorizedReport, first.json, 'report');
    expect(normalizeReport(first.json)).to.include({ generation: 'categorized', consumerId: consumer });

    const modules = ['CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME', 'EXPENSE_CATEGORIES', 'BALANCES', 'ACCOUNT_INFOS'];
    const second = await call('PUT', '/insights/v1/reports/create', { insights_consumer_id: consumer, reports: modules.map((type) => ({ type })) });
    expect(second.status).to.equal(200);
    parsePayload(modularReport, second.json, 'report');
    const modular = normalizeReport(second.json);
    expect(modular.generation).to.equal('modular');
    const giro = modular.accounts.find((account) => account.name === 'Girokonto')!;
    expect(giro.balances.length).to.be.greaterThan(80);
    expect(giro.expenseCategories.map((category) => category.name)).to.include.members(['Groceries', 'Rent', 'Streaming', 'Insurance']);
    expect(giro.currentBalance?.booked?.currency).to.equal('EUR');
    expect(giro.iban).to.match(/^DE\d{20}$/);

    // Modular with POST and dates, as Klarna's reference writes it, answers the same.
    const posted = await call('POST', '/insights/v1/reports/create', { insights_consumer_id: consumer, from_date: frame.from, to_date: frame.to, reports: [{ type: 'BALANCES' }] });
    expect(posted.status).to.equal(200);
    parsePayload(modularReport, posted.json, 'report');

    for (const name of ['categorization', 'balance-over-time', 'expense-category', 'balances', 'account-info']) {
      const third = await call('POST', `/insights/v1/reports/${name}/create`, { insights_consumer_id: consumer, insights_account_ids: ids, from_date: frame.from, to_date: frame.to });
      expect(third.status, name).to.equal(200);
      parsePayload(perReportResponse, third.json, 'report');
      expect(normalizeReport(third.json).generation).to.equal('per-report');
    }
  });

  it('has realistic German account data: salary, rent, REWE/EDEKA/Lidl, Esprit, streaming, insurance, transport; recurring payments; brand icons it serves', async () => {
    const { call, finishRefresh, sim } = setup();
    const { info } = await finishRefresh('acin-demo-data', { accounts: { all: true }, refresh_days: 90 });
    const consumer = (info.result as { insights_consumer_id: string }).insights_consumer_id;
    const report = normalizeReport((await call('PUT', '/insights/v1/reports/create', { insights_consumer_id: consumer, from_date: '2024-01-01', to_date: '2024-03-31', reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2' }] })).json);
    const rows = report.accounts.flatMap((account) => account.transactions);
    const categories = new Set(rows.flatMap((row) => row.categories.map((category) => category.name)));
    expect([...categories]).to.include.members(['Salary', 'Rent', 'Groceries', 'Streaming', 'Insurance', 'Public transport']);
    const brands = new Set(rows.map((row) => row.brand?.name).filter(Boolean));
    expect([...brands]).to.include.members(['Rewe', 'EDEKA', 'Lidl', 'Netflix', 'Spotify', 'HUK-COBURG', 'Deutsche Bahn']);
    expect(rows.some((row) => row.brand?.name === 'Esprit')).to.equal(true);
    expect(rows.filter((row) => row.recurring).map((row) => row.reference)).to.satisfy((refs: string[]) => refs.some((ref) => ref.startsWith('Miete')));
    const salary = rows.filter((row) => row.categories[0]?.name === 'Salary');
    expect(salary).to.have.length(3);
    expect(salary.every((row) => row.direction === 'credit' && row.recurring)).to.equal(true);
    const icon = rows.find((row) => row.brand?.iconUrl)!.brand!.iconUrl!;
    expect(icon.startsWith(`${origin}/icons/`)).to.equal(true);
    const svg = await sim(new Request(icon));
    expect(svg.status).to.equal(200);
    expect(svg.headers.get('content-type')).to.contain('image/svg+xml');
    expect(await svg.text()).to.match(/^<svg [^>]*role="img"/);
    expect((await sim(new Request(`${origin}/icons/nope.svg`))).status).to.equal(404);
  });

  describe('category names in the language of the session that refreshed the consumer', () => {
    const modules = [{ type: 'CATEGORIZED_TRANSACTIONSV2' }, { type: 'EXPENSE_CATEGORIES' }];
    /** Category id → name over the rows of every generation, and the expense module's names. */
    const namesOf = async (env: ReturnType<typeof setup>, consumer: string) => {
      const frame = { from: '2024-01-01', to: '2024-03-31' };
      const modular = (await env.call('PUT', '/insights/v1/reports/create', { insights_consumer_id: consumer, from_date: frame.from, to_date: frame.to, reports: modules })).json;
      const ids = normalizeReport(modular).accounts.map((account) => account.id);
      const payloads = [
        modular,
        (await env.call('POST', '/insights/v1/reports/categorized/create', { insights_consumer_id: consumer, insights_account_ids: ids, time_frame: frame })).json,
        (await env.call('POST', '/insights/v1/reports/categorization/create', { insights_consumer_id: consumer, from_date: frame.from, to_date: frame.to })).json,
      ];
      const rows = new Map<string, Set<string>>();
      for (const payload of payloads) {
        for (const account of normalizeReport(payload).accounts) {
          for (const category of account.transactions.flatMap((row) => row.categories)) rows.set(category.id, (rows.get(category.id) ?? new Set()).add(category.name ?? ''));
        }
      }
      const expenses = normalizeReport(payloads[0]).accounts.flatMap((account) => account.expenseCategories.map((category) => category.name));
      return { rows, expenses };
    };
    const refreshIn = async (env: ReturnType<typeof setup>, language: string | undefined, consumer?: string) =>
      consumerOf((await env.finishRefresh('acin-demo-data', { accounts: { all: true }, refresh_days: 90, ...(consumer ? { insights_consumer_id: consumer } : {}) }, language)).info);
    const consumerOf = (info: { result?: unknown }): string => (info.result as { insights_consumer_id: string }).insights_consumer_id;
    /** One name per id, in every generation alike. */
    const single = (rows: Map<string, Set<string>>): Map<string, string> =>
      new Map([...rows].map(([id, names]) => {
        expect([...names], id).to.have.length(1);
        return [id, [...names][0]!];
      }));

    it('serves German, Swedish and English names under the same ids', async () => {
      const env = setup();
      const de = single((await namesOf(env, await refreshIn(env, 'de'))).rows);
      const sv = single((await namesOf(env, await refreshIn(env, 'sv'))).rows);
      const en = single((await namesOf(env, await refreshIn(env, 'en'))).rows);
      expect([...de.values()]).to.include.members(['Gehalt', 'Miete', 'Lebensmittel', 'Versicherungen', 'Bus und Bahn', 'Sparen']);
      expect([...sv.values()]).to.include.members(['Lön', 'Hyra', 'Livsmedel', 'Försäkringar', 'Kollektivtrafik', 'Sparande']);
      expect([...en.values()]).to.include.members(['Salary', 'Rent', 'Groceries', 'Insurance', 'Public transport', 'Savings']);
      // The same category has the same id whatever the language: filters and charts key on it.
      const salaryId = [...en].find(([, name]) => name === 'Salary')![0];
      expect(de.get(salaryId)).to.equal('Gehalt');
      expect(sv.get(salaryId)).to.equal('Lön');
      expect(new Set([...de.keys(), ...sv.keys(), ...en.keys()]).size, 'no id is language-specific').to.equal(new Set(en.keys()).size);
    });

    it('names the expense categories module in the same language as the rows', async () => {
      const env = setup();
      const { rows, expenses } = await namesOf(env, await refreshIn(env, 'de'));
      const rowNames = new Set([...rows.values()].flatMap((names) => [...names]));
      expect(expenses).to.include.members(['Lebensmittel', 'Miete']);
      expect(expenses.every((name) => rowNames.has(name ?? ''))).to.equal(true);
    });

    it('reads a region tag by its language and answers English for a session without one or in another language', async () => {
      const env = setup();
      expect([...single((await namesOf(env, await refreshIn(env, 'de-AT'))).rows).values()]).to.include('Lebensmittel');
      expect([...single((await namesOf(env, await refreshIn(env, 'sv_SE'))).rows).values()]).to.include('Livsmedel');
      expect([...single((await namesOf(env, await refreshIn(env, 'fr'))).rows).values()]).to.include('Groceries');
      expect([...single((await namesOf(env, await refreshIn(env, undefined))).rows).values()]).to.include('Groceries');
    });

    it('follows the language of the latest refresh of a consumer', async () => {
      const env = setup();
      const consumer = await refreshIn(env, 'de');
      expect([...single((await namesOf(env, consumer)).rows).values()]).to.include('Lebensmittel');
      expect(await refreshIn(env, 'sv', consumer)).to.equal(consumer);
      expect([...single((await namesOf(env, consumer)).rows).values()]).to.include('Livsmedel').and.not.include('Lebensmittel');
    });
  });

  it('filters by account ids and date range', async () => {
    const { call, finishRefresh } = setup();
    const { info } = await finishRefresh();
    const result = info.result as { insights_consumer_id: string; accounts: { insights_account_id: string }[] };
    const savings = result.accounts[1]!.insights_account_id;
    const answer = await call('POST', '/insights/v1/reports/categorized/create', {
      insights_consumer_id: result.insights_consumer_id,
      insights_account_ids: [savings],
      time_frame: { from: '2024-02-01', to: '2024-02-29' },
    });
    const report = normalizeReport(answer.json);
    expect(report.accounts.map((account) => account.id)).to.deep.equal([savings]);
    const dates = report.accounts[0]!.transactions.map((row) => row.date);
    expect(dates.length).to.be.greaterThan(0);
    expect(dates.every((date) => date >= '2024-02-01' && date <= '2024-02-29')).to.equal(true);
  });

  it('answers an unknown consumer or account with 404 and an unknown module with 400', async () => {
    const { call, finishRefresh } = setup();
    const { info } = await finishRefresh();
    const consumer = (info.result as { insights_consumer_id: string }).insights_consumer_id;
    const frame = { from: '2024-01-01', to: '2024-03-31' };
    expect((await call('POST', '/insights/v1/reports/categorized/create', { insights_consumer_id: 'nobody', insights_account_ids: [], time_frame: frame })).status).to.equal(404);
    const account = await call('POST', '/insights/v1/reports/categorized/create', { insights_consumer_id: consumer, insights_account_ids: ['x'], time_frame: frame });
    expect(account.status).to.equal(404);
    expect(klarnaError(account).errors?.[0]?.location).to.equal('insights_account_ids[0]');
    const module = await call('PUT', '/insights/v1/reports/create', { insights_consumer_id: consumer, reports: [{ type: 'HOROSCOPE' }] });
    expect(module.status).to.equal(400);
    expect(klarnaError(module).errors?.[0]?.location).to.equal('reports[0].type');
    expect((await call('POST', '/insights/v1/reports/categorized/create', { insights_consumer_id: consumer })).status).to.equal(400);
  });
});

describe('simulator: consent transactions with pagination (Klarna\'s "Transactions")', () => {
  async function consented() {
    const env = setup();
    const { call, app, clock, openSession } = env;
    const session = await openSession({ accounts: {}, transactions: {} });
    const flow = dataOf(await call('PUT', session.flows.accounts ?? '', {}));
    await app(flow.client_token).login('transactions-25');
    clock.advance(500);
    const accountId = dataOf<{ result: { accounts: { id: string }[] } }>(await call('GET', flow.self)).result.accounts[0]!.id;
    const consent = dataOf<{ consent_id: string; consent_token: string }>(await call('POST', `/xs2a/v1/sessions/${session.session_id}/consent/get`));
    return { ...env, accountId, consent };
  }

  it('pages with preferred_pagination_size and next.offset, each answer carrying a new consent_token', async () => {
    const { call, accountId, consent } = await consented();
    const first = await call('POST', `/xs2a/v1/consents/${consent.consent_id}/transactions/get`, {
      consent_token: consent.consent_token,
      account_id: accountId,
      preferred_pagination_size: 10,
      psu,
    });
    expect(first.status).to.equal(200);
    const page1 = parsePayload(consentTransactionsResponse, first.json, 'transactions').data;
    expect(page1.result!.transactions).to.have.length(10);
    expect(page1.result!.pagination).to.include({ count: 10, url: `${origin}/xs2a/v1/consents/${consent.consent_id}/transactions/list` });
    expect(page1.consent_token).to.not.equal(consent.consent_token);

    const ids: string[] = page1.result!.transactions.map((row) => row.transaction_id!);
    let token = page1.consent_token;
    let pagination = page1.result!.pagination;
    let pages = 1;
    while (pagination?.next) {
      const next = await call('POST', pagination.url, { consent_token: token, offset: pagination.next.offset });
      expect(next.status).to.equal(200);
      const page = parsePayload(consentTransactionsResponse, next.json, 'transactions').data;
      ids.push(...page.result!.transactions.map((row) => row.transaction_id!));
      token = page.consent_token;
      pagination = page.result!.pagination;
      pages += 1;
    }
    expect(pages).to.equal(3);
    expect(ids).to.have.length(25);
    expect(new Set(ids).size).to.equal(25);
  });

  it('answers everything at once without a page size, and no pagination object', async () => {
    const { call, accountId, consent } = await consented();
    const answer = await call('POST', `/xs2a/v1/consents/${consent.consent_id}/transactions/get`, { consent_token: consent.consent_token, account_id: accountId });
    const data = parsePayload(consentTransactionsResponse, answer.json, 'transactions').data;
    expect(data.result!.transactions).to.have.length(25);
    expect(data.result).to.not.have.property('pagination');
  });

  it('refuses a used consent_token and a tampered offset', async () => {
    const { call, accountId, consent } = await consented();
    const url = `/xs2a/v1/consents/${consent.consent_id}/transactions/get`;
    const first = await call('POST', url, { consent_token: consent.consent_token, account_id: accountId, preferred_pagination_size: 5 });
    expect((await call('POST', url, { consent_token: consent.consent_token, account_id: accountId })).status).to.equal(401);
    const { consent_token: next, result } = dataOf<{ consent_token: string; result: { pagination: { url: string; next: { offset: string } } } }>(first);
    const tampered = `${result.pagination.next.offset.slice(0, -3)}abc`;
    const answer = await call('POST', result.pagination.url, { consent_token: next, offset: tampered });
    expect(answer.status).to.equal(400);
    expect(klarnaError(answer).errors?.[0]?.location).to.equal('offset');
  });
});

describe('simulator: determinism', () => {
  /** Everything a run produces that could vary. */
  async function run(seed: number) {
    const env = setup({ seed, signingKey: undefined });
    const { info, flow, session } = await env.finishRefresh();
    const consumer = (info.result as { insights_consumer_id: string }).insights_consumer_id;
    const report = await env.call('PUT', '/insights/v1/reports/create', {
      insights_consumer_id: consumer,
      reports: ['CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME', 'EXPENSE_CATEGORIES'].map((type) => ({ type })),
    });
    return JSON.stringify({ session: session.session_id, flow: flow.client_token, info, report: report.json });
  }

  it('produces the same ids, tokens and data for the same seed, and other data for another', async () => {
    const a = await run(42);
    expect(await run(42)).to.equal(a);
    expect(await run(43)).to.not.equal(a);
  });

  it('never calls Math.random', async () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random was called');
    };
    try {
      await run(1);
    } finally {
      Math.random = original;
    }
  });
});

describe('simulator: the launcher script', () => {
  it('serves the fake XS2A App launcher at Klarna’s path (or the configured one) as JavaScript', async () => {
    const { sim } = setup();
    const answer = await sim(new Request(`${origin}/xs2a/app-launcher/v0/xs2a-app-launcher.js`));
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('content-type')).to.contain('text/javascript');
    expect(answer.headers.get('access-control-allow-origin')).to.equal('*');
    const script = await answer.text();
    expect(script).to.contain('onXS2AReady');
    expect(script).to.contain('startFlow');
    // It must at least parse as a classic script.
    expect(() => new Script(script)).to.not.throw();
    const custom = setup({ launcherPath: '/launcher.js', basePath: '/klarna' });
    expect((await custom.sim(new Request(`${origin}/klarna/launcher.js`))).status).to.equal(200);
    expect((await custom.sim(new Request(`${origin}/launcher.js`))).status).to.equal(404);
  });
});

describe('simulator: sessions as Klarna answers them', () => {
  it('lists all six flow links, and data.consent exactly when a consent scope was asked for', async () => {
    const { call, openSession } = setup();
    const session = await openSession({ accounts: {}, transactions: {} });
    expect(Object.keys(session.flows).sort()).to.deep.equal(['account_details', 'accounts', 'balances', 'insights_refresh', 'transactions', 'transfer']);
    expect(session.flows.account_details).to.equal(`${session.self}/flows/account-details`);
    expect(session.consent).to.equal(`${session.self}/consent/get`);
    expect((await openSession()).consent).to.equal(undefined);
    const info = parsePayload(sessionInfoResponse, (await call('GET', session.self)).json, 'session').data;
    expect(info.flows?.balances).to.equal(`${session.self}/flows/balances`);
  });

  it('GET session carries state, the bank once known, current_flow and previous_flows', async () => {
    const { call, app, clock, openSession } = setup();
    const session = await openSession();
    const read = async () => parsePayload(sessionInfoResponse, (await call('GET', session.self)).json, 'session').data;
    expect(await read()).to.include({ state: 'IDLE' });
    expect((await read()).bank).to.equal(undefined);
    expect((await read()).previous_flows).to.deep.equal([]);
    const flow = dataOf(await call('PUT', session.flows.insights_refresh ?? '', { accounts: { all: true } }));
    expect((await read()).current_flow).to.deep.equal({ flow_id: flow.flow_id, url: flow.self, type: 'insights_refresh' });
    await app(flow.client_token).login('acin-demo-data');
    expect((await read()).bank).to.include({ bank_name: 'Testbank', bank_code: '88888888', country_code: 'DE' });
    clock.advance(500);
    const after = await read();
    expect(after.state).to.equal('IDLE');
    expect(after.current_flow).to.equal(undefined);
    expect(after.previous_flows).to.deep.equal([{ flow_id: flow.flow_id, url: flow.self, type: 'insights_refresh' }]);
  });

  it('runs the balances and account-details flows; the transfer flow is refused as not simulated', async () => {
    const { call, app, clock, openSession } = setup();
    const session = await openSession({ accounts: {}, balances: {} });
    const balances = dataOf(await call('PUT', session.flows.balances ?? '', {}));
    await app(balances.client_token).login('acin-demo-data');
    clock.advance(500);
    const offered = await app(balances.client_token).view();
    expect(offered.step).to.equal('select-account');
    await app(balances.client_token).choose(offered.accounts![0]!.id);
    clock.advance(500);
    const result = dataOf(await call('GET', balances.self)).result as { type: string; account: { id: string }; balance: { amount: number; currency: string } };
    expect(result.type).to.equal('balances');
    expect(result.account.id).to.equal(offered.accounts![0]!.id);
    expect(result.balance.currency).to.equal('EUR');
    const details = dataOf(await call('PUT', session.flows.account_details ?? '', { account_id: offered.accounts![1]!.id }));
    await app(details.client_token).login('acin-demo-data');
    clock.advance(500);
    expect(dataOf(await call('GET', details.self)).result).to.deep.include({ type: 'account_details' });
    const transfer = await call('PUT', session.flows.transfer ?? '', {});
    expect(transfer.status).to.equal(403);
    expect(klarnaError(transfer).code).to.equal('NOT_SUPPORTED');
  });

  it('accepts the flow states of the older docs, INITIALIZED and INTERRUPTED', () => {
    for (const state of ['INITIALIZED', 'INTERRUPTED']) {
      expect(parsePayload(flowInfoResponse, { data: { state } }, 'flow').data.state).to.equal(state);
    }
  });
});

describe('simulator: the consent API as Klarna documents it', () => {
  async function consentOf(scope: Record<string, unknown>) {
    const env = setup();
    const { call, app, clock, openSession } = env;
    const session = await openSession(scope);
    const flow = dataOf(await call('PUT', session.flows.accounts ?? '', {}));
    await app(flow.client_token).login('acin-demo-data');
    clock.advance(500);
    const accounts = dataOf<{ result: { accounts: Record<string, unknown>[] } }>(await call('GET', flow.self)).result.accounts;
    const consent = parsePayload(consentGetResponse, (await call('POST', session.consent ?? '')).json, 'consent').data;
    return { ...env, accounts, consent };
  }

  it('consent/get answers consent_id, consent_token and one link per consented resource', async () => {
    const both = await consentOf({ accounts: {}, transactions: {} });
    const base = `${origin}/xs2a/v1/consents/${both.consent.consent_id}`;
    expect(both.consent.consents).to.deep.equal({ accounts: `${base}/accounts/get`, transactions: `${base}/transactions/get` });
    const accountsOnly = await consentOf({ accounts: {} });
    expect(Object.keys(accountsOnly.consent.consents)).to.deep.equal(['accounts']);
  });

  it('consents/{id}/accounts/get lists the consented accounts with a new consent_token', async () => {
    const { call, consent, accounts } = await consentOf({ accounts: {}, transactions: {} });
    const answer = parsePayload(consentAccountsResponse, (await call('POST', consent.consents.accounts ?? '', { consent_token: consent.consent_token, psu })).json, 'accounts').data;
    expect(answer.result.accounts.map((account) => account.id)).to.deep.equal(accounts.map((account) => account.id));
    expect(answer.consent_token).to.not.equal(consent.consent_token);
    expect((await call('POST', consent.consents.accounts ?? '', { consent_token: consent.consent_token })).status).to.equal(401);
  });

  it('describes accounts with capabilities {<flow type>: {available}} and account_type DEFAULT or SAVING', async () => {
    const { accounts } = await consentOf({ accounts: {} });
    expect(accounts.map((account) => account.account_type)).to.include.members(['DEFAULT', 'SAVING']);
    for (const account of accounts) {
      const capabilities = account.capabilities as Record<string, { available: boolean }>;
      expect(Object.keys(capabilities).sort()).to.deep.equal(['account_details', 'balances', 'transactions', 'transfer']);
      expect(capabilities.transfer!.available).to.equal(account.account_type !== 'SAVING');
    }
  });

  it('names consent transactions by transaction_id', async () => {
    const { call, consent, accounts } = await consentOf({ accounts: {}, transactions: {} });
    const page = parsePayload(consentTransactionsResponse, (await call('POST', consent.consents.transactions ?? '', { consent_token: consent.consent_token, account_id: accounts[0]!.id })).json, 'page').data;
    expect(page.result!.transactions.length).to.be.greaterThan(0);
    for (const row of page.result!.transactions) {
      expect(row.transaction_id).to.be.a('string');
      expect(row).to.not.have.property('id');
    }
  });
});

describe('simulator: error categories as Klarna’s error handling page has them', () => {
  it('uses only the six top-level groups, never invented ones', async () => {
    for (const [name, { scenario }] of Object.entries(testBankUsers)) {
      if ('category' in scenario) expect(topLevelCategories, name).to.include(scenario.category.split('.')[0]);
    }
    const { app, clock, call, startRefresh } = setup();
    const { flow } = await startRefresh();
    await app(flow.client_token).login('configuration-expected');
    clock.advance(500);
    expect(dataOf(await call('GET', flow.self)).result).to.include({ type: 'error', category: 'USER.CONFIGURATION' });
    expect((await app(flow.client_token).view()).error).to.include({ category: 'USER.CONFIGURATION' });
  });

  it('tells the XS2A App only the top level of TECHNICAL, NOT_SUPPORTED and MAINTENANCE', () => {
    expect(appCategory('TECHNICAL.BANK_UNAVAILABLE')).to.equal('TECHNICAL');
    expect(appCategory('NOT_SUPPORTED.FLOW')).to.equal('NOT_SUPPORTED');
    expect(appCategory('MAINTENANCE')).to.equal('MAINTENANCE');
    expect(appCategory('USER.ACCESS_DENIED.CREDENTIALS')).to.equal('USER.ACCESS_DENIED.CREDENTIALS');
    expect(appCategory('BANK.UNKNOWN')).to.equal('BANK.UNKNOWN');
  });
});

describe('simulator: the PSD2 test bank’s keywords', () => {
  const stateOf = async (env: ReturnType<typeof setup>, self: string) => parsePayload(flowInfoResponse, (await env.call('GET', self)).json, 'flow').data;

  it('embedded: asks for a one-time password, then finishes', async () => {
    const env = setup();
    const { flow } = await env.startRefresh({ accounts: { all: true } });
    const bank = env.app(flow.client_token);
    await bank.login('embedded');
    env.clock.advance(500);
    expect(await bank.view()).to.include({ state: 'CONSUMER_INPUT_NEEDED', step: 'otp' });
    const url = claimsOf(flow.client_token).urls.app;
    const auth = { authorization: `Bearer ${flow.client_token}` };
    expect((await env.call('POST', `${url}/otp`, { otp: '' }, auth)).status).to.equal(400);
    expect((await env.call('POST', `${url}/otp`, { otp: '123456' }, auth)).status).to.equal(200);
    env.clock.advance(500);
    expect((await stateOf(env, flow.self)).state).to.equal('FINISHED');
  });

  it('decoupled: PROCESSING for a few polls, then FINISHED', async () => {
    const env = setup();
    const { flow } = await env.startRefresh({ accounts: { all: true } });
    await env.app(flow.client_token).login('decoupled');
    env.clock.advance(500);
    expect((await stateOf(env, flow.self)).state).to.equal('PROCESSING');
    expect(await env.app(flow.client_token).view()).to.include({ decoupled: true });
    env.clock.advance(2000);
    expect((await stateOf(env, flow.self)).state).to.equal('FINISHED');
  });

  it('decoupled-abort: after a few polls the login form again with its error; a new login works', async () => {
    const env = setup();
    const { flow } = await env.startRefresh({ accounts: { all: true } });
    const bank = env.app(flow.client_token);
    await bank.login('decoupled-abort');
    env.clock.advance(2500);
    const view = await bank.view();
    expect(view).to.include({ state: 'CONSUMER_INPUT_NEEDED', step: 'bank' });
    expect(view.login_error).to.be.a('string').and.not.be.empty;
    expect((await bank.login('acin-demo-data')).status).to.equal(200);
    env.clock.advance(500);
    expect((await stateOf(env, flow.self)).state).to.equal('FINISHED');
  });

  it('decoupled-failed: after a few polls EXCEPTION with USER.ACCESS_DENIED', async () => {
    const env = setup();
    const { flow } = await env.startRefresh();
    await env.app(flow.client_token).login('decoupled-failed');
    env.clock.advance(2500);
    const info = await stateOf(env, flow.self);
    expect(info.state).to.equal('EXCEPTION');
    expect(info.result).to.include({ category: 'USER.ACCESS_DENIED' });
  });

  it('redirect: the consumer confirms on the bank’s page, then the flow finishes', async () => {
    const env = setup();
    const { flow } = await env.startRefresh({ accounts: { all: true } });
    await env.app(flow.client_token).login('redirect');
    env.clock.advance(500);
    expect(await env.app(flow.client_token).view()).to.include({ step: 'redirect' });
    const url = claimsOf(flow.client_token).urls.app;
    expect((await env.call('POST', `${url}/redirect`, undefined, { authorization: `Bearer ${flow.client_token}` })).status).to.equal(200);
    env.clock.advance(500);
    expect((await stateOf(env, flow.self)).state).to.equal('FINISHED');
  });

  it('wrong and invalid: the login form again with its error; the flow keeps waiting', async () => {
    const env = setup();
    const { flow } = await env.startRefresh();
    const wrong = await env.app(flow.client_token).login('wrong');
    expect(wrong.status).to.equal(401);
    expect(klarnaError(wrong).errors?.[0]?.code).to.equal('USER.ACCESS_DENIED.CREDENTIALS');
    const invalid = await env.app(flow.client_token).login('invalid');
    expect(invalid.status).to.equal(400);
    expect(klarnaError(invalid).code).to.equal('INVALID_FORM');
    expect((await stateOf(env, flow.self)).state).to.equal('CONSUMER_INPUT_NEEDED');
  });

  for (const [username, category] of [
    ['configuration-expected', 'USER.CONFIGURATION'],
    ['invalid-transactions-timerange', 'NOT_SUPPORTED'],
  ] as const) {
    it(`${username}: EXCEPTION with ${category}`, async () => {
      const env = setup();
      const { flow } = await env.startRefresh();
      await env.app(flow.client_token).login(username);
      env.clock.advance(500);
      expect((await stateOf(env, flow.self)).result).to.include({ type: 'error', category });
    });
  }

  it('validate-ip and validate-ip-no-v6 check the session’s psu.ip_address', async () => {
    const outcome = async (username: string, ip: string) => {
      const env = setup();
      const session = parsePayload(sessionCreateResponse, (await env.call('PUT', '/xs2a/v1/sessions', { psu: { ...psu, ip_address: ip }, consent_scope: { insights_refresh: {} } })).json, 's').data;
      const flow = dataOf(await env.call('PUT', session.flows.insights_refresh ?? '', { accounts: { all: true } }));
      await env.app(flow.client_token).login(username);
      env.clock.advance(500);
      return (await stateOf(env, flow.self)).state;
    };
    expect(await outcome('validate-ip', '123.123.123.123')).to.equal('FINISHED');
    expect(await outcome('validate-ip', '2001:db8::1')).to.equal('FINISHED');
    expect(await outcome('validate-ip', '999.1.1.1')).to.equal('EXCEPTION');
    expect(await outcome('validate-ip', 'localhost')).to.equal('EXCEPTION');
    expect(await outcome('validate-ip-no-v6', '2001:db8::1')).to.equal('EXCEPTION');
    expect(await outcome('validate-ip-no-v6', '10.0.0.1')).to.equal('FINISHED');
  });
});

describe('simulator: the insights-refresh flow as Klarna’s page describes it', () => {
  const perReportOf = async (env: ReturnType<typeof setup>, consumer: string, body: Record<string, unknown> = {}) =>
    env.call('POST', '/insights/v1/reports/balances/create', { insights_consumer_id: consumer, ...body });
  const consumerOf = (info: { result?: unknown }) => (info.result as { insights_consumer_id: string }).insights_consumer_id;

  it('lets the consumer select one account when the request names none', async () => {
    const env = setup();
    const { flow } = await env.startRefresh({});
    await env.app(flow.client_token).login('acin-demo-data');
    env.clock.advance(500);
    const view = await env.app(flow.client_token).view();
    expect(view.step).to.equal('select-account');
    await env.app(flow.client_token).choose(view.accounts![1]!.id);
    env.clock.advance(500);
    const result = dataOf(await env.call('GET', flow.self)).result as { accounts: { insights_account_id: string }[] };
    expect(result.accounts.map((account) => account.insights_account_id)).to.deep.equal([view.accounts![1]!.id]);
  });

  it('refuses what the page calls other combinations of accounts, unknown accounts fields and intended_reports that are not { type }, naming the location', async () => {
    const env = setup();
    const session = await env.openSession();
    for (const [body, location] of [
      [{ accounts: { all: true, ids: ['a'] } }, 'accounts.all'],
      [{ accounts: { all: true, everything: true } }, 'accounts.everything'],
      [{ intended_reports: ['BALANCES'] }, 'intended_reports[0]'],
    ] as const) {
      const answer = await env.call('PUT', session.flows.insights_refresh ?? '', body);
      expect(answer.status, JSON.stringify(body)).to.equal(400);
      const error = (answer.json as { error: { code: string; errors: { location: string }[] } }).error;
      expect(error.code).to.equal('BAD_REQUEST');
      expect(error.errors[0]!.location).to.equal(location);
    }
    const accepted = await env.call('PUT', session.flows.insights_refresh ?? '', { intended_reports: [{ type: 'BALANCES' }], accounts: { ibans: ['DE02120300000000202051'] } });
    expect(accepted.status).to.equal(201);
  });

  it('tells onApiCall each API call with its body and status, and not the fake app’s', async () => {
    const calls: { method: string; path: string; body: unknown; status: number }[] = [];
    const env = setup({ onApiCall: (call) => calls.push(call) });
    const { flow } = await env.startRefresh({ data_retention_minutes: 30, accounts: { all: true } });
    await env.app(flow.client_token).view();
    await env.call('PUT', '/xs2a/v1/sessions', { psu: { user_agent: 'x' } });
    expect(calls.map(({ method, path, status }) => `${method} ${path.replace(/sessions\/\w+/, 'sessions/…')} ${status}`)).to.deep.equal([
      'PUT /xs2a/v1/sessions 201',
      'PUT /insights/v1/sessions/…/flows/insights-refresh 201',
      'PUT /xs2a/v1/sessions 400',
    ]);
    expect(calls[1]!.body).to.deep.equal({ data_retention_minutes: 30, accounts: { all: true } });
  });

  it('refreshes the last 62 days by default, and refresh_days when given', async () => {
    const env = setup();
    const byDefault = await perReportOf(env, consumerOf((await env.finishRefresh()).info));
    expect(dataOf<{ reports: { from_date: string; to_date: string }[] }>(byDefault).reports[0]).to.include({ from_date: '2024-01-29', to_date: '2024-03-31' });
    const thirty = await perReportOf(env, consumerOf((await env.finishRefresh('acin-demo-data', { accounts: { all: true }, refresh_days: 30 })).info));
    expect(dataOf<{ reports: { from_date: string }[] }>(thirty).reports[0]).to.include({ from_date: '2024-03-01' });
  });

  it('keeps the data data_retention_minutes (10 by default), then refuses reports for that consumer', async () => {
    const env = setup();
    const short = consumerOf((await env.finishRefresh()).info);
    const long = consumerOf((await env.finishRefresh('acin-demo-data', { accounts: { all: true }, data_retention_minutes: 60 })).info);
    env.clock.advance(9 * 60_000);
    expect((await perReportOf(env, short)).status).to.equal(200);
    env.clock.advance(60_000);
    const gone = await perReportOf(env, short);
    expect(gone.status).to.equal(404);
    expect(klarnaError(gone).errors?.[0]?.location).to.equal('insights_consumer_id');
    expect((await env.call('PUT', '/insights/v1/reports/create', { insights_consumer_id: short, reports: [{ type: 'BALANCES' }] })).status).to.equal(404);
    expect((await perReportOf(env, long)).status).to.equal(200);
    env.clock.advance(50 * 60_000);
    expect((await perReportOf(env, long)).status).to.equal(404);
  });

  it('categorizes with unsigned amounts and a DEBIT/CREDIT type; per-report answers say data_availability', async () => {
    const env = setup();
    const consumer = consumerOf((await env.finishRefresh()).info);
    const categorized = dataOf<{ reports: { transactions: { amount: { amount: number }; type: string }[] }[] }>(
      await env.call('POST', '/insights/v1/reports/categorization/create', { insights_consumer_id: consumer }),
    );
    const rows = categorized.reports[0]!.transactions;
    expect(rows.length).to.be.greaterThan(10);
    expect(rows.every((row) => row.amount.amount >= 0)).to.equal(true);
    expect(new Set(rows.map((row) => row.type))).to.deep.equal(new Set(['DEBIT', 'CREDIT']));
    const availability = async (from: string, to: string) =>
      dataOf<{ reports: { data_availability: string }[] }>(await perReportOf(env, consumer, { from_date: from, to_date: to })).reports[0]!.data_availability;
    expect(await availability('2024-02-01', '2024-03-31')).to.equal('COMPLETE');
    expect(await availability('2023-12-01', '2024-03-31')).to.equal('PARTIAL');
    expect(await availability('2023-01-01', '2023-06-30')).to.equal('NONE');
  });
});

describe('simulator: the transactions flow’s next page (Klarna’s “Transactions Next” page)', () => {
  it('pages the flow result with pagination.url and next.offset until every row was read', async () => {
    const env = setup();
    const session = await env.openSession({ transactions: {} });
    const flow = dataOf(await env.call('PUT', session.flows.transactions ?? '', { preferred_pagination_size: 10, from_date: '2024-01-01', to_date: '2024-03-31' }));
    await env.app(flow.client_token).login('transactions-25');
    env.clock.advance(500);
    const view = await env.app(flow.client_token).view();
    if (view.step === 'select-account') {
      await env.app(flow.client_token).choose(view.accounts![0]!.id);
      env.clock.advance(500);
    }
    type Page = { transactions: { transaction_id: string }[]; incomplete: boolean; account: { id: string }; pagination?: { url: string; next: { offset: string } } };
    const first = dataOf<{ result: Page }>(await env.call('GET', flow.self)).result;
    expect(first.transactions).to.have.length(10);
    expect(first.incomplete).to.equal(false);
    expect(first.account.id).to.be.a('string');
    expect(first.pagination!.url).to.equal(`${flow.self}/list`);
    const ids = first.transactions.map((row) => row.transaction_id);
    let pagination = first.pagination;
    while (pagination) {
      const answer = await env.call('POST', pagination.url, { offset: pagination.next.offset });
      expect(answer.status).to.equal(200);
      const page = dataOf<{ result: Page; state: string }>(answer);
      expect(page.state).to.equal('FINISHED');
      ids.push(...page.result.transactions.map((row) => row.transaction_id));
      pagination = page.result.pagination;
    }
    expect(ids).to.have.length(25);
    expect(new Set(ids).size).to.equal(25);
    const tampered = await env.call('POST', first.pagination!.url, { offset: `${first.pagination!.next.offset.slice(0, -2)}xx` });
    expect(tampered.status).to.equal(400);
    expect(klarnaError(tampered).errors?.[0]?.location).to.equal('offset');
  });
});

describe('simulator: the README’s test-bank table', () => {
  it('lists every username the test bank knows, and the fake app’s hint names them', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = new Set([...readme.matchAll(/^\| `([a-z0-9-]+|transactions-N)` \|/gm)].map((match) => match[1]));
    for (const username of Object.keys(testBankUsers)) {
      expect(rows, username).to.include(username);
      expect(scenarioHint, username).to.contain(username);
    }
  });
});
