import { expect } from 'chai';
import fc from 'fast-check';
import { groupTransactions, type GroupBy } from '../../src/insights/transaction-summary.js';
import type { Transaction } from '../../src/model/report-model.js';
import { buildListRows, isGroupRow, nextTransactionRow } from '../../src/transaction-list/list-rows.js';
import { colorSlotOf, initialOf } from '../../src/transaction-list/avatar.js';
import { march, transaction } from '../fixtures/transactions.js';

describe('list rows', () => {
  it('puts the pending transactions first under their own header, then a header before each day', () => {
    const { rows, groupOfRow, positionOfRow, groups } = buildListRows(march, 'day');
    expect(rows.map((row) => (isGroupRow(row) ? `# ${row.key}` : row.reference))).to.deep.equal([
      '# pending', 'Deutschlandticket',
      '# 2024-03-01', 'Gehalt März', 'Miete März',
      '# 2024-03-02', 'REWE SAGT DANKE', 'EDEKA Center',
      '# 2024-03-05', 'Netflix.com',
      '# 2024-03-07', 'Esprit Online Shop',
      '# 2024-03-12', 'Café Rückzahlung',
    ]);
    expect([...groupOfRow]).to.deep.equal([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5]);
    // A transaction's place among transactions as shown, headers not counted.
    expect([...positionOfRow]).to.deep.equal([0, 1, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8]);
    expect(groups).to.have.length(6);
    expect(groups[0]!.totals).to.deep.equal([{ currency: 'EUR', minor: -4900 }]);
    expect(groups[1]!.totals).to.deep.equal([{ currency: 'EUR', minor: 155000 }]);
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
          totals.push(pendingTotals(pending));
        }
        for (const group of groupTransactions(booked, by)) {
          expected.push(`# ${group.key}`, ...booked.slice(group.start, group.start + group.count));
          totals.push(group.totals);
        }
        const { rows, groups, groupOfRow, positionOfRow } = buildListRows(transactions, by);
        expect(rows.map((row) => (isGroupRow(row) ? `# ${row.key}` : row))).to.deep.equal(expected);
        expect(groups.map((group) => group.totals)).to.deep.equal(totals);
        // Each row's group and place among the transactions shown.
        let group = -1;
        let seen = 0;
        rows.forEach((row, index) => {
          if (isGroupRow(row)) group += 1;
          else seen += 1;
          expect(groupOfRow[index]).to.equal(group);
          expect(positionOfRow[index]).to.equal(seen);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('has no headers without grouping', () => {
    const { rows, groups, positionOfRow } = buildListRows(march, 'none');
    expect(rows).to.deep.equal(march);
    expect([...positionOfRow]).to.deep.equal(march.map((_, index) => index + 1));
    expect(groups).to.deep.equal([]);
  });

  it('moves between transaction rows, skipping headers and stopping at the ends', () => {
    const { rows } = buildListRows(march, 'day');
    expect(nextTransactionRow(rows, -1, 1)).to.equal(1);
    expect(nextTransactionRow(rows, 1, 1)).to.equal(3);
    expect(nextTransactionRow(rows, 3, -1)).to.equal(1);
    expect(nextTransactionRow(rows, 1, -1)).to.equal(1);
    expect(nextTransactionRow(rows, 1, rows.length)).to.equal(13);
    expect(nextTransactionRow(rows, 13, -rows.length)).to.equal(1);
    expect(nextTransactionRow([], 0, 1)).to.equal(0);
  });

  it('draws an initial and a stable colour for a name', () => {
    expect(initialOf('rewe gmbh')).to.equal('R');
    expect(initialOf('esprit germany')).to.equal('E');
    expect(initialOf('  "Ärzte"')).to.equal('Ä');
    expect(initialOf('—')).to.equal('?');
    expect(colorSlotOf('Rewe')).to.equal(colorSlotOf('Rewe'));
    expect(colorSlotOf('Rewe')).to.be.within(1, 8);
  });
});

/** The signed sum per currency, in the order the currencies first appear. */
function pendingTotals(list: readonly Transaction[]): { currency: string; minor: number }[] {
  const totals: { currency: string; minor: number }[] = [];
  for (const { amount } of list) {
    if (!amount) continue;
    const total = totals.find((entry) => entry.currency === amount.currency);
    if (total) total.minor += amount.minor;
    else totals.push({ currency: amount.currency, minor: amount.minor });
  }
  return totals;
}
