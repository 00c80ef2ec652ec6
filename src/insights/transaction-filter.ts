/**
 * Search, filters and sort over a report's transactions: pure functions, computed once per
 * change of criteria, never in `render()`. The search text of each transaction is built on the
 * first search and cached, so a report with 100,000 transactions paints before any of it.
 */
import type { Direction, Transaction } from '../model/report-model.js';

/** The category filter's id for transactions without any category. */
export const uncategorizedId = '';

export interface TransactionFilter {
  /** Words that must all appear in the reference, counterparty, brand or a category. */
  query?: string;
  /** Keep transactions in any of these categories (`uncategorizedId` for none). */
  categoryIds?: ReadonlySet<string>;
  /** `credit` for income, `debit` for expenses. */
  direction?: Direction;
  /** Inclusive `YYYY-MM-DD` bounds. */
  fromDate?: string;
  toDate?: string;
  /** Inclusive bounds on the amount's size, in minor units, whatever its sign. */
  minAmount?: number;
  maxAmount?: number;
}

export type SortField = 'date' | 'amount';
export type SortOrder = 'asc' | 'desc';

export interface TransactionSort {
  field: SortField;
  order: SortOrder;
}

const nonAscii = /[\u0080-\uffff]/;

/** Case- and accent-insensitive: "muller" finds "Müller", "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  // Most bank text is ASCII, and Unicode normalization is the costly part.
  const plain = nonAscii.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return plain.toLowerCase();
}

/** What a search looks in: reference, counterparty, brand and category names, folded. */
export function searchTextOf(transaction: Transaction): string {
  let text = `${transaction.reference ?? ''}\n${transaction.counterparty?.name ?? ''}\n${transaction.brand?.name ?? ''}`;
  for (const category of transaction.categories) text += `\n${category.name ?? ''}`;
  return foldForSearch(text);
}

export const searchWords = (query: string | undefined): string[] => (query ? foldForSearch(query).split(/\s+/).filter(Boolean) : []);

export const isFilterEmpty = (filter: TransactionFilter): boolean =>
  !filter.query?.trim() &&
  (filter.categoryIds?.size ?? 0) === 0 &&
  filter.direction === undefined &&
  !filter.fromDate &&
  !filter.toDate &&
  filter.minAmount === undefined &&
  filter.maxAmount === undefined;

/**
 * The indexes of the transactions that pass every criterion, in order. `texts[i]` is
 * `searchTextOf(transactions[i])`, made once per list by the caller and kept across keystrokes;
 * `among` limits the search to an earlier result, as when a query grows by a letter.
 */
export function filterIndexes(
  transactions: readonly Transaction[],
  filter: TransactionFilter,
  texts?: readonly string[],
  among?: readonly number[],
): number[] {
  const words = searchWords(filter.query);
  const categories = filter.categoryIds && filter.categoryIds.size > 0 ? filter.categoryIds : undefined;
  const { direction, fromDate, toDate, minAmount, maxAmount } = filter;
  const hasAmountBounds = minAmount !== undefined || maxAmount !== undefined;
  const result: number[] = [];
  const count = among ? among.length : transactions.length;
  for (let position = 0; position < count; position += 1) {
    const index = among ? (among[position] ?? 0) : position;
    const transaction = transactions[index];
    if (!transaction) continue;
    if (direction !== undefined && transaction.direction !== direction) continue;
    if (fromDate && transaction.date < fromDate) continue;
    if (toDate && transaction.date > toDate) continue;
    if (hasAmountBounds) {
      if (!transaction.amount) continue;
      const size = Math.abs(transaction.amount.minor);
      if (minAmount !== undefined && size < minAmount) continue;
      if (maxAmount !== undefined && size > maxAmount) continue;
    }
    if (categories) {
      const matches =
        transaction.categories.length === 0
          ? categories.has(uncategorizedId)
          : transaction.categories.some((category) => categories.has(category.id));
      if (!matches) continue;
    }
    if (words.length > 0) {
      if (!containsAll(texts?.[index] ?? searchTextOf(transaction), words)) continue;
    }
    result.push(index);
  }
  return result;
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** The transactions that pass every criterion, in their given order. */
export function filterTransactions(transactions: readonly Transaction[], filter: TransactionFilter): Transaction[] {
  if (isFilterEmpty(filter)) return transactions.slice();
  return filterIndexes(transactions, filter).map((index) => transactions[index] as Transaction);
}

/**
 * A stable sort: equal keys keep the report's order. Dates compare as strings (ISO dates sort
 * lexically); amounts by signed value, and a transaction without an amount goes last.
 */
export function sortTransactions(transactions: readonly Transaction[], sort: TransactionSort): Transaction[] {
  const direction = sort.order === 'asc' ? 1 : -1;
  const sorted = transactions.slice();
  if (sort.field === 'date') {
    sorted.sort((a, b) => (a.date < b.date ? -direction : a.date > b.date ? direction : 0));
  } else {
    sorted.sort((a, b) => {
      if (!a.amount || !b.amount) return (a.amount ? 0 : 1) - (b.amount ? 0 : 1);
      return (a.amount.minor - b.amount.minor) * direction;
    });
  }
  return sorted;
}
