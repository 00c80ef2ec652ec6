/**
 * The viewer's indexed orders, filters and figures give exactly what the plain functions give
 * over the sorted list: `sortTransactions`, `filterTransactions`, `summarizeTransactions` and
 * `expenseCategoriesFrom`, ties and all, on generated lists with repeated days, equal amounts,
 * missing amounts and directions, several currencies and amounts beyond 32 bits.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { filterTransactions, sortTransactions, uncategorizedId, type SortField, type SortOrder, type TransactionFilter } from '../../src/insights/transaction-filter.js';
import { expenseCategoriesFrom, summarizeTransactions } from '../../src/insights/transaction-summary.js';
import type { Transaction } from '../../src/model/report-model.js';
import { createViewPipeline } from '../../src/report/report-view.js';
import { TransactionIndex } from '../../src/report/transaction-index.js';
import { transaction } from '../fixtures/transactions.js';

const days = ['2024-03-01', '2024-03-02', '2024-03-05', '2024-02-29', '2024-04-10', '2023-12-31'];
const words = ['rewe', 'miete', 'netflix', 'café', 'bahn', 'gehalt'];
const categoryNames = ['Groceries', 'Rent', 'Salary', 'Transport'];

const transactionArbitrary = fc
  .record({
    date: fc.constantFrom(...days),
    amount: fc.option(fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(0, -0, 2 ** 33, -(2 ** 33), 4599, -4599)), { nil: undefined }),
    currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'SEK'),
    direction: fc.constantFrom('credit', 'debit', undefined, 'sign'),
    reference: fc.constantFrom(...words),
    categories: fc.subarray(categoryNames, { maxLength: 2 }),
    twice: fc.boolean(),
  })
  .map(({ date, amount, currency, direction, reference, categories, twice }): Transaction => {
    const made = transaction({ date, amount, currency, reference });
    const listed = categories.map((name) => ({ id: name.toLowerCase(), name }));
    return {
      ...made,
      // A direction of its own, none, or the amount's sign; a category may be named twice.
      direction: direction === 'sign' ? made.direction : direction === undefined ? undefined : direction,
      categories: twice && listed.length > 0 ? [...listed, listed[0]!] : listed,
    };
  });

const listArbitrary = fc.array(transactionArbitrary, { maxLength: 60 });

const sortArbitrary = fc.record({
  field: fc.constantFrom<SortField>('date', 'amount', 'income', 'expense'),
  order: fc.constantFrom<SortOrder>('asc', 'desc'),
});

const filterArbitrary: fc.Arbitrary<TransactionFilter> = fc.record(
  {
    query: fc.constantFrom('r', 're', 'e', 'rewe', 'mie', 'zz', '45', '-45,99', 'caf', ''),
    categoryIds: fc.subarray([...categoryNames.map((name) => name.toLowerCase()), uncategorizedId], { minLength: 1, maxLength: 2 }).map((ids) => new Set(ids)),
    direction: fc.constantFrom('credit' as const, 'debit' as const),
    fromDate: fc.constantFrom(...days, '2024-03-03'),
    toDate: fc.constantFrom(...days, '2024-03-03'),
    minAmount: fc.integer({ min: 0, max: 4000 }),
    maxAmount: fc.integer({ min: 1000, max: 2 ** 34 }),
  },
  { requiredKeys: [] },
);

const ids = (list: readonly Transaction[]): string[] => list.map((item) => item.id);

describe('the indexed orders', () => {
  it('equal sortTransactions for every field and order, ties in the report’s order', () => {
    fc.assert(
      fc.property(listArbitrary, sortArbitrary, (list, { field, order }) => {
        expect(ids(new TransactionIndex(list).order(field, order).list)).to.deep.equal(ids(sortTransactions(list, { field, order })));
      }),
      { numRuns: 300 },
    );
  });

  it('are made ready with their lists while the page has time, a step per call even with none left', () => {
    const list = days.flatMap((date, day) => words.map((reference, word) => transaction({ date, amount: (day - word) * 150, reference })));
    const sorts = [
      { field: 'date', order: 'asc' },
      { field: 'expense', order: 'desc' },
      { field: 'income', order: 'desc' },
    ] as const;
    const index = new TransactionIndex(list);
    let calls = 0;
    while (!index.prepare(() => false, sorts)) calls += 1;
    // The search, the columns, then one order a call: each call did a step.
    expect(calls).to.be.within(3, 3 + list.length);
    for (const { field, order } of sorts) {
      const listOrder = index.order(field, order);
      expect(listOrder.hasList, `${field} ${order}`).to.equal(true);
      expect(ids(listOrder.list)).to.deep.equal(ids(sortTransactions(list, { field, order })));
    }
    expect(index.order('amount', 'asc').hasList, 'an order not asked for waits for its first use').to.equal(false);
    expect(index.prepare(() => false, sorts), 'nothing left to do').to.equal(true);
  });
});

describe('the indexed filters and figures', () => {
  it('show and sum what filtering the sorted list gives, filter after filter, sort after sort', () => {
    fc.assert(
      fc.property(listArbitrary, fc.array(fc.tuple(filterArbitrary, sortArbitrary), { minLength: 1, maxLength: 6 }), fc.boolean(), (list, steps, includeTransfers) => {
        const pipeline = createViewPipeline();
        const transfers = new Set(list.filter((_, index) => index % 7 === 3).map((item) => item.id));
        for (const [filter, { field, order }] of steps) {
          const sorted = pipeline.sorted(list, field, order);
          const reference = sortTransactions(list, { field, order });
          const shown = pipeline.visible(sorted, filter);
          const expected = filterTransactions(reference, filter);
          expect(ids(shown), JSON.stringify({ filter, field, order })).to.deep.equal(ids(expected));

          const figures = pipeline.figures(list, sorted, shown, filter, transfers, includeTransfers, 'EUR');
          const counted = includeTransfers ? expected : expected.filter((item) => !transfers.has(item.id));
          expect(figures.totals).to.deep.equal(summarizeTransactions(counted));
          expect(figures.transfersLeftOut).to.equal(expected.length - counted.length);
          const chartCriteria = { ...filter, categoryIds: undefined };
          const narrowed = Object.values(chartCriteria).some((value) => value !== undefined && value !== '');
          const chartList = (narrowed ? filterTransactions(reference, chartCriteria) : list).filter((item) => includeTransfers || !transfers.has(item.id));
          expect(figures.categories).to.deep.equal(expenseCategoriesFrom(chartList, 'EUR'));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('order equal sums as the sorted list first names them: categories and currencies', () => {
    const list = [
      transaction({ date: '2024-03-01', amount: -100, category: 'Rent', currency: 'SEK' }),
      transaction({ date: '2024-03-01', amount: -100, category: 'Rent' }),
      transaction({ date: '2024-03-02', amount: -100, category: 'Groceries' }),
      transaction({ date: '2024-03-02', amount: -100, category: 'Groceries', currency: 'SEK' }),
    ];
    const pipeline = createViewPipeline();
    const newest = pipeline.sorted(list, 'date', 'desc');
    const filter = { direction: 'debit' as const };
    const shown = pipeline.visible(newest, filter);
    const figures = pipeline.figures(list, newest, shown, filter, new Set(), false, 'EUR');
    expect(figures.categories.map((category) => category.id)).to.deep.equal(['groceries', 'rent']);
    expect(figures.totals.map((total) => total.currency)).to.deep.equal(summarizeTransactions(shown).map((total) => total.currency));
    expect(figures.totals.map((total) => total.currency)).to.deep.equal(['EUR', 'SEK']);
  });

  it('order equal sums by the transactions shown: one the filter left out does not move its category ahead', () => {
    const list = [
      transaction({ date: '2024-03-01', amount: -500, reference: 'rewe' }),
      transaction({ date: '2024-03-01', amount: -500, reference: 'rewe', category: 'Salary' }),
      // A debit of nothing, as a bank may list a declined payment.
      { ...transaction({ date: '2024-03-01', amount: 0, reference: 'rewe', category: 'Salary' }), direction: 'debit' as const },
    ];
    const pipeline = createViewPipeline();
    const smallestExpenseFirst = pipeline.sorted(list, 'expense', 'asc');
    const filter = { minAmount: 1 };
    const shown = pipeline.visible(smallestExpenseFirst, filter);
    const figures = pipeline.figures(list, smallestExpenseFirst, shown, filter, new Set(), false, 'EUR');
    // The zero-amount Salary transaction comes first in the order but is not shown.
    expect(figures.categories.map((category) => category.id)).to.deep.equal(expenseCategoriesFrom(shown, 'EUR').map((category) => category.id));
    expect(figures.categories.map((category) => category.id)).to.deep.equal([uncategorizedId, 'salary']);
  });

  it('give the same array back for the same result in the same order, and the kept order after a change of sort', () => {
    const list = [transaction({ date: '2024-03-02', amount: -100, reference: 'rewe' }), transaction({ date: '2024-03-01', amount: -300, reference: 'rewe markt' })];
    const pipeline = createViewPipeline();
    const newest = pipeline.sorted(list, 'date', 'desc');
    const filter = { query: 'rewe' };
    const first = pipeline.visible(newest, filter);
    const largest = pipeline.visible(pipeline.sorted(list, 'expense', 'desc'), filter);
    expect(ids(largest)).to.deep.equal([list[1]!.id, list[0]!.id]);
    expect(pipeline.sorted(list, 'date', 'desc')).to.equal(newest);
    expect(pipeline.visible(newest, filter)).to.equal(first);
  });
});
