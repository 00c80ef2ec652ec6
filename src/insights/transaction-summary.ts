/** Totals, day and month groups, and spending per category, from a list of transactions. */
import type { ExpenseCategory, Money, Transaction } from '../model/report-model.js';
import { uncategorizedId } from './transaction-filter.js';

export interface CurrencyTotals {
  currency: string;
  /** Money in, positive minor units. */
  income: number;
  /** Money out, positive minor units. */
  expenses: number;
  /** Income minus expenses. */
  net: number;
  count: number;
}

/** Income, expenses and net per currency, the most used currency first. */
export function summarizeTransactions(transactions: readonly Transaction[]): CurrencyTotals[] {
  const totals = new Map<string, CurrencyTotals>();
  // Nearly every transaction has the account's currency: skip the map lookup for a repeat.
  let entry: CurrencyTotals | undefined;
  for (const transaction of transactions) {
    const amount = transaction.amount;
    if (!amount) continue;
    if (entry?.currency !== amount.currency) {
      entry = totals.get(amount.currency);
      if (!entry) {
        entry = { currency: amount.currency, income: 0, expenses: 0, net: 0, count: 0 };
        totals.set(amount.currency, entry);
      }
    }
    if (amount.minor >= 0) entry.income += amount.minor;
    else entry.expenses -= amount.minor;
    entry.net += amount.minor;
    entry.count += 1;
  }
  return [...totals.values()].sort((a, b) => b.count - a.count);
}

export type GroupBy = 'day' | 'month';

export interface TransactionGroup {
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  key: string;
  /** Index of the group's first transaction in the list it was made from. */
  start: number;
  count: number;
  /** Signed sum per currency. */
  totals: Money[];
}

/**
 * Consecutive runs of the same day or month in a date-sorted list. Run on a list sorted by
 * anything else, it yields many small groups: group only by date order.
 */
export function groupTransactions(transactions: readonly Transaction[], by: GroupBy): TransactionGroup[] {
  const keyLength = by === 'day' ? 10 : 7;
  const groups: Group[] = [];
  let current: Group | undefined;
  for (let index = 0; index < transactions.length; index += 1) {
    const { date } = transactions[index] as Transaction;
    // Most rows continue the group: compare without cutting a new key string for each.
    if (!current || !date.startsWith(current.key)) {
      current = new Group(date.slice(0, keyLength), index, transactions);
      groups.push(current);
    }
    current.count += 1;
  }
  return groups;
}

/**
 * A run of one day or month. Its totals are summed when first read: only the headers on screen
 * are, so grouping 100,000 transactions reads nothing but their dates.
 */
class Group implements TransactionGroup {
  count = 0;
  readonly #transactions: readonly Transaction[];
  #totals: Money[] | undefined;

  constructor(
    readonly key: string,
    readonly start: number,
    transactions: readonly Transaction[],
  ) {
    this.#transactions = transactions;
  }

  get totals(): Money[] {
    this.#totals ??= sumByCurrency(this.#transactions, this.start, this.count);
    return this.#totals;
  }
}

/** The signed sum per currency of `count` transactions of `list` from `start`, the currencies in the order they appear. */
export function sumByCurrency(list: readonly Transaction[], start = 0, count = list.length - start): Money[] {
  const totals: Money[] = [];
  for (let index = start; index < start + count; index += 1) {
    const amount = list[index]?.amount;
    if (amount) addToTotals(totals, amount);
  }
  return totals;
}

/** A group rarely has more than one currency: a short list beats a map per group. */
function addToTotals(totals: Money[], amount: Money): void {
  for (const total of totals) {
    if (total.currency === amount.currency) {
      total.minor += amount.minor;
      return;
    }
  }
  totals.push({ currency: amount.currency, minor: amount.minor });
}

/**
 * Spending per category computed from the transactions, for reports without an
 * EXPENSE_CATEGORIES module: debits in the given currency, each counted once under its first
 * category. Largest first.
 */
export function expenseCategoriesFrom(transactions: readonly Transaction[], currency: string): ExpenseCategory[] {
  const byCategory = new Map<string, ExpenseCategory>();
  for (const transaction of transactions) {
    const amount = transaction.amount;
    if (transaction.direction !== 'debit' || !amount || amount.currency !== currency) continue;
    const category = transaction.categories[0];
    const id = category?.id ?? uncategorizedId;
    let entry = byCategory.get(id);
    if (!entry) {
      entry = { id, name: category?.name, amount: { minor: 0, currency }, transactionCount: 0 };
      byCategory.set(id, entry);
    }
    entry.amount.minor += Math.abs(amount.minor);
    entry.transactionCount = (entry.transactionCount ?? 0) + 1;
  }
  return [...byCategory.values()].sort((a, b) => b.amount.minor - a.amount.minor);
}

export interface TopCategories {
  top: ExpenseCategory[];
  /** The rest summed up, with the ids it stands for; absent when nothing is left over. */
  other?: { amount: Money; transactionCount: number; ids: string[] };
  total: Money;
}

/** The `limit` largest categories of one currency and the rest as "Other". */
export function topCategories(categories: readonly ExpenseCategory[], limit: number, currency: string): TopCategories {
  const sorted = categories.filter((category) => category.amount.currency === currency).sort((a, b) => b.amount.minor - a.amount.minor);
  const total = sorted.reduce((sum, category) => sum + category.amount.minor, 0);
  // "Other" for a single category would hide a name for nothing: show it instead.
  const cut = sorted.length === limit + 1 ? sorted.length : limit;
  const top = sorted.slice(0, cut);
  const rest = sorted.slice(cut);
  const result: TopCategories = { top, total: { minor: total, currency } };
  if (rest.length > 0) {
    result.other = {
      amount: { minor: rest.reduce((sum, category) => sum + category.amount.minor, 0), currency },
      transactionCount: rest.reduce((sum, category) => sum + (category.transactionCount ?? 0), 0),
      ids: rest.map((category) => category.id),
    };
  }
  return result;
}
