import { expect } from 'chai';
import type * as z from 'zod/mini';
import { Xs2aError } from '../../src/errors.js';
import * as schemas from '../../src/schemas/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import { thrown } from '../helpers/errors.js';

type SchemaName = keyof typeof schemas;

const tx = { id: 't1', date: '2024-01-02', amount: { amount: 100, currency: 'EUR' }, type: 'DEBIT' };

/** For every exported schema, one malformed payload and the path its error must name. */
const malformed: Partial<Record<SchemaName, [unknown, string]>> = {
  accountInfo: [{ currency: 978 }, 'currency'],
  address: [{ city: 42 }, 'city'],
  amount: [{ amount: 1.5, currency: 'EUR' }, 'amount'],
  balancePoint: [{ date: '2024-01-32', balance: { amount: 1, currency: 'EUR' } }, 'date'],
  bankTransactionCode: [{ sub_code: 'x' }, 'code'],
  brand: [{ name: 'Rewe' }, 'id'],
  categorizedReport: [{ data: { accounts: [{ insights_account_id: 'a' }] } }, 'data.accounts[0].transactions'],
  categorizedReportAccount: [{ transactions: [] }, 'insights_account_id'],
  categorizedReportRequest: [{ insights_consumer_id: 'c', insights_account_ids: [], time_frame: { from: '2024-01-01' } }, 'time_frame.to'],
  categorizedTransaction: [{ ...tx, categories: [{ name: 'x' }] }, 'categories[0].id'],
  consentScope: [{ insights_refresh: 'yes' }, 'insights_refresh'],
  consentTransactionsNextRequest: [{ consent_token: 't' }, 'offset'],
  consentTransactionsRequest: [{ consent_token: 't', account_id: '' }, 'account_id'],
  consentTransactionsResponse: [{ data: { consent_token: 't', result: { transactions: [{ ...tx, type: 'X' }] } } }, 'data.result.transactions[0].type'],
  counterParty: [{ holder_address: 'Main St' }, 'holder_address'],
  createFlowRequest: [{ language: 'english' }, 'language'],
  createFlowResponse: [{ data: { flow_id: 'f', client_token: 't', state: 'RUNNING' } }, 'data.state'],
  currencyCode: ['euro', '(root)'],
  expenseCategory: [{ id: 'c', sum: { currency: 'EUR' } }, 'sum.amount'],
  flowCreateResponse: [{ data: { flow_id: 'f', state: 'PROCESSING', client_token: 't' } }, 'data.self'],
  flowCreated: [{ state: 'PROCESSING', self: 's', client_token: 't' }, 'flow_id'],
  flowErrorResult: [{ type: 'error', category: 'TECHNICAL' }, 'message'],
  flowInfo: [{ result: { type: 'error', category: 'X', message: 'm' } }, 'state'],
  flowInfoResponse: [{ data: { state: 'FINISHED', result: { type: 'surprise' } } }, 'data.result.type'],
  flowResult: [{ type: 'insights_refresh', insights_consumer_id: 'c', accounts: [{}] }, 'accounts[0].insights_account_id'],
  flowState: ['DONE', '(root)'],
  getFlowResponse: [{ data: {} }, 'data.state'],
  hostErrorBody: [{ error: { message: 'm' } }, 'error.code'],
  id: ['', '(root)'],
  integer: [1.5, '(root)'],
  insightsRefreshFlowRequest: [{ accounts: { ids: 'a' } }, 'accounts.ids'],
  insightsRefreshResult: [{ type: 'insights_refresh', accounts: [] }, 'insights_consumer_id'],
  intendedReport: [{ name: 'x' }, 'type'],
  nonNegativeInteger: [-1, '(root)'],
  nonEmptyString: ['', '(root)'],
  reportModuleName: ['balances', '(root)'],
  isoDate: ['2024-02-30', '(root)'],
  isoDateTime: ['yesterday', '(root)'],
  launcherError: [{ category: 7 }, 'category'],
  launcherOptions: [{ autoClose: 'yes' }, 'autoClose'],
  klarnaErrorBody: [{ error: { code: 'E', message: 'm', errors: [{ message: 1 }] } }, 'error.errors[0].message'],
  modularReport: [{ data: { accounts: [{ insights_account_id: 'a', reports: [{ type: 'EXPENSE_CATEGORIES' }] }] } }, 'data.accounts[0].reports[0].categories'],
  modularReportAccount: [{ insights_account_id: 'a', refreshed_at: 'noon', reports: [] }, 'refreshed_at'],
  modularReportRequest: [{ insights_consumer_id: 'c' }, 'reports'],
  otherFlowResult: [{ type: 'unknown' }, 'type'],
  pagination: [{ url: 'u', next: {} }, 'next.offset'],
  perReportModule: [{ type: 'BALANCE_OVER_TIME', insights_account_ids: 'a', balances: [] }, 'insights_account_ids'],
  perReportRequest: [{ insights_consumer_id: 'c', report_days: 0 }, 'report_days'],
  perReportResponse: [{ data: { reports: {} } }, 'data.reports'],
  positiveInteger: [1.5, '(root)'],
  psu: [{ user_agent: 'ua' }, 'ip_address'],
  refreshFlowAccounts: [{ all: 'true' }, 'all'],
  reportModule: [{ type: 'CATEGORIZED_TRANSACTIONSV2', transactions: [{ ...tx, date: 5 }] }, 'transactions[0].date'],
  reportModuleRequest: [{ options: {} }, 'type'],
  reportRequest: [{ insights_consumer_id: 'c', reports: 'all' }, 'reports'],
  sessionCreateRequest: [{ psu: { user_agent: 'ua', ip_address: 1 } }, 'psu.ip_address'],
  sessionCreateResponse: [{ data: { session_id: 's', self: 'u' } }, 'data.flows'],
  sessionCreated: [{ session_id: 's', flows: {} }, 'self'],
  sessionFlowRef: [{ url: 'u' }, 'flow_id'],
  sessionFlows: [{ insights_refresh: 1 }, 'insights_refresh'],
  sessionInfo: [{ session_id: 's' }, 'state'],
  sessionInfoResponse: [{}, 'data'],
  sessionState: ['OPEN', '(root)'],
  transactionCategory: [{ id: 3 }, 'id'],
  transactionState: [5, '(root)'],
  transactionType: ['debit', '(root)'],
  xs2aTransaction: [{ ...tx, amount: undefined }, 'amount'],
};

const isSchema = (value: unknown): value is z.ZodMiniType => typeof value === 'object' && value !== null && '_zod' in value;

describe('schemas: each rejects a malformed payload with a readable path', () => {
  const exported = Object.entries(schemas).filter(([, value]) => isSchema(value));

  it('has a malformed case for every exported schema', () => {
    const missing = exported.map(([name]) => name).filter((name) => !(name in malformed));
    expect(missing).to.deep.equal([]);
  });

  for (const [name, schema] of exported) {
    const entry = malformed[name as SchemaName];
    if (!entry) continue;
    const [payload, path] = entry;
    it(`${name} → ${path}`, () => {
      const error = thrown(() => parsePayload(schema as z.ZodMiniType, payload, name), Xs2aError);
      expect(error.code).to.equal('invalid-response');
      expect(error.path).to.equal(path);
      expect(error.message).to.contain(`Invalid ${name} at ${path}: `);
      expect(error.message).not.to.contain('Invalid input');
    });
  }
});
