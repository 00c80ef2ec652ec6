/**
 * The orders of `sortTransactions` as arrays of positions, computed in linear time: a report's
 * dates are a few hundred distinct days, so a date order is a counting sort over them, and an
 * amount order is a radix sort of 32-bit keys. At 100,000 transactions a comparison sort with a
 * callback took about 25 ms here, a counting or radix sort about 1 ms; both are stable, so equal
 * keys keep the report's order exactly as `sortTransactions` keeps it.
 */
import type { SortField, SortOrder } from '../insights/transaction-filter.js';
import type { Direction, Transaction } from '../model/report-model.js';

/** Each transaction's date as its rank among the distinct dates (ascending, as strings compare). */
export interface DateRanks {
  /** The distinct dates, ascending. */
  dates: string[];
  /** Per position: the index of its date in `dates`. */
  rank: Int32Array;
}

export function dateRanks(transactions: readonly Transaction[]): DateRanks {
  const idOf = new Map<string, number>();
  const ids = new Int32Array(transactions.length);
  const seen: string[] = [];
  let lastDate: string | undefined;
  let lastId = -1;
  for (let position = 0; position < transactions.length; position += 1) {
    const { date } = transactions[position] as Transaction;
    // Neighbours mostly share a day: skip the map for a repeat.
    if (date !== lastDate) {
      let id = idOf.get(date);
      if (id === undefined) {
        id = seen.length;
        idOf.set(date, id);
        seen.push(date);
      }
      lastDate = date;
      lastId = id;
    }
    ids[position] = lastId;
  }
  const dates = seen.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOfId = new Int32Array(seen.length);
  dates.forEach((date, rank) => {
    rankOfId[idOf.get(date) as number] = rank;
  });
  for (let position = 0; position < ids.length; position += 1) ids[position] = rankOfId[ids[position] as number] as number;
  return { dates, rank: ids };
}

/** How many of the ascending `dates` come before `date` (`inclusive`: are at most `date`). */
export function datesBefore(dates: readonly string[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = dates[middle] as string;
    if (value < date || (inclusive && value === date)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Positions by a small integer key (`0 … buckets - 1`), stable; `descending` reverses the keys, not the ties. */
function countingOrder(keys: ArrayLike<number>, buckets: number, descending: boolean, positions?: Uint32Array): Uint32Array {
  const count = keys.length;
  const starts = new Int32Array(buckets + 1);
  // Without `positions` the input is the identity: read directly, not from an array made for it.
  for (let index = 0; index < count; index += 1) {
    const key = keys[positions ? (positions[index] as number) : index] as number;
    const slot = (descending ? buckets - 1 - key : key) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket += 1) starts[bucket + 1] = (starts[bucket + 1] as number) + (starts[bucket] as number);
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const position = positions ? (positions[index] as number) : index;
    const key = keys[position] as number;
    const bucket = descending ? buckets - 1 - key : key;
    order[starts[bucket] as number] = position;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  return order;
}

function identity(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) positions[index] = index;
  return positions;
}

/** Positions by unsigned 32-bit keys, ascending and stable: least significant digit first, 11 bits a pass. */
function radixOrder(keys: Uint32Array): Uint32Array {
  const count = keys.length;
  let order: Uint32Array = identity(count);
  let spare: Uint32Array = new Uint32Array(count);
  const counts = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    counts.fill(0);
    for (let index = 0; index < count; index += 1) {
      const digit = ((keys[index] as number) >>> shift) & 2047;
      counts[digit] = (counts[digit] as number) + 1;
    }
    // A digit every key shares sorts nothing: amounts rarely need the top bits.
    if (counts.some((bucket) => bucket === count)) continue;
    let sum = 0;
    for (let bucket = 0; bucket < 2048; bucket += 1) {
      const size = counts[bucket] as number;
      counts[bucket] = sum;
      sum += size;
    }
    for (let index = 0; index < count; index += 1) {
      const position = order[index] as number;
      const digit = ((keys[position] as number) >>> shift) & 2047;
      spare[counts[digit] as number] = position;
      counts[digit] = (counts[digit] as number) + 1;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

const keyLimit = 2 ** 32;

/** What the amount orders read, as typed arrays over the list. */
export interface AmountColumns {
  /** Signed minor units; read only where `hasAmount`. */
  minor: Float64Array;
  hasAmount: ArrayLike<number>;
  /** 1 credit, 2 debit, 0 neither (the amount's sign decides). */
  direction: Uint8Array;
}

/**
 * The positions of `transactions` in the order `sortTransactions(transactions, { field, order })`
 * gives, from the dates' ranks (date orders) or the amounts' columns (every other order).
 */
export function sortOrder(transactions: readonly Transaction[], field: SortField, order: SortOrder, dates: () => DateRanks, amounts: () => AmountColumns): Uint32Array {
  if (field === 'date') {
    const { dates: distinct, rank } = dates();
    return countingOrder(rank, distinct.length, order === 'desc');
  }
  // Every order by amount is a group (0, 1, or 2 for no amount) and then a size within it.
  const { minor: minors, hasAmount, direction: directions } = amounts();
  const count = transactions.length;
  const groups = new Uint8Array(count);
  const keys = new Uint32Array(count);
  const sign = order === 'asc' ? 1 : -1;
  const first = field === 'income' ? 1 : 2;
  for (let position = 0; position < count; position += 1) {
    if (!hasAmount[position]) {
      groups[position] = 2;
      continue;
    }
    const minor = minors[position] as number;
    const size = Math.abs(minor);
    // Keys beyond 32 bits, or fractions, take the comparison sort.
    if (!(size < keyLimit) || !Number.isInteger(size)) return comparisonOrder(transactions, field, order);
    if (field === 'amount') {
      // By signed value: the keys below zero first, then the rest, each ascending.
      const key = minor * sign;
      groups[position] = key < 0 ? 0 : 1;
      keys[position] = key < 0 ? keyLimit - 1 - size : size;
    } else {
      const direction = directions[position] || (minor < 0 ? 2 : 1);
      groups[position] = direction === first ? 0 : 1;
      keys[position] = sign === 1 ? size : keyLimit - 1 - size;
    }
  }
  return countingOrder(groups, 3, false, radixOrder(keys));
}

/** The comparison sort `sortTransactions` does, for amounts no 32-bit key holds. */
function comparisonOrder(transactions: readonly Transaction[], field: SortField, order: SortOrder): Uint32Array {
  const sign = order === 'asc' ? 1 : -1;
  const groups = new Uint8Array(transactions.length);
  const keys = new Float64Array(transactions.length);
  const first: Direction = field === 'income' ? 'credit' : 'debit';
  transactions.forEach((transaction, position) => {
    const amount = transaction.amount;
    if (!amount) {
      groups[position] = 2;
      return;
    }
    if (field === 'amount') keys[position] = amount.minor * sign;
    else {
      const direction = transaction.direction ?? (amount.minor < 0 ? 'debit' : 'credit');
      groups[position] = direction === first ? 0 : 1;
      keys[position] = Math.abs(amount.minor) * sign;
    }
  });
  return identity(transactions.length).sort((a, b) => (groups[a] as number) - (groups[b] as number) || (keys[a] as number) - (keys[b] as number) || a - b);
}
