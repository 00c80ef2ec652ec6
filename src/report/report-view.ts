/**
 * What the viewer shows of one account under the user's criteria, derived in steps that each
 * rerun only when their inputs change: sorting 100,000 transactions happens when the sort
 * changes, not on every keystroke of a search.
 */
import type { Account, Category, ExpenseCategory, Transaction } from '../model/report-model.js';
import { filterTransactions, sortTransactions, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
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

/** The derivation steps of one viewer, each memoized on its own inputs. */
export function createViewPipeline() {
  return {
    sorted: memoize((transactions: readonly Transaction[], field: TransactionSort['field'], order: TransactionSort['order']) =>
      sortTransactions(transactions, { field, order }),
    ),
    visible: memoize((sorted: readonly Transaction[], filter: TransactionFilter) => filterTransactions(sorted, filter)),
    totals: memoize((visible: readonly Transaction[]): CurrencyTotals[] => summarizeTransactions(visible)),
    facts: memoize((account: Account) => accountFacts(account)),
  };
}
