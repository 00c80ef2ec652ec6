/**
 * The rows of the transaction list for fixed-height windowing, described rather than listed:
 * the transactions in the order shown (the pending ones first, under a header of their own) and
 * where each day or month begins. With every row and every header of a fixed height, that is all it takes to know which
 * rows are where (`list-geometry.ts`), so no array of 100,000 rows and headers is ever built.
 */
import type { Money, Transaction } from '../model/report-model.js';
import { sumByCurrency, type GroupBy, type TransactionGroup } from '../insights/transaction-summary.js';

export type ListGrouping = GroupBy | 'none';

/** The key of the group of pending transactions; day and month keys are dates. */
const pendingGroupKey = 'pending';

export const isPendingGroup = (group: TransactionGroup): boolean => group.key === pendingGroupKey;

export interface ListGroups {
  /** The transactions in the order shown: the list itself unless a pending one had to move up. */
  order: readonly Transaction[];
  /** The groups in the order shown, the pending one first; none without grouping. */
  groups: TransactionGroup[];
  /**
   * For each group, the place in `order` of its first transaction, and after the last group one
   * more entry: the number of transactions. Empty without grouping.
   */
  firstOfGroup: Int32Array;
}

/**
 * One pass over the transactions, reading only `pending` and `date` of each: at 100,000 of them,
 * reading a transaction object costs more than anything done with it. The transactions are
 * copied only when a pending one follows a booked one; totals are summed when a header shows.
 */
export function buildListGroups(transactions: readonly Transaction[], grouping: ListGrouping): ListGroups {
  const count = transactions.length;
  if (grouping === 'none') return { order: transactions, groups: [], firstOfGroup: new Int32Array(0) };
  const keyLength = grouping === 'day' ? 10 : 7;
  // Pending transactions may still change or vanish: they lead, apart from the booked days. While
  // they all come before the booked ones the list is shown as it is; `booked` holds the booked
  // ones from the first pending transaction found after a booked one.
  const pending: Transaction[] = [];
  let booked: Transaction[] | undefined;
  let bookedCount = 0;
  const groups: BookedGroup[] = [];
  // Where each group starts among the booked transactions; grown by doubling.
  let starts = new Int32Array(64);
  let currentDate: string | undefined;
  let currentKey = '';
  for (let index = 0; index < count; index += 1) {
    const transaction = transactions[index] as Transaction;
    if (transaction.pending) {
      if (bookedCount > 0) booked ??= transactions.slice(index - bookedCount, index);
      pending.push(transaction);
      continue;
    }
    const { date } = transaction;
    // Most rows continue the group: the same day is the same string.
    if (date !== currentDate) {
      currentDate = date;
      if (groups.length === 0 || !date.startsWith(currentKey)) {
        currentKey = date.slice(0, keyLength);
        if (groups.length === starts.length) {
          const grown = new Int32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[groups.length] = bookedCount;
        groups.push(new BookedGroup(currentKey));
      }
    }
    if (booked) booked.push(transaction);
    bookedCount += 1;
  }
  const order = booked ? [...pending, ...booked] : transactions;
  const lead = pending.length > 0 ? 1 : 0;
  const firstOfGroup = new Int32Array(lead + groups.length + 1);
  for (let group = 0; group < groups.length; group += 1) {
    const first = pending.length + (starts[group] as number);
    const last = group + 1 < groups.length ? pending.length + (starts[group + 1] as number) : count;
    (groups[group] as BookedGroup).place(order, first, last - first);
    firstOfGroup[lead + group] = first;
  }
  firstOfGroup[lead + groups.length] = count;
  return { order, groups: lead ? [pendingGroup(pending), ...groups] : groups, firstOfGroup };
}

/**
 * A run of one day or month among the booked transactions. Its totals are summed when first
 * read: only the headers on screen are, so grouping reads nothing but the dates.
 */
class BookedGroup implements TransactionGroup {
  start = 0;
  count = 0;
  #list: readonly Transaction[] = [];
  #totals: Money[] | undefined;

  constructor(readonly key: string) {}

  place(list: readonly Transaction[], start: number, count: number): void {
    this.#list = list;
    this.start = start;
    this.count = count;
  }

  get totals(): Money[] {
    this.#totals ??= sumByCurrency(this.#list, this.start, this.count);
    return this.#totals;
  }
}

/** All pending transactions as one group, with its totals per currency. */
function pendingGroup(pending: readonly Transaction[]): TransactionGroup {
  return { key: pendingGroupKey, start: 0, count: pending.length, totals: sumByCurrency(pending) };
}
