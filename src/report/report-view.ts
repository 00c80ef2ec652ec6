/**
 * What the viewer shows of one account under the user's criteria, derived in steps that each
 * rerun only when their inputs change. Each order of an account's transactions is computed once
 * and kept; the criteria select positions in the account's list whatever the sort, and the shown
 * list walks the order over them; the figures sum typed arrays at those positions
 * (`transaction-index.ts`, `spending-index.ts`). At 100,000 transactions a search keystroke, a
 * category filter, a sort change and a period change each fit in a frame (bench/RESULTS.md).
 */
import type { Account, Category, ExpenseCategory, Transaction } from '../model/report-model.js';
import { isFilterEmpty, searchWords, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import { perList } from '../insights/per-list.js';
import { expenseCategoriesFrom, summarizeTransactions, type CurrencyTotals } from '../insights/transaction-summary.js';
import { accountSpan, periodRange, type DateRange, type PeriodPreset } from './period.js';
import { firstRanks, flagsOf, spendingAt, spendingIndex, totalsAt, type SpendingIndex } from './spending-index.js';
import { TransactionIndex, type ListOrder } from './transaction-index.js';

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
 * Filtering for a search box, as positions in a list whatever its sort: a query that only grows
 * (each old word a prefix of a new one) searches the last result instead of the whole list; and
 * the results of recent queries are kept, so that deleting what was just typed costs nothing.
 */
function createMatcher() {
  interface Result {
    words: string[];
    matches: number[];
  }
  let base: { index: TransactionIndex; filter: TransactionFilter } | undefined;
  let last: Result | undefined;
  let lastFilter: TransactionFilter | undefined;
  const recent = new Map<string, Result>();
  return (index: TransactionIndex, filter: TransactionFilter): number[] => {
    if (base?.index === index && lastFilter === filter && last) return last.matches;
    if (base?.index !== index || !sameCriteria(base.filter, filter)) {
      base = { index, filter };
      last = undefined;
      recent.clear();
    }
    const words = searchWords(filter.query);
    const key = words.join(' ');
    let result = recent.get(key);
    if (!result) {
      const narrows = last !== undefined && last.words.length > 0 && last.words.every((word, position) => words[position]?.includes(word));
      result = { words, matches: index.matches(filter, narrows ? last?.matches : undefined) };
      if (recent.size >= recentQueries) recent.delete(recent.keys().next().value as string);
      recent.set(key, result);
    }
    last = result;
    lastFilter = filter;
    return result.matches;
  };
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

/** A list the pipeline handed out: a sorted list (`matches` undefined) or a filtered one. */
interface View {
  index: TransactionIndex;
  order: ListOrder;
  /** Positions in `index.transactions`, ascending. */
  matches?: readonly number[];
}

/** The derivation steps of one viewer, each memoized on its own inputs. */
export function createViewPipeline() {
  const indexes = new WeakMap<readonly Transaction[], TransactionIndex>();
  const indexOf = (transactions: readonly Transaction[]): TransactionIndex => {
    let index = indexes.get(transactions);
    if (!index) {
      index = new TransactionIndex(transactions);
      indexes.set(transactions, index);
    }
    return index;
  };
  const views = new WeakMap<readonly Transaction[], View>();
  /** A list not from `sorted` is taken as sorted already: its own order. */
  const viewOf = (sorted: readonly Transaction[]): View => {
    let view = views.get(sorted);
    if (!view) {
      const index = indexOf(sorted);
      view = { index, order: index.identity };
      views.set(sorted, view);
    }
    return view;
  };
  /** Each filtered list per result and order: the same array while both stay, and back with a result. */
  const lists = new WeakMap<readonly number[], Map<ListOrder, Transaction[]>>();
  const listOf = (view: View, matches: readonly number[]): Transaction[] => {
    let byOrder = lists.get(matches);
    if (!byOrder) {
      byOrder = new Map();
      lists.set(matches, byOrder);
    }
    let list = byOrder.get(view.order);
    if (!list) {
      list = view.order.select(matches);
      byOrder.set(view.order, list);
      views.set(list, { index: view.index, order: view.order, matches });
    }
    return list;
  };
  const matcher = createMatcher();
  // The category chart's transactions pass every criterion but the categories: its own matcher, so
  // the list's cache of recent searches is not thrown away on every keystroke.
  const chartMatcher = createMatcher();
  const visible = (sorted: readonly Transaction[], filter: TransactionFilter): readonly Transaction[] => {
    if (isFilterEmpty(filter)) return sorted;
    const view = viewOf(sorted);
    return listOf(view, matcher(view.index, filter));
  };

  // Per list, not only the last; one pass over 100,000 transactions costs about 10 ms.
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
  const categoriesBy = new Map<string, (list: readonly Transaction[]) => ExpenseCategory[]>();
  const categoriesOfAll = (shown: readonly Transaction[], currency: string): ExpenseCategory[] => {
    let compute = categoriesBy.get(currency);
    if (!compute) {
      compute = perList((list) => expenseCategoriesFrom(list, currency));
      categoriesBy.set(currency, compute);
    }
    return compute(shown);
  };
  const transferFlags = memoize((index: TransactionIndex, transfers: ReadonlySet<string>): Uint8Array => flagsOf(index.transactions, transfers));
  /** The list's spending as typed arrays, for the categories of each filtered list of it. */
  const spending = memoize((list: readonly Transaction[], currency: string, excluded: ReadonlySet<string> | undefined): SpendingIndex => spendingIndex(list, currency, excluded));
  /**
   * The figures of the shown transactions: the summary sums exactly the list (transfers left out
   * unless `includeTransfers`); the chart the same, under every category. With nothing narrowing
   * them, the chart sums the account's own list, so a change of sort does not sum it again. Both
   * read typed arrays over the positions of what passed, never the transaction objects.
   */
  const figures = memoize(
    (
      all: readonly Transaction[],
      sorted: readonly Transaction[],
      shown: readonly Transaction[],
      filter: TransactionFilter,
      transfers: ReadonlySet<string>,
      includeTransfers: boolean,
      currency: string,
    ): Figures => {
      const include = includeTransfers || transfers.size === 0;
      const view = views.get(shown) ?? (shown === sorted ? viewOf(sorted) : undefined);
      if (!view) {
        // A list from elsewhere: its own transactions, summed.
        const summed = counted(shown, transfers, includeTransfers);
        return { totals: summarizeTransactions(summed), categories: expenseCategoriesFrom(summed, currency), transfersLeftOut: shown.length - summed.length };
      }
      const { index, order, matches } = view;
      const flags = include ? undefined : transferFlags(index, transfers);
      const { totals, leftOut } = totalsAt(index.money, matches, flags, () => order.rankOf);
      const chartFilter = filter.categoryIds ? withoutCategories(filter) : filter;
      const chartMatches = matches === undefined || isFilterEmpty(chartFilter) ? undefined : filter.categoryIds ? chartMatcher(index, chartFilter) : matches;
      let categories: ExpenseCategory[];
      if (chartMatches === undefined) categories = categoriesOfAll(counted(all, transfers, includeTransfers), currency);
      else {
        const spent = spending(index.transactions, currency, include ? undefined : transfers);
        // Equal sums keep the order of first appearance in the sorted list, as summing it gave.
        categories = spendingAt(spent, chartMatches, currency, () => firstRanks(spent, chartMatches, order.rankOf));
      }
      return { totals, categories, transfersLeftOut: leftOut };
    },
  );
  return {
    /** The account's transactions in a sort order, one array per order for as long as the list lives. */
    sorted: (transactions: readonly Transaction[], field: TransactionSort['field'], order: TransactionSort['order']): readonly Transaction[] => {
      const index = indexOf(transactions);
      const listOrder = index.order(field, order);
      const list = listOrder.list;
      if (!views.has(list)) views.set(list, { index, order: listOrder });
      return list;
    },
    visible,
    /** Builds the search index, the criteria and the lists in `sorts` of `sorted`'s transactions while `hasTime()`; true once ready. */
    prepare: (sorted: readonly Transaction[], hasTime: () => boolean, sorts: readonly TransactionSort[] = []): boolean => viewOf(sorted).index.prepare(hasTime, sorts),
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
