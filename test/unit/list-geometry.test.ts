import { expect } from 'chai';
import fc from 'fast-check';
import type { Transaction } from '../../src/model/report-model.js';
import { buildListGroups } from '../../src/transaction-list/list-groups.js';
import { groupAt, groupOfPlace, headerRowIndex, headerTop, rowIndex, rowTop, totalHeight } from '../../src/transaction-list/list-geometry.js';
import { buildListRows, isGroupRow, type ListGrouping } from '../../src/transaction-list/list-rows.js';
import { transaction } from '../fixtures/transactions.js';

const heights = { row: 56, header: 32 };

describe('list groups and geometry', () => {
  it('describe the same rows as the materialized list, each at its fixed-height offset', () => {
    const list = fc.array(
      fc.record({ date: fc.constantFrom('2024-03-01', '2024-03-02', '2024-04-02', '2024-02-29'), amount: fc.integer({ min: -900, max: 900 }), currency: fc.constantFrom('EUR', 'SEK'), pending: fc.boolean() }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(list, fc.constantFrom<ListGrouping>('day', 'month', 'none'), (fields, by) => {
        const transactions: Transaction[] = fields.map((field) => transaction(field));
        const expected = buildListRows(transactions, by);
        const groups = buildListGroups(transactions, by);
        expect(groups.groups.map((group) => [group.key, group.count, group.totals])).to.deep.equal(expected.groups.map((group) => [group.key, group.count, group.totals]));
        let offset = 0;
        let place = 0;
        let group = -1;
        expected.rows.forEach((row, index) => {
          if (isGroupRow(row)) {
            group += 1;
            expect(headerRowIndex(groups, group)).to.equal(index);
            expect(headerTop(groups, group, heights)).to.equal(offset);
            offset += heights.header;
          } else {
            expect(groups.order[place]).to.equal(row);
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

  it('shows a list whose pending transactions already lead as it is, without a copy', () => {
    const list = [transaction({ pending: true, amount: -1 }), transaction({ date: '2024-03-02', amount: -2 }), transaction({ amount: -3 })];
    expect(buildListGroups(list, 'day').order).to.equal(list);
  });
});
