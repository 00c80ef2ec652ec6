import { expect } from 'chai';
import fc from 'fast-check';
import { groupTransactions, type GroupBy } from '../../src/insights/transaction-summary.js';
import type { Transaction } from '../../src/model/report-model.js';
import { buildListGroups, isPendingGroup, type ListGroups } from '../../src/transaction-list/list-groups.js';
import { march, signedTotals, transaction } from '../fixtures/transactions.js';

describe('list groups', () => {
  it('puts the pending transactions first under their own header, then a header before each day', () => {
    const list = buildListGroups(march, 'day');
    expect(shownRows(list).map((row) => (typeof row === 'string' ? row : row.reference))).to.deep.equal([
      '# pending', 'Deutschlandticket',
      '# 2024-03-01', 'Gehalt März', 'Miete März',
      '# 2024-03-02', 'REWE SAGT DANKE', 'EDEKA Center',
      '# 2024-03-05', 'Netflix.com',
      '# 2024-03-07', 'Esprit Online Shop',
      '# 2024-03-12', 'Café Rückzahlung',
    ]);
    // Where each group begins among the transactions as shown, headers not counted, then their number.
    expect([...list.firstOfGroup]).to.deep.equal([0, 1, 3, 5, 6, 7, 8]);
    expect(list.groups.map((group) => group.count)).to.deep.equal([1, 2, 2, 1, 1, 1]);
    expect(list.groups.map(isPendingGroup)).to.deep.equal([true, false, false, false, false, false]);
    expect(list.groups[0]!.totals).to.deep.equal([{ currency: 'EUR', minor: -4900 }]);
    expect(list.groups[1]!.totals).to.deep.equal([{ currency: 'EUR', minor: 155000 }]);
  });

  it('equals the pending transactions, then groupTransactions of the booked ones, on generated lists', () => {
    const list = fc.array(
      fc.record({ date: fc.constantFrom('2024-03-01', '2024-03-02', '2024-04-02', '2024-02-29'), amount: fc.integer({ min: -900, max: 900 }), currency: fc.constantFrom('EUR', 'SEK'), pending: fc.boolean() }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(list, fc.constantFrom<GroupBy>('day', 'month'), (fields, by) => {
        const transactions = fields.map((field) => transaction(field));
        const pending = transactions.filter((item) => item.pending);
        const booked = transactions.filter((item) => !item.pending);
        const expected: (string | Transaction)[] = [];
        const totals: unknown[] = [];
        if (pending.length > 0) {
          expected.push('# pending', ...pending);
          totals.push(signedTotals(pending));
        }
        for (const group of groupTransactions(booked, by)) {
          expected.push(`# ${group.key}`, ...booked.slice(group.start, group.start + group.count));
          totals.push(group.totals);
        }
        const shown = buildListGroups(transactions, by);
        expect(shownRows(shown)).to.deep.equal(expected);
        expect(shown.groups.map((group) => group.totals)).to.deep.equal(totals);
        // Each group's `start` and `count` name its run in `order`, as `firstOfGroup` does.
        shown.groups.forEach((group, index) => {
          expect(group.start).to.equal(shown.firstOfGroup[index]);
          expect(group.start + group.count).to.equal(shown.firstOfGroup[index + 1]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('has no headers without grouping, and shows the list itself', () => {
    const { order, groups, firstOfGroup } = buildListGroups(march, 'none');
    expect(order).to.equal(march);
    expect(groups).to.deep.equal([]);
    expect([...firstOfGroup]).to.deep.equal([]);
  });

  it('shows a list whose pending transactions already lead as it is, without a copy', () => {
    const list = [transaction({ pending: true, amount: -1 }), transaction({ date: '2024-03-02', amount: -2 }), transaction({ amount: -3 })];
    expect(buildListGroups(list, 'day').order).to.equal(list);
  });
});

/** The rows as the list shows them: each group as `# key`, followed by its transactions. */
function shownRows({ order, groups, firstOfGroup }: ListGroups): (string | Transaction)[] {
  return groups.flatMap((group, index) => [`# ${group.key}`, ...order.slice(firstOfGroup[index], firstOfGroup[index + 1])]);
}
