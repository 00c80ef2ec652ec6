/**
 * The English words every display element may show at once: the report's first screen, the
 * transaction list and the charts. The words of what loads later (the filter controls, the custom
 * dates, the CSV export, the views below the list, the transaction detail) are in the modules
 * beside this one and travel with that code; `en.ts` puts them all together as the catalog the
 * other languages follow.
 */
import { counted } from './counted.js';

/** Formatted amounts the balance chart's label names. */
export interface BalanceChartValues {
  first: string;
  last: string;
  min: string;
  max: string;
}

export const displayMessages = {
  loading: 'Loading transactions…',
  loadError: 'The report could not be loaded.',
  retry: 'Try again',
  empty: 'No transactions in this period.',
  noMatches: 'No transactions match these filters.',
  clearFilters: 'Clear filters',
  searchLabel: 'Search transactions',
  searchPlaceholder: 'Search reference, name, brand or category',
  income: 'Income',
  expenses: 'Expenses',
  net: 'Net',
  sortLabel: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortLargestExpense: 'Largest expense first',
  sortLargestIncome: 'Largest income first',
  /** The report's period, filters and figures. */
  searchHint: 'Name, amount or category',
  periodLabel: 'Period',
  periodAll: 'All time',
  periodThisMonth: 'This month',
  periodLastMonth: 'Last month',
  periodLast90Days: 'Last 90 days',
  periodCustom: 'Custom dates',
  filters: 'Filters',
  activeFilterCount: (count: number): string => (count === 1 ? '1 active' : `${count} active`),
  activeFilters: 'Active filters',
  removeFilter: (name: string): string => `Remove filter: ${name}`,
  categoryCount: (count: number): string => `${counted('en', count)} categories`,
  amountFrom: (amount: string): string => `From ${amount}`,
  amountUpTo: (amount: string): string => `Up to ${amount}`,
  transfer: 'Transfer',
  transactionCount: (count: number): string => (count === 1 ? '1 transaction' : `${counted('en', count)} transactions`),
  transfersLeftOut: (count: number): string => (count === 1 ? '1 transfer not counted' : `${counted('en', count)} transfers not counted`),
  filteredPeriod: (period: string): string => `${period}, filtered`,
  resultCount: (count: number, total: number): string =>
    count === total ? (total === 1 ? '1 transaction' : `${counted('en', total)} transactions`) : `${counted('en', count)} of ${counted('en', total)} transactions`,
  hideAmounts: 'Hide amounts',
  showAmounts: 'Show amounts',
  exportCsv: 'Export CSV',
  recurring: 'Recurring',
  pending: 'Pending',
  other: 'Other',
  uncategorized: 'Uncategorized',
  /** The all-accounts totals and the running balance; the views' words are in `en-views.ts`. */
  insights: {
    allAccounts: 'All accounts',
    allAccountsTotals: 'Totals across all accounts',
    accountCount: (count: number): string => (count === 1 ? '1 account' : `${count} accounts`),
    runningBalance: 'Balance after',
  },
  /** The transaction detail (`<xs2a-transaction-detail>`). */
  detailLabel: 'Transaction details',
  /** The report's states: loading, no report yet, errors a consumer can act on. */
  loadingReport: 'Loading your transactions',
  noReportTitle: 'No report yet',
  noReportText: 'Connect your bank to see your transactions here.',
  errorNetwork: "We couldn't load your transactions. Check your connection and try again.",
  errorNotFound: "We couldn't find this report. It may have expired: connect your bank again to get a new one.",
  errorUnauthorized: 'Your session has ended. Sign in again to see your transactions.',
  errorServer: "Your transactions can't be loaded right now. Please try again in a moment.",
  errorInvalid: "We received your transactions in a form we couldn't read. Please try again later.",
  errorUnreadable: "This report can't be shown: its data is incomplete or in a format we don't know.",
  /** The current balance in the header; `date` as the short date style formats it. */
  balanceOn: (date: string): string => `Balance on ${date}`,
  currentBalance: 'Current balance',
  transactions: 'Transactions',
  expenseCategories: 'Expenses by category',
  balanceOverTime: 'Balance over time',
  date: 'Date',
  balance: 'Balance',
  account: 'Account',
  accountSwitcher: 'Choose account',
  showIban: 'Show full IBAN',
  hideIban: 'Mask IBAN',
  refreshedAt: (when: string): string => `Updated ${when}`,
  summary: 'Summary',
  chartAsTable: 'Show as table',
  noExpenses: 'No expenses in this period.',
  noBalances: 'Not enough balance data for a chart.',
  noBalancesInPeriod: 'No balances in this period.',
  /** The balance chart with one day of balances: no line can be drawn through one point. */
  singleBalance: 'Only one balance in this period, so there is no trend to draw.',
  /** A period open at one end, as charts and captions name it. */
  periodSince: (date: string): string => `Since ${date}`,
  periodUntil: (date: string): string => `Until ${date}`,
  /** The category chart's list, named with the period it covers. */
  expenseCategoriesIn: (period: string): string => `Expenses by category, ${period}`,
  /** The balance chart's accessible name; without `values` in privacy mode. */
  balanceChartLabel: (from: string, to: string, values?: BalanceChartValues): string =>
    `Balance from ${from} to ${to}` + (values ? `: ${values.first} at the start, ${values.last} at the end, lowest ${values.min}, highest ${values.max}` : ''),
  chartKeyboardHint: 'Arrow keys move from day to day; Home and End jump to the first and the last day.',
};

/** The words every display element has at once. */
export type DisplayMessages = typeof displayMessages;
