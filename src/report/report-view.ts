/**
 * What the viewer shows of one account under the user's criteria, derived in steps that each
 * rerun only when their inputs change: sorting 100,000 transactions happens when the sort
 * changes, not on every keystroke of a search.
 */
import type { Account, Category, ExpenseCategory, Transaction } from '../model/report-model.js';
import { filterIndexes, isFilterEmpty, searchTextOf, searchWords, sortTransactions, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import { expenseCategoriesFrom, summarizeTransactions, type CurrencyTotals } from '../insights/transaction-summary.js';

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
  const categories = new Map<string, Category>();
  let hasUncategorized = false;
  for (const transaction of account.transactions) {
    if (transaction.categories.length === 0) hasUncategorized = true;
    for (const category of transaction.categories) if (!categories.has(category.id)) categories.set(category.id, category);
  }
  const currency = account.currency ?? account.transactions.find((transaction) => transaction.amount)?.amount?.currency;
  return {
    categories: [...categories.values()].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id)),
    expenseCategories: account.expenseCategories.length > 0 ? account.expenseCategories : currency ? expenseCategoriesFrom(account.transactions, currency) : [],
    hasUncategorized,
  };
}

const sameCriteria = (a: TransactionFilter, b: TransactionFilter): boolean =>
  a.categoryIds === b.categoryIds &&
  a.direction === b.direction &&
  a.fromDate === b.fromDate &&
  a.toDate === b.toDate &&
  a.minAmount === b.minAmount &&
  a.maxAmount === b.maxAmount;

/**
 * Filtering for a search box: the search texts of a list are folded once, on its first search,
 * and a query that only grows (each old word a prefix of a new one) searches the last result
 * instead of the whole list.
 */
function createVisibleFilter(): (sorted: readonly Transaction[], filter: TransactionFilter) => Transaction[] {
  const texts = memoize((sorted: readonly Transaction[]) => sorted.map(searchTextOf));
  let last: { sorted: readonly Transaction[]; filter: TransactionFilter; indexes: number[]; result: Transaction[] } | undefined;
  return (sorted, filter) => {
    if (last?.sorted === sorted && last.filter === filter) return last.result;
    if (isFilterEmpty(filter)) {
      last = undefined;
      return sorted.slice();
    }
    const words = searchWords(filter.query);
    const previousWords = last ? searchWords(last.filter.query) : [];
    const narrows =
      last?.sorted === sorted &&
      sameCriteria(last.filter, filter) &&
      previousWords.length > 0 &&
      previousWords.every((word, index) => words[index]?.includes(word));
    const indexes = filterIndexes(sorted, filter, words.length > 0 ? texts(sorted) : undefined, narrows ? last?.indexes : undefined);
    const result = indexes.map((index) => sorted[index] as Transaction);
    last = { sorted, filter, indexes, result };
    return result;
  };
}

/** The derivation steps of one viewer, each memoized on its own inputs. */
export function createViewPipeline() {
  return {
    sorted: memoize((transactions: readonly Transaction[], field: TransactionSort['field'], order: TransactionSort['order']) =>
      sortTransactions(transactions, { field, order }),
    ),
    visible: createVisibleFilter(),
    totals: memoize((visible: readonly Transaction[]): CurrencyTotals[] => summarizeTransactions(visible)),
    facts: memoize((account: Account) => accountFacts(account)),
  };
}
