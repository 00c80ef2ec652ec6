/**
 * Cash flow by calendar month: income, spending and net per month and per currency, and per
 * category the change against the previous month.
 *
 * - Months are the transactions' own dates (`YYYY-MM` of `date`), never converted to a time zone.
 * - Income is the sum of positive amounts, spending the sum of negative ones (as a positive
 *   number), net their difference, as in the report's summary. Pending transactions count: the
 *   money has moved for the consumer, though the bank has not booked it yet.
 * - Different currencies are never added: each has its own series of months.
 * - Transactions whose ids are in `exclude` (own-account transfers) are left out.
 * - Every month of the range is present, with zeros where nothing happened: the range is
 *   `from`–`to` when given, else the first to the last counted transaction's month.
 * - A category is a transaction's first category, or `uncategorizedId`. A month lists the
 *   categories with money in it or in the month before, so a category that fell to zero shows
 *   its change too. The first month has no change: the month before it is outside the range.
 */
import type { Money, Transaction } from '../model/report-model.js';
import { firstDayOf, lastDayOf, monthKey, monthNumber } from './calendar.js';
import { uncategorizedId } from './transaction-filter.js';

export interface CategoryFlow {
  /** The category's id; `uncategorizedId` for transactions without one. */
  id: string;
  name?: string;
  /** Positive minor units. */
  income: number;
  spending: number;
  /** This month's minus the previous month's; absent in the range's first month. */
  incomeChange?: number;
  spendingChange?: number;
}

export interface MonthFlow {
  /** `YYYY-MM`. */
  month: string;
  /** The month's first and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Positive minor units of the series' currency. */
  income: number;
  spending: number;
  /** Income minus spending. */
  net: number;
  /** Transactions counted. */
  count: number;
  /** Largest spending first, then largest income, then by id. */
  categories: CategoryFlow[];
}

export interface CurrencyCashFlow {
  currency: string;
  months: MonthFlow[];
}

export interface CashFlowOptions {
  /** Ids of transactions to leave out: own-account transfers (see `transferIds`). */
  exclude?: ReadonlySet<string>;
  /** Inclusive `YYYY-MM-DD` bounds; transactions outside are left out. */
  from?: string;
  to?: string;
}

interface CategorySums {
  name: string | undefined;
  income: Float64Array;
  spending: Float64Array;
}

interface CurrencySums {
  currency: string;
  income: Float64Array;
  spending: Float64Array;
  count: Int32Array;
  categories: Map<string, CategorySums>;
}

const noExclusions: ReadonlySet<string> = new Set();

/** Per currency, most transactions first; months oldest first. */
export function cashFlow(transactions: readonly Transaction[], options: CashFlowOptions = {}): CurrencyCashFlow[] {
  const exclude = options.exclude ?? noExclusions;
  const { from, to } = options;
  const counts = (transaction: Transaction): boolean =>
    transaction.amount !== undefined && !exclude.has(transaction.id) && (from === undefined || transaction.date >= from) && (to === undefined || transaction.date <= to);

  let first = from === undefined ? Infinity : monthNumber(from);
  let last = to === undefined ? -Infinity : monthNumber(to);
  if (from === undefined || to === undefined) {
    for (const transaction of transactions) {
      if (!counts(transaction)) continue;
      const month = monthNumber(transaction.date);
      if (from === undefined && month < first) first = month;
      if (to === undefined && month > last) last = month;
    }
  }
  if (!(first <= last)) return [];
  const length = last - first + 1;

  const sums = new Map<string, CurrencySums>();
  let entry: CurrencySums | undefined;
  for (const transaction of transactions) {
    if (!counts(transaction)) continue;
    const amount = transaction.amount as Money;
    // Nearly every transaction has the previous one's currency: skip the map lookup then.
    if (entry?.currency !== amount.currency) {
      entry = sums.get(amount.currency);
      if (!entry) {
        entry = { currency: amount.currency, income: new Float64Array(length), spending: new Float64Array(length), count: new Int32Array(length), categories: new Map() };
        sums.set(amount.currency, entry);
      }
    }
    const slot = monthNumber(transaction.date) - first;
    const category = transaction.categories[0];
    const id = category?.id ?? uncategorizedId;
    let perCategory = entry.categories.get(id);
    if (!perCategory) {
      perCategory = { name: category?.name, income: new Float64Array(length), spending: new Float64Array(length) };
      entry.categories.set(id, perCategory);
    }
    perCategory.name ??= category?.name;
    if (amount.minor >= 0) {
      add(entry.income, slot, amount.minor);
      add(perCategory.income, slot, amount.minor);
    } else {
      add(entry.spending, slot, -amount.minor);
      add(perCategory.spending, slot, -amount.minor);
    }
    add(entry.count, slot, 1);
  }

  const result: (CurrencyCashFlow & { total: number })[] = [];
  for (const currencySums of sums.values()) {
    const months: MonthFlow[] = [];
    let total = 0;
    for (let slot = 0; slot < length; slot += 1) {
      const income = at(currencySums.income, slot);
      const spending = at(currencySums.spending, slot);
      total += at(currencySums.count, slot);
      months.push({
        month: monthKey(first + slot),
        from: firstDayOf(first + slot),
        to: lastDayOf(first + slot),
        income,
        spending,
        net: income - spending,
        count: at(currencySums.count, slot),
        categories: categoriesOf(currencySums.categories, slot),
      });
    }
    result.push({ currency: currencySums.currency, months, total });
  }
  return result.sort((a, b) => b.total - a.total).map(({ currency, months }) => ({ currency, months }));
}

const at = (sums: Float64Array | Int32Array, slot: number): number => sums[slot] as number;

const add = (sums: Float64Array | Int32Array, slot: number, value: number): void => {
  sums[slot] = (sums[slot] as number) + value;
};

function categoriesOf(categories: ReadonlyMap<string, CategorySums>, slot: number): CategoryFlow[] {
  const out: CategoryFlow[] = [];
  for (const [id, sums] of categories) {
    const income = at(sums.income, slot);
    const spending = at(sums.spending, slot);
    const previousIncome = slot > 0 ? at(sums.income, slot - 1) : 0;
    const previousSpending = slot > 0 ? at(sums.spending, slot - 1) : 0;
    if (income === 0 && spending === 0 && previousIncome === 0 && previousSpending === 0) continue;
    const flow: CategoryFlow = { id, income, spending };
    if (sums.name !== undefined) flow.name = sums.name;
    if (slot > 0) {
      flow.incomeChange = income - previousIncome;
      flow.spendingChange = spending - previousSpending;
    }
    out.push(flow);
  }
  return out.sort((a, b) => b.spending - a.spending || b.income - a.income || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
