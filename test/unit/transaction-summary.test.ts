import { expect } from 'chai';
import { expenseCategoriesFrom, groupTransactions, summarizeTransactions, topCategories } from '../../src/insights/transaction-summary.js';
import { march, transaction } from '../fixtures/transactions.js';

describe('summarizeTransactions', () => {
  it('sums income, expenses and net', () => {
    expect(summarizeTransactions(march)).to.deep.equal([
      { currency: 'EUR', income: 252000, expenses: 117138, net: 134862, count: 8 },
    ]);
  });

  it('keeps currencies apart, the most used first, and skips missing amounts', () => {
    const list = [transaction({ amount: 1000, currency: 'SEK' }), ...march.slice(0, 2), transaction({})];
    expect(summarizeTransactions(list).map((totals) => [totals.currency, totals.count])).to.deep.equal([
      ['EUR', 2],
      ['SEK', 1],
    ]);
  });
});

describe('groupTransactions', () => {
  it('groups consecutive days with their totals', () => {
    const groups = groupTransactions(march, 'day');
    expect(groups.map((group) => [group.key, group.start, group.count])).to.deep.equal([
      ['2024-03-01', 0, 2],
      ['2024-03-02', 2, 2],
      ['2024-03-05', 4, 1],
      ['2024-03-07', 5, 1],
      ['2024-03-09', 6, 1],
      ['2024-03-12', 7, 1],
    ]);
    expect(groups[0]!.totals).to.deep.equal([{ currency: 'EUR', minor: 155000 }]);
    expect(groups[1]!.totals).to.deep.equal([{ currency: 'EUR', minor: -6949 }]);
  });

  it('groups by month', () => {
    const list = [...march, transaction({ date: '2024-04-01', amount: -100 })];
    const groups = groupTransactions(list, 'month');
    expect(groups.map((group) => [group.key, group.count])).to.deep.equal([
      ['2024-03', 8],
      ['2024-04', 1],
    ]);
    expect(groups[0]!.totals).to.deep.equal([{ currency: 'EUR', minor: 134862 }]);
  });

  it('yields nothing for nothing', () => {
    expect(groupTransactions([], 'day')).to.deep.equal([]);
  });
});

describe('expense categories', () => {
  const computed = expenseCategoriesFrom(march, 'EUR');

  it('sums debits per first category, largest first', () => {
    expect(computed.map((category) => [category.name, category.amount.minor, category.transactionCount])).to.deep.equal([
      ['Rent', 95000, 1],
      ['Clothes', 8990, 1],
      ['Groceries', 6949, 2],
      ['Transport', 4900, 1],
      ['Streaming', 1299, 1],
    ]);
  });

  it('keeps the top N and sums the rest as Other', () => {
    const { top, other, total } = topCategories(computed, 2, 'EUR');
    expect(top.map((category) => category.name)).to.deep.equal(['Rent', 'Clothes']);
    expect(other).to.deep.equal({ amount: { minor: 13148, currency: 'EUR' }, transactionCount: 4, ids: ['groceries', 'transport', 'streaming'] });
    expect(total).to.deep.equal({ minor: 117138, currency: 'EUR' });
  });

  it('shows a single leftover category by name instead of as Other', () => {
    const { top, other } = topCategories(computed, 4, 'EUR');
    expect(top).to.have.length(5);
    expect(other).to.equal(undefined);
  });
});
