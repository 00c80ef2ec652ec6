/**
 * The rows of the transaction list: the transactions with a header before each day or month.
 * Headers are the groups themselves, so no wrapper object is made per transaction.
 */
import type { Transaction } from '../model/report-model.js';
import { groupTransactions, type GroupBy, type TransactionGroup } from '../insights/transaction-summary.js';

export type ListGrouping = GroupBy | 'none';
export type ListRow = Transaction | TransactionGroup;

export const isGroupRow = (row: ListRow): row is TransactionGroup => 'totals' in row;

export interface ListRows {
  rows: ListRow[];
  /** For each row, the index of the group it belongs to (for the sticky header). */
  groupOfRow: Int32Array;
  groups: TransactionGroup[];
}

export function buildListRows(transactions: readonly Transaction[], grouping: ListGrouping): ListRows {
  if (grouping === 'none') {
    return { rows: transactions.slice(), groupOfRow: new Int32Array(transactions.length).fill(-1), groups: [] };
  }
  const groups = groupTransactions(transactions, grouping);
  const rows = new Array<ListRow>(transactions.length + groups.length);
  const groupOfRow = new Int32Array(rows.length);
  let row = 0;
  groups.forEach((group, groupIndex) => {
    groupOfRow.fill(groupIndex, row, row + group.count + 1);
    rows[row++] = group;
    for (let index = group.start; index < group.start + group.count; index += 1) rows[row++] = transactions[index] as Transaction;
  });
  return { rows, groupOfRow, groups };
}

const isTransactionAt = (rows: readonly ListRow[], index: number): boolean => {
  const row = rows[index];
  return row !== undefined && !isGroupRow(row);
};

/** The transaction row `step` rows from `from`, skipping headers; `from` if there is none. */
export function nextTransactionRow(rows: readonly ListRow[], from: number, step: number): number {
  const direction = Math.sign(step) || 1;
  const start = Math.min(rows.length - 1, Math.max(0, from + step));
  for (let index = start; index >= 0 && index < rows.length; index += direction) {
    if (isTransactionAt(rows, index)) return index;
  }
  // Ran past the end looking for a row: search back the other way.
  for (let index = start; index >= 0 && index < rows.length; index -= direction) {
    if (isTransactionAt(rows, index)) return index;
  }
  return from;
}
