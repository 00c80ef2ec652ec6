import { expect } from 'chai';
import { buildSearchIndex, filterIndexes, filterTransactions, type TransactionFilter } from '../../src/insights/transaction-filter.js';
import { accountFacts, createViewPipeline } from '../../src/report/report-view.js';
import type { Account } from '../../src/model/report-model.js';
import { march, transaction } from '../fixtures/transactions.js';

describe('the viewer’s filter pipeline', () => {
  it('gives what filterTransactions gives, keystroke after keystroke, growing and shrinking the query', () => {
    const { visible } = createViewPipeline();
    const groceries = new Set(['groceries']);
    const steps: TransactionFilter[] = [
      { query: 'r' },
      { query: 're' },
      { query: 'rew' },
      { query: 're' },
      { query: 'e', direction: 'debit' },
      { query: 'ed', direction: 'debit' },
      { query: 'ed', direction: 'credit' },
      { query: 'e', categoryIds: groceries },
      { query: 'e ce', categoryIds: groceries },
      { query: 'mü' },
      { query: 'mül' },
      {},
    ];
    for (const filter of steps) {
      expect(visible(march, filter), JSON.stringify(filter.query)).to.deep.equal(filterTransactions(march, filter));
    }
  });

  it('answers the same filter twice with the same array', () => {
    const { visible } = createViewPipeline();
    const filter = { query: 'rewe' };
    expect(visible(march, filter)).to.equal(visible(march, filter));
  });

  it('gives back the earlier result when a query is deleted back to one already searched', () => {
    const { visible } = createViewPipeline();
    const typed = visible(march, { query: 're' });
    visible(march, { query: 'rew' });
    expect(visible(march, { query: 're' })).to.equal(typed);
    // Another criterion makes every earlier result stale.
    const debits = visible(march, { query: 're', direction: 'debit' });
    expect(debits).not.to.equal(typed);
    expect(debits).to.deep.equal(filterTransactions(march, { query: 're', direction: 'debit' }));
  });

  it('searches a list whose index was prepared ahead, a slice at a time', () => {
    const { visible, prepare } = createViewPipeline();
    while (!prepare(march, () => false));
    expect(visible(march, { query: 'rewe' })).to.deep.equal(filterTransactions(march, { query: 'rewe' }));
  });

  it('passes the sorted list through untouched when nothing filters it', () => {
    const { visible } = createViewPipeline();
    expect(visible(march, {})).to.equal(march);
  });

  it('searches only among earlier indexes when asked', () => {
    const texts = buildSearchIndex(march);
    expect(filterIndexes(march, { query: 'e' }, texts, [2, 3, 4])).to.deep.equal([2, 3, 4]);
    expect(filterIndexes(march, { query: 'edeka' }, texts, [2, 4])).to.deep.equal([]);
    expect(filterIndexes(march, { query: 'edeka' }, texts)).to.deep.equal([3]);
  });
});

describe('the facts of an account', () => {
  const account = (transactions: Account['transactions']): Account => ({ id: 'acc', transactions, balances: [], expenseCategories: [] });

  it('lists each category once, by name, and says whether any transaction has none', () => {
    const facts = accountFacts(account(march));
    expect(facts.categories.map((category) => category.name)).to.deep.equal(['Clothes', 'Groceries', 'Rent', 'Salary', 'Streaming', 'Transport']);
    expect(facts.hasUncategorized).to.equal(true);
  });

  it('keeps two categories that share a name but not an id', () => {
    const facts = accountFacts(
      account([
        transaction({ categories: [{ id: 'food-1', name: 'Food' }] }),
        transaction({ categories: [{ id: 'food-2', name: 'Food' }] }),
        transaction({ categories: [{ id: 'food-1', name: 'Food' }, { id: 'nameless' }] }),
      ]),
    );
    expect(facts.categories.map((category) => category.id)).to.deep.equal(['food-1', 'food-2', 'nameless']);
    expect(facts.hasUncategorized).to.equal(false);
  });

  it('orders names in other scripts as the locale reads them', () => {
    const facts = accountFacts(
      account([
        transaction({ categories: [{ id: 'z', name: 'Zoo' }] }),
        transaction({ categories: [{ id: 'a', name: 'Ärzte' }] }),
        transaction({ categories: [{ id: 'b', name: 'bakery' }] }),
      ]),
    );
    expect(facts.categories.map((category) => category.name)).to.deep.equal(['Ärzte', 'bakery', 'Zoo']);
  });
});
