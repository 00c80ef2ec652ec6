import { expect } from 'chai';
import fc from 'fast-check';
import type { Money, Transaction } from '../../src/model/report-model.js';
import { buildListGroups, type ListGrouping } from '../../src/transaction-list/list-groups.js';
import { groupAt, groupOfPlace, headerRowIndex, headerTop, rowIndex, rowTop, totalHeight } from '../../src/transaction-list/list-geometry.js';
import { signedTotals, transaction } from '../fixtures/transactions.js';

const heights = { row: 56, header: 32 };

describe('list geometry', () => {
  it('describe the same rows as the materialized list, each at its fixed-height offset', () => {
    const list = fc.array(
      fc.record({ date: fc.constantFrom('2024-03-01', '2024-03-02', '2024-04-02', '2024-02-29'), amount: fc.integer({ min: -900, max: 900 }), currency: fc.constantFrom('EUR', 'SEK'), pending: fc.boolean() }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(list, fc.constantFrom<ListGrouping>('day', 'month', 'none'), (fields, by) => {
        const transactions: Transaction[] = fields.map((field) => transaction(field));
        const expected = materializedRows(transactions, by);
        const groups = buildListGroups(transactions, by);
        const headers = expected.flatMap((row) => ('header' in row ? [row.header] : []));
        expect(groups.groups.map((group) => [group.key, group.count, group.totals])).to.deep.equal(headers.map((header) => [header.key, header.count, header.totals]));
        let offset = 0;
        let place = 0;
        let group = -1;
        expected.forEach((row, index) => {
          if ('header' in row) {
            group += 1;
            expect(headerRowIndex(groups, group)).to.equal(index);
            expect(headerTop(groups, group, heights)).to.equal(offset);
            offset += heights.header;
          } else {
            expect(groups.order[place]).to.equal(row.transaction);
            expect(groupOfPlace(groups, place)).to.equal(group);
            expect(rowIndex(place, group)).to.equal(index);
            expect(rowTop(place, group, heights)).to.equal(offset);
            expect(groupAt(groups, offset + 1, heights)).to.equal(group);
            place += 1;
            offset += heights.row;
          }
        });
        expect(totalHeight(groups, heights)).to.equal(offset);
      }),
      { numRuns: 300 },
    );
  });
});

interface Header {
  key: string;
  count: number;
  totals: Money[];
}
type Row = { header: Header } | { transaction: Transaction };

/**
 * Every row the list shows, built the plain way to check the arithmetic against: the pending
 * transactions first under their own header, then a header before each run of one day or month.
 */
function materializedRows(transactions: readonly Transaction[], by: ListGrouping): Row[] {
  if (by === 'none') return transactions.map((transaction) => ({ transaction }));
  const keyLength = by === 'day' ? 10 : 7;
  const runs: { key: string; members: Transaction[] }[] = [];
  const pending = transactions.filter((transaction) => transaction.pending);
  if (pending.length > 0) runs.push({ key: 'pending', members: pending });
  for (const transaction of transactions.filter((item) => !item.pending)) {
    const key = transaction.date.slice(0, keyLength);
    const last = runs.at(-1);
    if (last?.key === key) last.members.push(transaction);
    else runs.push({ key, members: [transaction] });
  }
  return runs.flatMap(({ key, members }) => [
    { header: { key, count: members.length, totals: signedTotals(members) } },
    ...members.map((transaction) => ({ transaction })),
  ]);
}
