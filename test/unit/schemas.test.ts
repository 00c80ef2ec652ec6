import { expect } from 'chai';
import * as z from 'zod/mini';
import { isoDateTimePattern } from '../../src/schemas/account-data.js';
import { Xs2aError } from '../../src/errors.js';
import * as schemas from '../../src/schemas/index.js';
import { testBankAccountSelection, testBankLogin, transactionsFlowRequest } from '../../src/schemas/simulator.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import {
  categorizedTransactions,
  consentTransactions,
  flowLifecycle,
  insightsRefresh,
  quickStart,
} from '../fixtures/seed-examples.js';
import { thrown } from '../helpers/errors.js';

/** Runs `parsePayload` and returns the typed error it must throw. */
const rejection = (schema: z.ZodMiniType, value: unknown): Xs2aError => thrown(() => parsePayload(schema, value, 'payload'), Xs2aError);

const clone = <T>(value: T): T => structuredClone(value);

describe('schemas: every JSON example of Klarna\'s pages parses', () => {
  const examples: [string, z.ZodMiniType, unknown][] = [
    ['quick start: session request', schemas.sessionCreateRequest, quickStart.sessionCreateRequest],
    ['quick start: session response', schemas.sessionCreateResponse, quickStart.sessionCreateResponse],
    ['quick start: insights-refresh request', schemas.insightsRefreshFlowRequest, quickStart.insightsRefreshFlowRequest],
    ['quick start: flow response', schemas.flowCreateResponse, quickStart.flowCreateResponse],
    ['quick start: finished flow', schemas.flowInfoResponse, quickStart.flowFinishedResponse],
    ['quick start: modular report request', schemas.modularReportRequest, quickStart.modularReportRequest],
    ['quick start: modular report', schemas.modularReport, quickStart.modularReportResponse],
    ['insights-refresh flow: finished insights-refresh flow', schemas.flowInfoResponse, insightsRefresh.flowFinishedResponse],
    ['consent transactions: transactions request', schemas.consentTransactionsRequest, consentTransactions.request],
    ['consent transactions: transactions response', schemas.consentTransactionsResponse, consentTransactions.response],
    ['flow page: flow in EXCEPTION', schemas.flowInfoResponse, flowLifecycle.flowExceptionResponse],
    ['categorized report page: categorized request', schemas.categorizedReportRequest, categorizedTransactions.request],
    ['categorized report page: categorized report', schemas.categorizedReport, categorizedTransactions.response],
  ];
  for (const [name, schema, example] of examples) {
    it(name, () => {
      expect(() => parsePayload(schema, example, name)).not.to.throw();
    });
  }

  it('keeps unknown extra fields instead of rejecting or dropping them', () => {
    const payload = clone(quickStart.flowCreateResponse) as { data: Record<string, unknown> };
    payload.data.new_field = { added: 'later' };
    const parsed = parsePayload(schemas.flowCreateResponse, payload, 'flow');
    expect((parsed.data as Record<string, unknown>).new_field).to.deep.equal({ added: 'later' });
  });

  it('reads the flow result by its type', () => {
    const finished = parsePayload(schemas.flowInfoResponse, quickStart.flowFinishedResponse, 'flow');
    expect(finished.data.result?.type).to.equal('insights_refresh');
    const failed = parsePayload(schemas.flowInfoResponse, flowLifecycle.flowExceptionResponse, 'flow');
    expect(failed.data.result).to.include({ type: 'error', category: 'TECHNICAL' });
  });

  it('accepts null for optional fields, as real responses send them', () => {
    const payload = clone(consentTransactions.response);
    const transaction = payload.data.result.transactions[0] as Record<string, unknown>;
    transaction.reference = null;
    transaction.original_amount = null;
    expect(() => parsePayload(schemas.consentTransactionsResponse, payload, 'transactions')).not.to.throw();
  });
});

describe('schemas: malformed payloads are rejected with a readable path', () => {
  it('a session without its id', () => {
    const payload = clone(quickStart.sessionCreateResponse) as { data: Partial<typeof quickStart.sessionCreateResponse.data> };
    delete payload.data.session_id;
    const error = rejection(schemas.sessionCreateResponse, payload);
    expect(error.code).to.equal('invalid-response');
    expect(error.path).to.equal('data.session_id');
    expect(error.message).to.match(/^Invalid payload at data\.session_id: /);
  });

  it('a session request without psu', () => {
    const { psu: _psu, ...payload } = quickStart.sessionCreateRequest;
    expect(rejection(schemas.sessionCreateRequest, payload).path).to.equal('psu');
  });

  it('a flow in a state Klarna does not have', () => {
    const payload = clone(quickStart.flowCreateResponse);
    payload.data.state = 'DONE';
    const error = rejection(schemas.flowCreateResponse, payload);
    expect(error.path).to.equal('data.state');
    expect(error.message).to.contain('CONSUMER_INPUT_NEEDED');
  });

  it('a flow response with an empty client token', () => {
    const payload = clone(quickStart.flowCreateResponse);
    payload.data.client_token = '';
    expect(rejection(schemas.flowCreateResponse, payload).path).to.equal('data.client_token');
  });

  it('an insights-refresh result without the consumer id, not mistaken for another result type', () => {
    const payload = clone(quickStart.flowFinishedResponse) as { data: { result: Record<string, unknown> } };
    delete payload.data.result.insights_consumer_id;
    expect(rejection(schemas.flowInfoResponse, payload).path).to.equal('data.result.insights_consumer_id');
  });

  it('an error result without its category', () => {
    const payload = clone(flowLifecycle.flowExceptionResponse) as { data: { result: Record<string, unknown> } };
    delete payload.data.result.category;
    expect(rejection(schemas.flowInfoResponse, payload).path).to.equal('data.result.category');
  });

  it('a count of days or minutes that is not a whole number above zero', () => {
    for (const refresh_days of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '30', null]) {
      const error = rejection(schemas.createFlowRequest, { refresh_days: refresh_days === null ? [] : refresh_days });
      expect(error.path, String(refresh_days)).to.equal('refresh_days');
    }
    const error = rejection(schemas.insightsRefreshFlowRequest, { data_retention_minutes: 0.5 });
    expect(error.message).to.contain('data_retention_minutes: expected a positive whole number');
    expect(parsePayload(schemas.createFlowRequest, { refresh_days: 1, data_retention_minutes: 2 ** 53 - 1 }, 'payload')).to.deep.equal({ refresh_days: 1, data_retention_minutes: 2 ** 53 - 1 });
  });

  it('an amount or a count that is not a whole number, named as such', () => {
    for (const minor of [1.5, Number.NaN, 2 ** 53, '100']) {
      const error = rejection(schemas.amount, { amount: minor, currency: 'EUR' });
      expect(error.path, String(minor)).to.equal('amount');
    }
    expect(rejection(schemas.amount, { amount: 0.5, currency: 'EUR' }).message).to.contain('amount: expected a whole number');
    expect(parsePayload(schemas.amount, { amount: -(2 ** 53 - 1), currency: 'EUR' }, 'amount')).to.deep.equal({ amount: -(2 ** 53 - 1), currency: 'EUR' });
    const category = { id: 'c', sum: { amount: -100, currency: 'EUR' } };
    expect(rejection(schemas.expenseCategory, { ...category, count: -1 }).message).to.contain('count: expected a whole number ≥ 0');
    expect(parsePayload(schemas.expenseCategory, { ...category, count: 0 }, 'category')).to.deep.equal({ ...category, count: 0 });
  });

  it('a date-time pattern that is zod’s own for an offset or a local time', () => {
    expect(isoDateTimePattern().source).to.equal(z.regexes.datetime({ offset: true, local: true }).source);
  });

  it('a refresh time that is not an ISO date-time, named as such', () => {
    const module = { type: 'BALANCES', insights_consumer_id: 'c', from_date: '2024-01-01' };
    for (const refreshed_at of ['2021-01-12T13:33:16.733086Z', '2021-01-12T13:33:16+01:00', '2021-01-12T13:33:16']) {
      expect(() => parsePayload(schemas.perReportModule, { ...module, refreshed_at }, 'module'), refreshed_at).not.to.throw();
    }
    for (const refreshed_at of ['2021-01-12', '12.01.2021 13:33', '2021-13-12T13:33:16Z']) {
      const error = rejection(schemas.perReportModule, { ...module, refreshed_at });
      expect(error.message, refreshed_at).to.contain('refreshed_at: expected an ISO date-time');
    }
  });

  it('a known module of any type, with the issues of its own type', () => {
    const balances = [{ date: '2024-01-01', balance: { amount: 1, currency: 'EUR' } }, { date: '1.1.2024', balance: { amount: 1, currency: 'EUR' } }];
    expect(rejection(schemas.reportModule, { type: 'BALANCE_OVER_TIME', balances }).path).to.equal('balances[1].date');
    const categories = [{ id: 'food', sum: { amount: 1.5, currency: 'EUR' } }];
    expect(rejection(schemas.reportModule, { type: 'EXPENSE_CATEGORIES', categories }).message).to.contain('categories[0].sum.amount: expected a whole number');
    expect(parsePayload(schemas.reportModule, { type: 'BALANCE_OVER_TIME', balances: balances.slice(0, 1) }, 'module')).to.deep.equal({ type: 'BALANCE_OVER_TIME', balances: balances.slice(0, 1) });
  });

  it('the simulator’s steps, each check with its own message', () => {
    const login = { country: 'DE', bank_code: '88888888', username: 'ok', password: 'x' };
    expect(rejection(testBankLogin, { ...login, username: '' }).message).to.contain('username: expected a non-empty string');
    expect(rejection(testBankLogin, { ...login, country: 'de' }).message).to.contain('country: expected a two-letter country code');
    expect(rejection(testBankAccountSelection, { account_ids: [] }).message).to.contain('account_ids: expected at least one account');
    expect(rejection(transactionsFlowRequest, { preferred_pagination_size: 0 }).message).to.contain('preferred_pagination_size: expected a positive whole number');
  });

  it('an empty id or client token, named as such', () => {
    expect(rejection(schemas.id, '').message).to.contain('(root): expected a non-empty string');
    const created = { data: { flow_id: 'f', client_token: '', state: 'PROCESSING' } };
    expect(rejection(schemas.createFlowResponse, created).message).to.contain('data.client_token: expected a non-empty string');
    expect(parsePayload(schemas.id, '\u{1F3E6}', 'id')).to.equal('\u{1F3E6}');
  });

  it('an insights-refresh request with a malformed date', () => {
    const error = rejection(schemas.insightsRefreshFlowRequest, { from_date: '01.02.2024' });
    expect(error.path).to.equal('from_date');
    expect(error.message).to.contain('from_date: expected an ISO date (YYYY-MM-DD)');
    // Calendar dates only, leap days included.
    expect(parsePayload(schemas.insightsRefreshFlowRequest, { from_date: '2024-02-29' }, 'request')).to.deep.equal({ from_date: '2024-02-29' });
    expect(rejection(schemas.insightsRefreshFlowRequest, { to_date: '2023-02-29' }).path).to.equal('to_date');
  });

  it('a transaction amount that is not an integer of minor units', () => {
    const payload = clone(consentTransactions.response) as { data: { result: { transactions: { amount: unknown }[] } } };
    payload.data.result.transactions[0]!.amount = { amount: 12.5, currency: 'EUR' };
    const error = rejection(schemas.consentTransactionsResponse, payload);
    expect(error.path).to.equal('data.result.transactions[0].amount.amount');
  });

  it('a transaction type other than DEBIT or CREDIT', () => {
    const payload = clone(consentTransactions.response) as { data: { result: { transactions: { type: string }[] } } };
    payload.data.result.transactions[0]!.type = 'OUT';
    const error = rejection(schemas.consentTransactionsResponse, payload);
    expect(error.path).to.equal('data.result.transactions[0].type');
    expect(error.message).to.contain('data.result.transactions[0].type: expected one of "DEBIT", "CREDIT"');
  });

  it('a pagination block without its url', () => {
    const payload = clone(consentTransactions.response) as { data: { result: { pagination: Record<string, unknown> } } };
    delete payload.data.result.pagination.url;
    expect(rejection(schemas.consentTransactionsResponse, payload).path).to.equal('data.result.pagination.url');
  });

  it('a consent response without the next consent token', () => {
    const payload = clone(consentTransactions.response) as { data: Record<string, unknown> };
    delete payload.data.consent_token;
    expect(rejection(schemas.consentTransactionsResponse, payload).path).to.equal('data.consent_token');
  });

  it('a Klarna error body without its message', () => {
    const error = rejection(schemas.klarnaErrorBody, { error: { code: 'BAD_VALUE' } });
    expect(error.path).to.equal('error.message');
  });

  it('a categorized report transaction without an id', () => {
    const payload = clone(categorizedTransactions.response) as { data: { accounts: { transactions: Record<string, unknown>[] }[] } };
    delete payload.data.accounts[0]!.transactions[1]!.id;
    expect(rejection(schemas.categorizedReport, payload).path).to.equal('data.accounts[0].transactions[1].id');
  });

  it('a categorized report request without a time frame', () => {
    const { time_frame: _timeFrame, ...payload } = categorizedTransactions.request;
    expect(rejection(schemas.categorizedReportRequest, payload).path).to.equal('time_frame');
  });

  it('a modular report module of a known type with the wrong shape', () => {
    const payload = clone(quickStart.modularReportResponse) as { data: { accounts: { reports: Record<string, unknown>[] }[] } };
    payload.data.accounts[0]!.reports[1]!.balances = [{ date: '2021-01-01', balance: { amount: '12', currency: 'EUR' } }];
    const error = rejection(schemas.modularReport, payload);
    expect(error.path).to.equal('data.accounts[0].reports[1].balances[0].balance.amount');
  });

  it('a modular report module of an unknown type is kept, not rejected', () => {
    const payload = clone(quickStart.modularReportResponse) as { data: { accounts: { reports: unknown[] }[] } };
    payload.data.accounts[0]!.reports.push({ type: 'INCOME_STABILITY', score: 0.8 });
    const parsed = parsePayload(schemas.modularReport, payload, 'report');
    expect(parsed.data.accounts[0]!.reports[3]).to.deep.equal({ type: 'INCOME_STABILITY', score: 0.8 });
  });

  it('a per-report response without its reports list', () => {
    expect(rejection(schemas.perReportResponse, { data: {} }).path).to.equal('data.reports');
  });

  it('a host-backend create-flow answer without the client token', () => {
    const error = rejection(schemas.createFlowResponse, { data: { flow_id: 'f1', state: 'CONSUMER_INPUT_NEEDED' } });
    expect(error.path).to.equal('data.client_token');
  });

  it('a host-backend report request without the consumer', () => {
    expect(rejection(schemas.reportRequest, { insights_account_ids: ['a'] }).path).to.equal('insights_consumer_id');
  });

  it('a host-backend error body that is HTML text', () => {
    expect(rejection(schemas.hostErrorBody, '<html>502 Bad Gateway</html>').path).to.equal('(root)');
  });

  it('keeps the message short when a huge payload is wrong everywhere', () => {
    const transactions = Array.from({ length: 1000 }, () => ({ id: 1 }));
    const error = rejection(schemas.categorizedReport, { data: { accounts: [{ insights_account_id: 'a', transactions }] } });
    expect(error.message.length).to.be.below(600);
    expect(error.message).to.match(/and \d+ more/);
  });
});
