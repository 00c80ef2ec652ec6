import { expect } from 'chai';
import { Xs2aError } from '../../src/errors.js';
import { detectReportGeneration, normalizeReport } from '../../src/model/normalize-report.js';
import { categorizedTransactions, quickStart } from '../fixtures/seed-examples.js';
import { thrown } from '../helpers/errors.js';

const clone = <T>(value: T): T => structuredClone(value);

const rejection = (value: unknown): Xs2aError => thrown(() => normalizeReport(value), Xs2aError);

/** A modular report with one account and every module the package reads. */
const modular = {
  data: {
    insights_consumer_id: 'consumer-1',
    accounts: [
      {
        insights_account_id: 'acc-1',
        refreshed_at: '2024-03-31T08:00:00Z',
        reports: [
          {
            type: 'ACCOUNT_INFOS',
            account: {
              account_alias: 'Girokonto',
              iban: 'DE44500105175407324931',
              holder_name: 'Max Mustermann',
              bank_name: 'Testbank',
              currency: 'eur',
              account_type: 'DEFAULT',
            },
          },
          {
            type: 'CATEGORIZED_TRANSACTIONSV2',
            transactions: [
              {
                id: 't1',
                date: '2024-03-01',
                amount: { amount: 250000, currency: 'EUR' },
                type: 'CREDIT',
                reference: 'Gehalt März',
                counter_party: { holder_name: 'ACME GmbH' },
                categories: [{ id: 'salary', name: 'Salary' }],
                recurring: true,
              },
              {
                id: 't2',
                date: '2024-03-02',
                amount: { amount: 4599, currency: 'EUR' },
                type: 'DEBIT',
                state: 'PENDING',
                counterParty: { holder_name: 'REWE Markt' },
                brand: { id: 'rewe', name: 'Rewe', url: 'javascript:alert(1)', icon_url: 'https://icons.example/rewe.png' },
              },
              { insights_transaction_id: 't3', booking_date: '2024-03-03', value_date: '2024-03-04', amount: { amount: -1299, currency: 'EUR' }, reference: 'Netflix' },
            ],
          },
          {
            type: 'BALANCE_OVER_TIME',
            balances: [
              { date: '2024-03-02', balance: { amount: 245401, currency: 'EUR' } },
              { date: '2024-03-01', balance: { amount: 250000, currency: 'EUR' } },
            ],
          },
          {
            type: 'EXPENSE_CATEGORIES',
            categories: [{ id: 'groceries', name: 'Groceries', count: 1, sum: { amount: 4599, currency: 'EUR' } }],
          },
          { type: 'BALANCES', balance: { amount: 244102, currency: 'EUR' }, available: { amount: 344102, currency: 'EUR' } },
          { type: 'CASHFLOW_FORECAST', whatever: [1, 2, 3] },
        ],
      },
    ],
  },
};

describe('normalizeReport', () => {
  describe('the categorized report (Klarna\'s "Categorized Transactions Report")', () => {
    const report = normalizeReport(categorizedTransactions.response);

    it('yields one account with the two transactions, Esprit and Rewe', () => {
      expect(report.generation).to.equal('categorized');
      expect(report.consumerId).to.equal('8ddab879-c715-4271-ba7c-761aa8c7a633');
      expect(report.accounts).to.have.length(1);
      const [account] = report.accounts;
      expect(account!.id).to.equal('3b3d678f-66b7-4b23-a2a5-0bfd275e86a1');
      expect(account!.transactions.map((transaction) => transaction.brand?.name)).to.deep.equal(['Esprit', 'Rewe']);
    });

    it('puts Esprit in Clothes and Rewe in Groceries', () => {
      const [esprit, rewe] = report.accounts[0]!.transactions;
      expect(esprit!.categories).to.deep.equal([{ id: 'a9184d59-25be-5f03-aebb-f639a5ed9a8a', name: 'Clothes' }]);
      expect(rewe!.categories).to.deep.equal([{ id: 'edde5df6-fbf4-5e79-afb1-97de52d93aca', name: 'Groceries' }]);
    });

    it('reads the counterparty, reference and brand icon', () => {
      const [esprit, rewe] = report.accounts[0]!.transactions;
      expect(esprit!.counterparty?.name).to.equal('esprit germany');
      expect(esprit!.reference).to.equal('transfer to esprit online shop');
      expect(rewe!.brand?.iconUrl).to.equal('https://x.klarnacdn.net/openbanking-de/icons/110ed771-7f71-43fc-9bcb-b8921e2881fe.png');
    });

    it('leaves amount and direction empty when the report carries no amount', () => {
      const [esprit] = report.accounts[0]!.transactions;
      expect(esprit!.amount).to.equal(undefined);
      expect(esprit!.direction).to.equal(undefined);
      expect(esprit!.recurring).to.equal(false);
      expect(esprit!.pending).to.equal(false);
    });

    it('keeps the transaction as Klarna sent it', () => {
      const [esprit] = report.accounts[0]!.transactions;
      expect(esprit!.source.id).to.equal('ae66102e-f4ff-5e02-8f95-ad0bbd225e19');
    });

    it('reads the counterParty spelling too', () => {
      const payload = clone(categorizedTransactions.response) as { data: { accounts: { transactions: Record<string, unknown>[] }[] } };
      const transaction = payload.data.accounts[0]!.transactions[1]!;
      transaction.counterParty = transaction.counter_party;
      delete transaction.counter_party;
      expect(normalizeReport(payload).accounts[0]!.transactions[1]!.counterparty?.name).to.equal('rewe gmbh');
    });

    it('reads the account details', () => {
      const payload = clone(categorizedTransactions.response) as { data: { accounts: Record<string, unknown>[] } };
      Object.assign(payload.data.accounts[0]!, { iban: 'DE89370400440532013000', bank_name: 'Commerzbank', holder_name: 'Erika Mustermann' });
      const [account] = normalizeReport(payload).accounts;
      expect(account).to.include({ iban: 'DE89370400440532013000', bankName: 'Commerzbank', holderName: 'Erika Mustermann' });
    });
  });

  describe('the modular report (Klarna\'s "Quick Start Guide for Insights")', () => {
    const report = normalizeReport(modular);
    const account = report.accounts[0]!;

    it('parses the example of the guide, whose module lists are empty', () => {
      const seed = normalizeReport(quickStart.modularReportResponse);
      expect(seed.generation).to.equal('modular');
      expect(seed.accounts[0]).to.include({ id: '43a404fd-bf87-427c-9b52-e7eb2ea9223f', refreshedAt: '2021-01-12T13:33:16.733086Z' });
      expect(seed.accounts[0]!.transactions).to.deep.equal([]);
    });

    it('merges the modules into one account', () => {
      expect(report.consumerId).to.equal('consumer-1');
      expect(account).to.include({
        id: 'acc-1',
        name: 'Girokonto',
        accountType: 'DEFAULT',
        iban: 'DE44500105175407324931',
        holderName: 'Max Mustermann',
        bankName: 'Testbank',
        currency: 'EUR',
        refreshedAt: '2024-03-31T08:00:00Z',
      });
      expect(account.transactions.map((transaction) => transaction.id)).to.deep.equal(['t1', 't2', 't3']);
    });

    it('resolves direction from the type first, else from the sign', () => {
      const [salary, groceries, netflix] = account.transactions;
      expect(salary).to.deep.include({ direction: 'credit', amount: { minor: 250000, currency: 'EUR' } });
      expect(groceries).to.deep.include({ direction: 'debit', amount: { minor: -4599, currency: 'EUR' } });
      expect(netflix).to.deep.include({ direction: 'debit', amount: { minor: -1299, currency: 'EUR' } });
    });

    it('lets the type win over a sign that disagrees', () => {
      const payload = clone(modular);
      const transaction = payload.data.accounts[0]!.reports[1]!.transactions![0]!;
      transaction.amount.amount = -250000;
      const [salary] = normalizeReport(payload).accounts[0]!.transactions;
      expect(salary).to.deep.include({ direction: 'credit', amount: { minor: 250000, currency: 'EUR' } });
    });

    it('marks pending and recurring transactions', () => {
      const [salary, groceries] = account.transactions;
      expect(salary).to.include({ recurring: true, pending: false });
      expect(groceries).to.include({ recurring: false, pending: true });
    });

    it('drops brand URLs that are not http(s) and keeps the safe ones', () => {
      const brand = account.transactions[1]!.brand!;
      expect(brand.url).to.equal(undefined);
      expect(brand.iconUrl).to.equal('https://icons.example/rewe.png');
    });

    it('sorts balances oldest first', () => {
      expect(account.balances).to.deep.equal([
        { date: '2024-03-01', balance: { minor: 250000, currency: 'EUR' } },
        { date: '2024-03-02', balance: { minor: 245401, currency: 'EUR' } },
      ]);
    });

    it('names a transaction by insights_transaction_id and booking_date when it has no id and date', () => {
      expect(account.transactions[2]).to.include({ id: 't3', date: '2024-03-03', bookingDate: '2024-03-03', valueDate: '2024-03-04' });
    });

    it('reads expense categories and current balances', () => {
      expect(account.expenseCategories).to.deep.equal([
        { id: 'groceries', name: 'Groceries', amount: { minor: 4599, currency: 'EUR' }, transactionCount: 1 },
      ]);
      expect(account.currentBalance).to.deep.equal({
        booked: { minor: 244102, currency: 'EUR' },
        available: { minor: 344102, currency: 'EUR' },
        limit: undefined,
        reserved: undefined,
      });
    });
  });

  describe('per-report responses', () => {
    const perReport = {
      data: {
        reports: [
          {
            type: 'CATEGORIZED_TRANSACTIONSV2',
            insights_consumer_id: 'consumer-2',
            insights_account_ids: ['acc-a', 'acc-b'],
            transactions: [
              { id: 'x1', date: '2024-01-05', amount: { amount: 1000, currency: 'SEK' }, type: 'DEBIT', insights_account_id: 'acc-a' },
              { id: 'x2', date: '2024-01-06', amount: { amount: 500, currency: 'SEK' }, type: 'CREDIT', insights_account_id: 'acc-b' },
            ],
          },
          {
            type: 'BALANCE_OVER_TIME',
            insights_consumer_id: 'consumer-2',
            insights_account_ids: ['acc-a'],
            refreshed_at: '2024-01-07T10:00:00Z',
            balances: [{ date: '2024-01-05', balance: { amount: 9000, currency: 'SEK' } }],
          },
          {
            type: 'ACCOUNT_INFOS',
            insights_consumer_id: 'consumer-2',
            insights_account_ids: ['acc-b'],
            iban: 'SE4550000000058398257466',
            account_alias: 'Sparkonto',
            account_type: 'SAVING',
          },
        ],
      },
    };

    it('groups transactions and modules by account', () => {
      const report = normalizeReport(perReport);
      expect(report.generation).to.equal('per-report');
      expect(report.consumerId).to.equal('consumer-2');
      expect(report.accounts.map((account) => account.id)).to.deep.equal(['acc-a', 'acc-b']);
      const [a, b] = report.accounts;
      expect(a!.transactions.map((transaction) => transaction.id)).to.deep.equal(['x1']);
      expect(a!.balances).to.have.length(1);
      expect(a!.currency).to.equal('SEK');
      expect(a!.refreshedAt).to.equal('2024-01-07T10:00:00Z');
      expect(b).to.include({ iban: 'SE4550000000058398257466', name: 'Sparkonto', accountType: 'SAVING' });
      expect(b!.transactions[0]).to.deep.include({ accountId: 'acc-b', direction: 'credit', amount: { minor: 500, currency: 'SEK' } });
    });

    it('refuses a response that mixes two consumers', () => {
      const payload = clone(perReport);
      payload.data.reports[1]!.insights_consumer_id = 'someone-else';
      const error = rejection(payload);
      expect(error.code).to.equal('invalid-response');
      expect(error.path).to.equal('data.reports[1].insights_consumer_id');
    });
  });

  describe('modules of a type it does not read', () => {
    const future = { type: 'INCOME_INSIGHTS', income: [{ month: '2024-01', amount: { amount: 250000, currency: 'EUR' } }] };

    it('keeps them in the model, with their accounts and as Klarna sent them, beside what it reads (modular)', () => {
      const payload = clone(modular);
      (payload.data.accounts[0]!.reports as unknown[]).push(future);
      const report = normalizeReport(payload);
      expect(report.unknownModules).to.deep.equal([
        { type: 'CASHFLOW_FORECAST', accountIds: ['acc-1'], source: { type: 'CASHFLOW_FORECAST', whatever: [1, 2, 3] } },
        { type: 'INCOME_INSIGHTS', accountIds: ['acc-1'], source: future },
      ]);
      expect(report.accounts[0]!.transactions.length, 'the known modules still read').to.be.greaterThan(0);
    });

    it('keeps them from the per-report endpoints too, and reports none when every module is known', () => {
      const report = normalizeReport({ data: { reports: [{ ...future, insights_consumer_id: 'c', insights_account_ids: ['acc-9'] }] } });
      expect(report.unknownModules.map(({ type, accountIds }) => ({ type, accountIds }))).to.deep.equal([{ type: 'INCOME_INSIGHTS', accountIds: ['acc-9'] }]);
      expect(report.accounts).to.deep.equal([]);
      expect(normalizeReport({ data: { reports: [{ type: 'BALANCES', insights_account_ids: ['acc-9'], balance: { amount: 1, currency: 'EUR' } }] } }).unknownModules).to.deep.equal([]);
      expect(normalizeReport(categorizedTransactions.response).unknownModules).to.deep.equal([]);
    });
  });

  describe('what it refuses', () => {
    it('tells the generations apart', () => {
      expect(detectReportGeneration(categorizedTransactions.response)).to.equal('categorized');
      expect(detectReportGeneration(modular)).to.equal('modular');
      expect(detectReportGeneration({ data: { reports: [] } })).to.equal('per-report');
    });

    it('names the failing path of a report that lacks what the model needs', () => {
      const payload = clone(categorizedTransactions.response) as { data: { accounts: { transactions: Record<string, unknown>[] }[] } };
      delete payload.data.accounts[0]!.transactions[0]!.date;
      const error = rejection(payload);
      expect(error.code).to.equal('invalid-response');
      expect(error.path).to.equal('data.accounts[0].transactions[0].date');
      expect(error.message).to.equal(
        'Invalid report at data.accounts[0].transactions[0].date: a transaction needs a date (date, booking_date or value_date)',
      );
    });

    it('refuses an object that throws when read with one typed error', () => {
      const hostile = {
        get data(): never {
          throw new Error('no');
        },
      };
      const error = rejection(hostile);
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.equal('Invalid report: unreadable (no)');
    });

    it('takes an account currency only when it is a currency code', () => {
      const info = (currency: string) =>
        normalizeReport({ data: { reports: [{ type: 'ACCOUNT_INFOS', insights_account_ids: ['a'], currency }] } }).accounts[0]?.currency;
      expect(info('sek')).to.equal('SEK');
      expect(info('euro')).to.equal(undefined);
    });

    for (const [name, value] of [
      ['null', null],
      ['a string', '<html>'],
      ['an array', []],
      ['an empty object', {}],
    ] as const) {
      it(`refuses ${name} with one typed error`, () => {
        expect(rejection(value).code).to.equal('invalid-response');
      });
    }
  });

  describe('each normalization keeps its own state', () => {
    const rewe = { id: 'rewe', name: 'Rewe', url: 'https://rewe.example/', icon_url: 'https://icons.example/rewe.png' };
    const transaction = (id: string, brand: unknown, currency = 'eur') => ({ id, date: '2024-03-02', amount: { amount: 100, currency }, type: 'DEBIT', brand });
    const categorized = (...transactions: unknown[]) => ({ data: { accounts: [{ insights_account_id: 'acc-1', transactions }] } });
    /** Per-report modules of two consumers: rejected after the first module's brands and amounts are read. */
    const mixedConsumers = {
      data: {
        reports: [
          {
            type: 'CATEGORIZED_TRANSACTIONSV2',
            insights_consumer_id: 'c-1',
            transactions: [transaction('x1', { ...rewe, url: 'https://elsewhere.example/' }, 'sek')],
          },
          { type: 'BALANCES', insights_consumer_id: 'c-2' },
        ],
      },
    };

    it('a normalization that throws midway leaves the next one as it is alone', () => {
      const alone = normalizeReport(categorized(transaction('t1', rewe), transaction('t2', rewe)));
      expect(rejection(mixedConsumers).path).to.equal('data.reports[1].insights_consumer_id');
      const after = normalizeReport(categorized(transaction('t1', rewe), transaction('t2', rewe)));
      expect(after).to.deep.equal(alone);
      const [first, second] = after.accounts[0]!.transactions;
      expect(second!.brand, 'one model object per brand').to.equal(first!.brand);
    });

    it('a normalization that runs, and throws, inside another leaves the outer one unchanged', () => {
      const nested: string[] = [];
      const reentrant = {
        ...transaction('t2', undefined),
        // A payload getter that starts another normalization while the outer one reads the brand.
        get brand() {
          try {
            normalizeReport(mixedConsumers);
          } catch (error) {
            nested.push((error as Xs2aError).code);
          }
          return rewe;
        },
      };
      const report = normalizeReport(categorized(transaction('t1', rewe), reentrant, transaction('t3', rewe)));
      expect(nested.length, 'the nested normalizations ran').to.be.greaterThan(0);
      expect(nested.every((code) => code === 'invalid-response')).to.equal(true);
      const [first, second, third] = report.accounts[0]!.transactions;
      expect(second!.brand, 'one model object per brand').to.equal(first!.brand);
      expect(third!.brand).to.equal(first!.brand);
      expect(first!.brand).to.deep.equal({ id: 'rewe', name: 'Rewe', url: 'https://rewe.example/', iconUrl: 'https://icons.example/rewe.png' });
      expect(report.accounts[0]!.transactions.map((each) => each.amount?.currency)).to.deep.equal(['EUR', 'EUR', 'EUR']);
    });
  });
});
