import { expect } from 'chai';
import { filterTransactions, sortTransactions, type TransactionFilter } from '../../src/insights/transaction-filter.js';
import { expenseCategoriesFrom, summarizeTransactions } from '../../src/insights/transaction-summary.js';
import { periodRange } from '../../src/report/period.js';
import { createViewPipeline } from '../../src/report/report-view.js';
import { march, transaction } from '../fixtures/transactions.js';

const savings = transaction({ date: '2024-03-15', amount: -60000, reference: 'Sparen', counterparty: { name: 'Max Mustermann' }, category: 'Savings' });
const all = [...march, savings];
const transfers = new Set([savings.id]);

describe('the report’s figures', () => {
  const steps: TransactionFilter[] = [{}, { query: 'r' }, { query: 're' }, { direction: 'debit' }, { query: 'e', categoryIds: new Set(['groceries']) }, { minAmount: 3000 }, { query: 'zzzz' }];
  for (const include of [false, true]) {
    it(`sum what the list shows, transfers ${include ? 'included' : 'left out'}, search after search`, () => {
      const pipeline = createViewPipeline();
      const sorted = pipeline.sorted(all, 'date', 'desc');
      for (const filter of steps) {
        const visible = pipeline.visible(sorted, filter);
        const figures = pipeline.figures(all, sorted, visible, filter, transfers, include, 'EUR');
        const counted = include ? visible : visible.filter((item) => item.id !== savings.id);
        const label = JSON.stringify(filter);
        expect(figures.totals, label).to.deep.equal(summarizeTransactions(counted));
        expect(figures.transfersLeftOut, label).to.equal(visible.length - counted.length);
        // The chart: the same criteria but under every category.
        const chartList = filterTransactions(sortTransactions(all, { field: 'date', order: 'desc' }), { ...filter, categoryIds: undefined }).filter((item) => include || item.id !== savings.id);
        const expected = expenseCategoriesFrom(chartList, 'EUR');
        expect(figures.categories.map(({ id, amount, transactionCount }) => ({ id, amount, transactionCount })), label).to.have.deep.members(
          expected.map(({ id, amount, transactionCount }) => ({ id, amount, transactionCount })),
        );
        expect(figures.categories.map((category) => category.amount.minor), `${label}: largest first`).to.deep.equal(expected.map((category) => category.amount.minor));
      }
    });
  }
});

describe('periodRange', () => {
  const span = { from: '2023-12-05', to: '2024-03-20' };
  it('is the report’s span for all time', () => {
    expect(periodRange('all', span)).to.deep.equal(span);
  });
  it('counts months and days back from the report’s last day', () => {
    expect(periodRange('this-month', span)).to.deep.equal({ from: '2024-03-01', to: '2024-03-31' });
    expect(periodRange('last-month', span)).to.deep.equal({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('last-month', { to: '2024-01-31' })).to.deep.equal({ from: '2023-12-01', to: '2023-12-31' });
    expect(periodRange('last-90-days', span)).to.deep.equal({ from: '2023-12-22', to: '2024-03-20' });
  });
  it('takes a custom period’s bounds, each defaulting to the span’s', () => {
    expect(periodRange('custom', span, { from: '2024-01-10' })).to.deep.equal({ from: '2024-01-10', to: '2024-03-20' });
  });
  it('falls back to the span when the report has no last day', () => {
    expect(periodRange('this-month', {})).to.deep.equal({});
  });
});
