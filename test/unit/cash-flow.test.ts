import { expect } from 'chai';
import fc from 'fast-check';
import { cashFlow } from '../../src/insights/cash-flow.js';
import { summarizeTransactions } from '../../src/insights/transaction-summary.js';
import { transaction } from '../fixtures/transactions.js';

/*
 * January to March 2024, EUR, and one SEK payment:
 *   Jan 05  +2,000.00 Salary
 *   Jan 10     −50.00 Groceries
 *   Jan 20    −200.00 to savings (an own-account transfer: left out)
 *   Mar 03     −70.00 Groceries
 *   Mar 04     −10.00 no category
 *   Mar 15     +15.00 Groceries (a refund)
 *   Mar 20   −100 SEK Groceries
 * EUR: Jan income 200000, spending 5000, net 195000, 2 transactions;
 *      Feb all zero; Groceries −5000 and Salary −200000 against January;
 *      Mar income 1500, spending 8000, net −6500, 3 transactions;
 *      Groceries spending 7000 (+7000 on February), income 1500 (+1500); uncategorized 1000 (+1000);
 *      Salary was zero in February and March: not listed.
 * SEK: the same three months, spending 10000 in March only.
 */
const transfer = transaction({ date: '2024-01-20', amount: -20000, category: 'Savings' });
const rows = [
  transaction({ date: '2024-01-05', amount: 200000, category: 'Salary' }),
  transaction({ date: '2024-01-10', amount: -5000, category: 'Groceries' }),
  transfer,
  transaction({ date: '2024-03-03', amount: -7000, category: 'Groceries' }),
  transaction({ date: '2024-03-04', amount: -1000 }),
  transaction({ date: '2024-03-15', amount: 1500, category: 'Groceries' }),
  transaction({ date: '2024-03-20', amount: -10000, currency: 'SEK', category: 'Groceries' }),
];
const exclude = new Set([transfer.id]);

describe('cash flow by month', () => {
  const [eur, sek] = cashFlow(rows, { exclude });

  it('sums income, spending and net per calendar month, zero for a month without transactions', () => {
    expect(eur!.currency).to.equal('EUR');
    expect(eur!.months.map(({ month, from, to, income, spending, net, count }) => [month, from, to, income, spending, net, count])).to.deep.equal([
      ['2024-01', '2024-01-01', '2024-01-31', 200000, 5000, 195000, 2],
      ['2024-02', '2024-02-01', '2024-02-29', 0, 0, 0, 0],
      ['2024-03', '2024-03-01', '2024-03-31', 1500, 8000, -6500, 3],
    ]);
  });

  it('gives each category its change against the previous month', () => {
    const [january, february, march] = eur!.months;
    expect(january!.categories).to.deep.equal([
      { id: 'groceries', name: 'Groceries', income: 0, spending: 5000 },
      { id: 'salary', name: 'Salary', income: 200000, spending: 0 },
    ]);
    expect(february!.categories).to.deep.equal([
      { id: 'groceries', name: 'Groceries', income: 0, spending: 0, incomeChange: 0, spendingChange: -5000 },
      { id: 'salary', name: 'Salary', income: 0, spending: 0, incomeChange: -200000, spendingChange: 0 },
    ]);
    expect(march!.categories).to.deep.equal([
      { id: 'groceries', name: 'Groceries', income: 1500, spending: 7000, incomeChange: 1500, spendingChange: 7000 },
      { id: '', income: 0, spending: 1000, incomeChange: 0, spendingChange: 1000 },
    ]);
  });

  it('never adds different currencies', () => {
    expect(sek!.currency).to.equal('SEK');
    expect(sek!.months.map((month) => [month.month, month.spending])).to.deep.equal([
      ['2024-01', 0],
      ['2024-02', 0],
      ['2024-03', 10000],
    ]);
  });

  it('counts own-account transfers only when not excluded', () => {
    expect(cashFlow(rows)[0]!.months[0]!.spending).to.equal(25000);
  });

  it('spans the range asked for, with no change in its first month', () => {
    const [flow] = cashFlow(rows, { exclude, from: '2024-02-01', to: '2024-04-30' });
    expect(flow!.months.map((month) => [month.month, month.income, month.spending])).to.deep.equal([
      ['2024-02', 0, 0],
      ['2024-03', 1500, 8000],
      ['2024-04', 0, 0],
    ]);
    expect(flow!.months[0]!.categories).to.deep.equal([]);
    expect(flow!.months[1]!.categories[0]).to.deep.equal({ id: 'groceries', name: 'Groceries', income: 1500, spending: 7000, incomeChange: 1500, spendingChange: 7000 });
    expect(flow!.months[2]!.categories.map((category) => [category.id, category.spendingChange])).to.deep.equal([
      ['', -1000],
      ['groceries', -7000],
    ]);
  });

  it('is empty for no transactions', () => {
    expect(cashFlow([])).to.deep.equal([]);
  });

  it('has months that add up to the summary totals, consecutive and without gaps', () => {
    const row = fc
      .record({
        date: fc.date({ min: new Date('2022-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        amount: fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: undefined }),
        currency: fc.constantFrom('EUR', 'SEK', 'JPY'),
        category: fc.option(fc.constantFrom('Rent', 'Food', 'Salary'), { nil: undefined }),
        excluded: fc.boolean(),
      })
      .map(({ excluded, ...fields }) => ({ excluded, transaction: transaction(fields) }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (generated) => {
        const list = generated.map((each) => each.transaction);
        const excluded = new Set(generated.filter((each) => each.excluded).map((each) => each.transaction.id));
        const flows = cashFlow(list, { exclude: excluded });
        const totals = summarizeTransactions(list.filter((each) => !excluded.has(each.id)));
        expect(flows.map((flow) => flow.currency).sort()).to.deep.equal(totals.map((total) => total.currency).sort());
        for (const flow of flows) {
          const total = totals.find((each) => each.currency === flow.currency)!;
          const sum = (pick: (month: (typeof flow.months)[number]) => number) => flow.months.reduce((acc, month) => acc + pick(month), 0);
          expect([sum((m) => m.income), sum((m) => m.spending), sum((m) => m.net), sum((m) => m.count)]).to.deep.equal([total.income, total.expenses, total.net, total.count]);
          for (const month of flow.months) {
            expect(month.categories.reduce((acc, category) => acc + category.spending, 0)).to.equal(month.spending);
          }
          for (let index = 1; index < flow.months.length; index += 1) {
            const [year, month] = flow.months[index - 1]!.month.split('-').map(Number) as [number, number];
            const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
            expect(flow.months[index]!.month).to.equal(next);
          }
        }
      }),
    );
  });
});
