/**
 * What the viewer shows of one account under the user's criteria, derived in steps that each
 * rerun only when their inputs change: sorting 100,000 transactions happens when the sort
 * changes, not on every keystroke of a search.
 */
import type { Account, Category, ExpenseCategory, Transaction } from '../model/report-model.js';
import { filterIndexes, isFilterEmpty, SearchIndexBuilder, searchWords, sortTransactions, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import { perList } from '../insights/per-list.js';
import { expenseCategoriesFrom, summarizeTransactions, type CurrencyTotals } from '../insights/transaction-summary.js';
import { accountSpan, periodRange, type DateRange, type PeriodPreset } from './period.js';
import { spendingAt, spendingIndex, type SpendingIndex } from './spending-index.js';

/** A function that recomputes only when its argument list changes (by identity). */
export function memoize<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (lastArgs?.length === args.length && lastArgs.every((value, index) => Object.is(value, args[index]))) return lastResult as Result;
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

export interface AccountFacts {
  /** Every category in the account's transactions, by name. */
  categories: Category[];
  /** Spending per category: the report's own figures when it has them, else computed. */
  expenseCategories: ExpenseCategory[];
  hasUncategorized: boolean;
}

export function accountFacts(account: Account): AccountFacts {
  // Keyed by name first: JSON.parse hands short names over already hashed, and a name rarely
  // has two ids. Ids are the truth: a second id under a name is kept by id.
  const byName = new Map<string, Category>();
  const byId = new Map<string, Category>();
  let hasUncategorized = false;
  for (const transaction of account.transactions) {
    if (transaction.categories.length === 0) hasUncategorized = true;
    for (const category of transaction.categories) {
      const key = category.name ?? category.id;
      const named = byName.get(key);
      if (named === undefined) byName.set(key, category);
      if (named?.id !== category.id && !byId.has(category.id)) byId.set(category.id, category);
    }
  }
  const currency = account.currency ?? account.transactions.find((transaction) => transaction.amount)?.amount?.currency;
  return {
    categories: sortByName([...byId.values()]),
    expenseCategories: account.expenseCategories.length > 0 ? account.expenseCategories : currency ? expenseCategoriesFrom(account.transactions, currency) : [],
    hasUncategorized,
  };
}

const ascii = /^[\x20-\x7e]*$/;

/**
 * By name as people read it. ASCII names compare without a collator: its first use in a page
 * costs about 10 ms, for an order that differs only in punctuation.
 */
function sortByName(categories: Category[]): Category[] {
  const label = (category: Category): string => category.name ?? category.id;
  if (categories.every((category) => ascii.test(label(category)))) {
    const key = (category: Category): string => label(category).toLowerCase();
    return categories.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return categories.sort((a, b) => label(a).localeCompare(label(b)));
}

const sameCriteria = (a: TransactionFilter, b: TransactionFilter): boolean =>
  a.categoryIds === b.categoryIds &&
  a.direction === b.direction &&
  a.fromDate === b.fromDate &&
  a.toDate === b.toDate &&
  a.minAmount === b.minAmount &&
  a.maxAmount === b.maxAmount;

/**
 * Filtering for a search box: the search texts of a list are folded once, on its first search;
 * a query that only grows (each old word a prefix of a new one) searches the last result
 * instead of the whole list; and the results of recent queries are kept, so that deleting
 * what was just typed costs nothing.
 */
function createVisibleFilter(builderFor: (sorted: readonly Transaction[]) => SearchIndexBuilder, positionsOf: WeakMap<readonly Transaction[], readonly number[]>) {
  interface Result {
    words: string[];
    indexes: number[];
    transactions: Transaction[];
  }
  let base: { sorted: readonly Transaction[]; filter: TransactionFilter } | undefined;
  let last: Result | undefined;
  let lastFilter: TransactionFilter | undefined;
  const recent = new Map<string, Result>();
  const visible = (sorted: readonly Transaction[], filter: TransactionFilter): readonly Transaction[] => {
    if (isFilterEmpty(filter)) return sorted;
    if (base?.sorted === sorted && lastFilter === filter && last) return last.transactions;
    if (base?.sorted !== sorted || !sameCriteria(base.filter, filter)) {
      base = { sorted, filter };
      last = undefined;
      recent.clear();
    }
    const words = searchWords(filter.query);
    const key = words.join(' ');
    let result = recent.get(key);
    if (!result) {
      const narrows = last !== undefined && last.words.length > 0 && last.words.every((word, index) => words[index]?.includes(word));
      const indexes = filterIndexes(sorted, filter, words.length > 0 ? builderFor(sorted).build() : undefined, narrows ? last?.indexes : undefined);
      result = { words, indexes, transactions: indexes.map((index) => sorted[index] as Transaction) };
      positionsOf.set(result.transactions, indexes);
      if (recent.size >= recentQueries) recent.delete(recent.keys().next().value as string);
      recent.set(key, result);
    }
    last = result;
    lastFilter = filter;
    return result.transactions;
  };
  /** Builds the search index of `sorted` while `hasTime()`; true once it is ready. */
  const prepareSearch = (sorted: readonly Transaction[], hasTime: () => boolean): boolean => builderFor(sorted).step(hasTime);
  return { visible, prepareSearch };
}

/** How many queries' results a viewer keeps for the user's backspace. */
const recentQueries = 8;

/** The same criteria without the category filter, the same object while the criteria stay. */
const withoutCategories = memoize((filter: TransactionFilter): TransactionFilter => ({ ...filter, categoryIds: undefined }));

/** What the figures (summary and category chart) of a view add up. */
export interface Figures {
  /** Income, expenses and net of the shown transactions, transfers left out unless included. */
  totals: CurrencyTotals[];
  /** Spending per category of the same transactions, but under every category: picking one highlights it, it does not empty the others. */
  categories: ExpenseCategory[];
  /** How many shown transactions are own-account transfers the figures leave out. */
  transfersLeftOut: number;
}

/** The derivation steps of one viewer, each memoized on its own inputs. */
export function createViewPipeline() {
  // One search index for the list and the figures: they search the same sorted transactions.
  let builder: SearchIndexBuilder | undefined;
  const builderFor = (sorted: readonly Transaction[]): SearchIndexBuilder => {
    if (builder?.transactions !== sorted) builder = new SearchIndexBuilder(sorted);
    return builder;
  };
  /** Each filtered list's positions in the sorted list it came from. */
  const positionsOf = new WeakMap<readonly Transaction[], readonly number[]>();
  const list = createVisibleFilter(builderFor, positionsOf);
  // The category chart's transactions pass every criterion but the categories: its own filter, so
  // the list's cache of recent searches is not thrown away on every keystroke.
  const uncategorized = createVisibleFilter(builderFor, positionsOf);
  // Per list, not only the last: a search's earlier results come back with the backspace, and
  // their figures with them. One pass over 100,000 transactions costs about 10 ms.
  const withoutTransfers = new WeakMap<ReadonlySet<string>, (list: readonly Transaction[]) => readonly Transaction[]>();
  const counted = (transactions: readonly Transaction[], transfers: ReadonlySet<string>, include: boolean): readonly Transaction[] => {
    if (include || transfers.size === 0) return transactions;
    let filter = withoutTransfers.get(transfers);
    if (!filter) {
      filter = perList((list) => list.filter((transaction) => !transfers.has(transaction.id)));
      withoutTransfers.set(transfers, filter);
    }
    return filter(transactions);
  };
  const totals = perList((shown): CurrencyTotals[] => summarizeTransactions(shown));
  const categoriesBy = new Map<string, (list: readonly Transaction[]) => ExpenseCategory[]>();
  const categoriesOfAll = (shown: readonly Transaction[], currency: string): ExpenseCategory[] => {
    let compute = categoriesBy.get(currency);
    if (!compute) {
      compute = perList((list) => expenseCategoriesFrom(list, currency));
      categoriesBy.set(currency, compute);
    }
    return compute(shown);
  };
  /** The sorted list's spending as typed arrays, for the categories of each filtered list of it. */
  const spending = memoize((sorted: readonly Transaction[], currency: string, excluded: ReadonlySet<string> | undefined): SpendingIndex => spendingIndex(sorted, currency, excluded));
  /**
   * The figures of the shown transactions: the summary sums exactly the list (transfers left out
   * unless `includeTransfers`); the chart the same, under every category. With nothing narrowing
   * them, the chart sums the account's own list, so a change of sort does not sum it again.
   */
  const figures = memoize(
    (
      all: readonly Transaction[],
      sorted: readonly Transaction[],
      visible: readonly Transaction[],
      filter: TransactionFilter,
      transfers: ReadonlySet<string>,
      includeTransfers: boolean,
      currency: string,
    ): Figures => {
      const summed = counted(visible, transfers, includeTransfers);
      const chartBase = filter.categoryIds ? uncategorized.visible(sorted, withoutCategories(filter)) : visible;
      const positions = positionsOf.get(chartBase);
      const excluded = includeTransfers || transfers.size === 0 ? undefined : transfers;
      return {
        totals: totals(summed),
        categories:
          chartBase === sorted
            ? categoriesOfAll(counted(all, transfers, includeTransfers), currency)
            : positions
              ? spendingAt(spending(sorted, currency, excluded), positions, currency)
              : categoriesOfAll(counted(chartBase, transfers, includeTransfers), currency),
        transfersLeftOut: visible.length - summed.length,
      };
    },
  );
  return {
    sorted: memoize((transactions: readonly Transaction[], field: TransactionSort['field'], order: TransactionSort['order']) =>
      sortTransactions(transactions, { field, order }),
    ),
    visible: list.visible,
    prepareSearch: list.prepareSearch,
    figures,
    facts: memoize((account: Account) => accountFacts(account)),
    /** The days an account's data covers, within what the page asked for. */
    span: memoize((account: Account, from: string | undefined, to: string | undefined): DateRange => accountSpan(account, { from, to })),
    periodRange: memoize((period: PeriodPreset, span: DateRange, from: string | undefined, to: string | undefined): DateRange => periodRange(period, span, { from, to })),
    /** The filter with the period's days; "all time" adds none, so nothing is filtered for it. */
    criteria: memoize((filter: TransactionFilter, period: PeriodPreset, range: DateRange): TransactionFilter =>
      period === 'all' ? filter : { ...filter, fromDate: range.from, toDate: range.to },
    ),
    hasTransfers: memoize((transactions: readonly Transaction[], transfers: ReadonlySet<string>): boolean =>
      transfers.size > 0 && transactions.some((transaction) => transfers.has(transaction.id)),
    ),
  };
}
