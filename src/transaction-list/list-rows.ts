/**
 * The rows of the transaction list: the transactions with a header before each day or month,
 * and the pending ones first, under a header of their own. Headers are the groups themselves,
 * so no wrapper object is made per transaction.
 */
import type { Money, Transaction } from '../model/report-model.js';
import type { GroupBy, TransactionGroup } from '../insights/transaction-summary.js';

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

/**
 * One pass over the transactions, each read once: at 100,000 of them, reading a transaction
 * object costs more than anything done with it (a search for "r" shows them all, and separate
 * passes for the pending ones, the groups and the rows took 12 to 25 ms here, one pass about 5).
 */
export function buildListRows(transactions: readonly Transaction[], grouping: ListGrouping): ListRows {
  const count = transactions.length;
  if (grouping === 'none') {
    const positionOfRow = new Int32Array(count);
    for (let index = 0; index < count; index += 1) positionOfRow[index] = index + 1;
    return { rows: transactions.slice(), groupOfRow: new Int32Array(count).fill(-1), positionOfRow, groups: [] };
  }
  const keyLength = grouping === 'day' ? 10 : 7;
  // Pending transactions may still change or vanish: they lead, apart from the booked days, and
  // are set aside here. `booked` is the list the booked groups count in: the transactions
  // themselves until a pending one turns up, a copy from then on.
  let pending: Transaction[] | undefined;
  let booked: Transaction[] | undefined;
  const groups: BookedGroup[] = [];
  // Pushed, not preallocated: `new Array(n)` beyond 100,000 slots is a slow dictionary in V8.
  const rows: ListRow[] = [];
  const groupOfRow = new Int32Array(2 * count);
  const positionOfRow = new Int32Array(2 * count);
  let current: BookedGroup | undefined;
  let currentDate: string | undefined;
  for (let index = 0; index < count; index += 1) {
    const transaction = transactions[index] as Transaction;
    if (transaction.pending) {
      booked ??= transactions.slice(0, index);
      (pending ??= []).push(transaction);
      continue;
    }
    const place = booked ? booked.push(transaction) - 1 : index;
    const { date } = transaction;
    // Most rows continue the group: the same day is the same string.
    if (date !== currentDate) {
      currentDate = date;
      if (!current || !date.startsWith(current.key)) {
        current = new BookedGroup(date.slice(0, keyLength), place, transactions);
        positionOfRow[rows.length] = place;
        groupOfRow[rows.length] = groups.length;
        groups.push(current);
        rows.push(current);
      }
    }
    (current as BookedGroup).count += 1;
    positionOfRow[rows.length] = place + 1;
    groupOfRow[rows.length] = groups.length - 1;
    rows.push(transaction);
  }
  if (booked) for (const group of groups) group.list = booked;
  if (!pending) return { rows, groupOfRow: groupOfRow.slice(0, rows.length), positionOfRow: positionOfRow.slice(0, rows.length), groups };

  // The pending group and its rows first: every booked row moves down by them.
  const lead = 1 + pending.length;
  const all: ListRow[] = [pendingGroup(pending), ...pending];
  for (const row of rows) all.push(row);
  const allGroupOfRow = new Int32Array(all.length);
  const allPositionOfRow = new Int32Array(all.length);
  for (let row = 1; row < lead; row += 1) allPositionOfRow[row] = row;
  for (let row = 0; row < rows.length; row += 1) {
    allGroupOfRow[lead + row] = (groupOfRow[row] as number) + 1;
    allPositionOfRow[lead + row] = (positionOfRow[row] as number) + pending.length;
  }
  return { rows: all, groupOfRow: allGroupOfRow, positionOfRow: allPositionOfRow, groups: [all[0] as TransactionGroup, ...groups] };
}

/**
 * A run of one day or month among the booked transactions. Its totals are summed when first
 * read: only the headers on screen are, so grouping reads nothing but the dates.
 */
class BookedGroup implements TransactionGroup {
  count = 0;
  list: readonly Transaction[];
  #totals: Money[] | undefined;

  constructor(
    readonly key: string,
    readonly start: number,
    list: readonly Transaction[],
  ) {
    this.list = list;
  }

  get totals(): Money[] {
    if (!this.#totals) {
      const totals: Money[] = [];
      for (let index = this.start; index < this.start + this.count; index += 1) {
        const amount = this.list[index]?.amount;
        if (amount) addTo(totals, amount);
      }
      this.#totals = totals;
    }
    return this.#totals;
  }
}

/** A group rarely has more than one currency: a short list beats a map per group. */
export function addTo(totals: Money[], amount: Money): void {
  for (const total of totals) {
    if (total.currency === amount.currency) {
      total.minor += amount.minor;
      return;
    }
  }
  totals.push({ currency: amount.currency, minor: amount.minor });
}

/** All pending transactions as one group, with its totals per currency. */
export function pendingGroup(pending: readonly Transaction[]): TransactionGroup {
  const totals: Money[] = [];
  for (const { amount } of pending) if (amount) addTo(totals, amount);
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
