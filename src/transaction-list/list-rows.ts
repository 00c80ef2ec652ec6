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
  /** For each row, how many transactions there are up to it, itself included (`aria-posinset`). */
  positionOfRow: Int32Array;
  groups: TransactionGroup[];
}

export function buildListRows(transactions: readonly Transaction[], grouping: ListGrouping): ListRows {
  if (grouping === 'none') {
    const positionOfRow = new Int32Array(transactions.length);
    for (let index = 0; index < positionOfRow.length; index += 1) positionOfRow[index] = index + 1;
    return { rows: transactions.slice(), groupOfRow: new Int32Array(transactions.length).fill(-1), positionOfRow, groups: [] };
  }
  const groups = groupTransactions(transactions, grouping);
  // Pushed, not preallocated: `new Array(n)` beyond 100,000 slots is a slow dictionary in V8.
  const rows: ListRow[] = [];
  const groupOfRow = new Int32Array(transactions.length + groups.length);
  const positionOfRow = new Int32Array(groupOfRow.length);
  groups.forEach((group, groupIndex) => {
    groupOfRow.fill(groupIndex, rows.length, rows.length + group.count + 1);
    positionOfRow[rows.length] = group.start;
    rows.push(group);
    for (let index = group.start; index < group.start + group.count; index += 1) {
      positionOfRow[rows.length] = index + 1;
      rows.push(transactions[index] as Transaction);
    }
  });
  return { rows, groupOfRow, positionOfRow, groups };
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
