/**
 * The rows of the transaction list: the transactions with a header before each day or month,
 * and the pending ones first, under a header of their own. Headers are the groups themselves,
 * so no wrapper object is made per transaction.
 */
import type { Money, Transaction } from '../model/report-model.js';
import { groupTransactions, type GroupBy, type TransactionGroup } from '../insights/transaction-summary.js';

export type ListGrouping = GroupBy | 'none';
export type ListRow = Transaction | TransactionGroup;

/** The key of the group of pending transactions; day and month keys are dates. */
export const pendingGroupKey = 'pending';

export const isGroupRow = (row: ListRow): row is TransactionGroup => 'totals' in row;
export const isPendingGroup = (group: TransactionGroup): boolean => group.key === pendingGroupKey;

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
  // Pending transactions may still change or vanish: they lead, apart from the booked days.
  let pendingCount = 0;
  for (const transaction of transactions) if (transaction.pending) pendingCount += 1;
  const pending = pendingCount === 0 ? [] : transactions.filter((transaction) => transaction.pending);
  const booked = pendingCount === 0 ? transactions : transactions.filter((transaction) => !transaction.pending);
  const sections: { list: readonly Transaction[]; groups: TransactionGroup[] }[] = [];
  if (pending.length > 0) sections.push({ list: pending, groups: [pendingGroup(pending)] });
  sections.push({ list: booked, groups: groupTransactions(booked, grouping) });

  const groups = sections.flatMap((section) => section.groups);
  // Pushed, not preallocated: `new Array(n)` beyond 100,000 slots is a slow dictionary in V8.
  const rows: ListRow[] = [];
  const groupOfRow = new Int32Array(transactions.length + groups.length);
  const positionOfRow = new Int32Array(groupOfRow.length);
  let groupIndex = 0;
  let before = 0;
  for (const { list, groups: sectionGroups } of sections) {
    for (const group of sectionGroups) {
      groupOfRow.fill(groupIndex, rows.length, rows.length + group.count + 1);
      positionOfRow[rows.length] = before + group.start;
      rows.push(group);
      for (let index = group.start; index < group.start + group.count; index += 1) {
        positionOfRow[rows.length] = before + index + 1;
        rows.push(list[index] as Transaction);
      }
      groupIndex += 1;
    }
    before += list.length;
  }
  return { rows, groupOfRow, positionOfRow, groups };
}

/** All pending transactions as one group, with its totals per currency. */
function pendingGroup(pending: readonly Transaction[]): TransactionGroup {
  const totals: Money[] = [];
  for (const { amount } of pending) {
    if (!amount) continue;
    const total = totals.find((entry) => entry.currency === amount.currency);
    if (total) total.minor += amount.minor;
    else totals.push({ currency: amount.currency, minor: amount.minor });
  }
  return { key: pendingGroupKey, start: 0, count: pending.length, totals };
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
