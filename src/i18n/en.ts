/**
 * English, the catalog the others follow: its shape is the `Messages` type (and `ConnectMessages`
 * for `<xs2a-connect>`), and every other language's file `satisfies` both, so the compiler names
 * a key a catalog lacks. Numbers, money and dates are not here: `Intl` formats them in the
 * element's locale.
 */
import type { Xs2aConnectState } from '../connect/events.js';
import { counted } from './counted.js';

/** Formatted amounts the balance chart's label names. */
export interface BalanceChartValues {
  first: string;
  last: string;
  min: string;
  max: string;
}

export const messages = {
  loading: 'Loading transactions…',
  loadError: 'The report could not be loaded.',
  retry: 'Try again',
  empty: 'No transactions in this period.',
  noMatches: 'No transactions match these filters.',
  clearFilters: 'Clear filters',
  searchLabel: 'Search transactions',
  searchPlaceholder: 'Search reference, name, brand or category',
  categoryFilter: 'Category',
  allCategories: 'All categories',
  directionFilter: 'Type',
  allDirections: 'Income and expenses',
  income: 'Income',
  expenses: 'Expenses',
  net: 'Net',
  fromDate: 'From',
  toDate: 'To',
  minAmount: 'Min amount',
  maxAmount: 'Max amount',
  sortLabel: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortLargestExpense: 'Largest expense first',
  sortLargestIncome: 'Largest income first',
  groupLabel: 'Group',
  groupByDay: 'By day',
  groupByMonth: 'By month',
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
  filtersDone: 'Done',
  activeFilters: 'Active filters',
  removeFilter: (name: string): string => `Remove filter: ${name}`,
  categoryCount: (count: number): string => `${counted('en', count)} categories`,
  amountFrom: (amount: string): string => `From ${amount}`,
  amountUpTo: (amount: string): string => `Up to ${amount}`,
  includeTransfers: 'Include transfers between own accounts',
  transfer: 'Transfer',
  transactionCount: (count: number): string => (count === 1 ? '1 transaction' : `${counted('en', count)} transactions`),
  transfersLeftOut: (count: number): string => (count === 1 ? '1 transfer not counted' : `${counted('en', count)} transfers not counted`),
  filteredPeriod: (period: string): string => `${period}, filtered`,
  resultCount: (count: number, total: number): string =>
    count === total ? (total === 1 ? '1 transaction' : `${counted('en', total)} transactions`) : `${counted('en', count)} of ${counted('en', total)} transactions`,
  hideAmounts: 'Hide amounts',
  showAmounts: 'Show amounts',
  exportCsv: 'Export CSV',
  /** The custom period's date fields: placeholder letters, messages, the calendar button. */
  dateField: {
    letters: { day: 'DD', month: 'MM', year: 'YYYY' },
    format: (placeholder: string): string => `Enter the date as ${placeholder}.`,
    noSuchDay: 'That day does not exist.',
    before: (date: string): string => `Choose a day on or after ${date}.`,
    after: (date: string): string => `Choose a day on or before ${date}.`,
    calendar: (label: string): string => `${label}: open calendar`,
  },
  csv: {
    /** The export's column headers, in the order of its columns. */
    columns: {
      date: 'Date',
      bookingDate: 'Booking date',
      valueDate: 'Value date',
      amount: 'Amount',
      currency: 'Currency',
      direction: 'Type',
      counterparty: 'Counterparty',
      counterpartyIban: 'Counterparty IBAN',
      reference: 'Reference',
      categories: 'Categories',
      brand: 'Brand',
      recurring: 'Recurring',
      pending: 'Pending',
      id: 'Transaction ID',
    },
    credit: 'Income',
    debit: 'Expense',
    yes: 'Yes',
    no: 'No',
  },
  recurring: 'Recurring',
  pending: 'Pending',
  other: 'Other',
  uncategorized: 'Uncategorized',
  /** The cash flow, commitments and affordability views, the running balance and the all-accounts totals. */
  insights: {
    cashFlow: 'Cash flow',
    cashFlowLabel: (period: string): string => `Income and spending per month, ${period}`,
    spending: 'Spending',
    month: 'Month',
    monthKeyboardHint: 'Arrow keys move from month to month; Home and End jump to the first and the last month.',
    negativeNet: 'Spent more than came in',
    topMovers: (month: string): string => `Biggest changes in ${month} against the month before`,
    firstMonth: 'The first month has no month before it to compare with.',
    noMovers: 'No category changed against the month before.',
    spentMore: 'more spent',
    spentLess: 'less spent',
    earnedMore: 'more income',
    earnedLess: 'less income',
    noCashFlow: 'No income or spending in this period.',
    commitments: 'Recurring payments and income',
    perMonth: 'Per month',
    payments: 'Payments',
    name: 'Name',
    cadence: 'Repeats',
    typicalAmount: 'Typical amount',
    lastDate: 'Last',
    nextDate: 'Next expected',
    cadences: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' },
    irregular: 'Irregular',
    ended: 'Ended',
    noCommitments: 'No recurring payments or income found.',
    affordability: 'Affordability',
    averageIncome: 'Average monthly income',
    averageSpending: 'Average monthly spending',
    incomeRegularity: 'Income regularity',
    lowestBalance: 'Lowest balance',
    daysBelowZero: 'Days below zero',
    largestOutflow: 'Largest single outflow',
    definitions: {
      averageIncome: 'Income of the full calendar months in the period, divided by their number.',
      averageSpending: 'Spending of the full calendar months in the period, divided by their number.',
      incomeRegularity: 'Share of full months whose income is within ±20% of the median month.',
      lowestBalance: 'Lowest end-of-day balance of the accounts together.',
      daysBelowZero: 'Days whose end-of-day balance was below zero.',
      largestOutflow: 'The largest single payment in the period.',
    },
    fullMonths: (count: number, period: string): string => `${count === 1 ? '1 full month' : `${count} full months`}, ${period}`,
    regularMonths: (regular: number, months: number): string => `${regular} of ${months} months`,
    dayCount: (days: number): string => (days === 1 ? '1 day' : `${days} days`),
    daysOf: (days: number, period: string): string => `of ${days === 1 ? '1 day' : `${days} days`}, ${period}`,
    onDate: (date: string): string => `on ${date}`,
    noFullMonth: 'No full calendar month in the period.',
    balanceUnknown: 'The balances do not show it.',
    noOutflow: 'No payments in the period.',
    noAffordability: 'No transactions to assess.',
    allAccounts: 'All accounts',
    allAccountsTotals: 'Totals across all accounts',
    accountCount: (count: number): string => (count === 1 ? '1 account' : `${count} accounts`),
    runningBalance: 'Balance after',
  },
  /** The transaction detail (`<xs2a-transaction-detail>`). */
  detailLabel: 'Transaction details',
  detailClose: 'Close details',
  detailStatus: 'Status',
  detailBooked: 'Booked',
  detailBookingDate: 'Booking date',
  detailValueDate: 'Value date',
  detailCounterparty: 'Counterparty',
  detailIban: 'IBAN',
  detailAccountNumber: 'Account number',
  detailBic: 'BIC',
  detailBank: 'Bank',
  detailReference: 'Reference',
  detailCategories: 'Categories',
  detailBrand: 'Merchant',
  detailWebsite: 'Website',
  detailRecurring: 'Repeats',
  detailRecurringYes: 'Recurring payment',
  detailRecurringNo: 'One-off',
  detailBankCode: 'Bank transaction code',
  detailNone: 'No transaction selected.',
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

/** The words the report, the transaction list and the charts show. */
export type Messages = typeof messages;

/**
 * The words of `<xs2a-connect>`, apart from `messages`: the button is the one element many pages
 * load alone, so it carries only these.
 */
export const connectMessages = {
  /** The button's label when the page gives none. */
  label: 'Connect your bank',
  /** What the live region announces in each state. */
  states: {
    idle: '',
    'creating-flow': 'Preparing the bank connection…',
    'loading-launcher': 'Opening the bank connection…',
    'in-flow': 'Bank connection open',
    completing: 'Completing the bank connection…',
    finished: 'Bank account connected',
    aborted: 'Bank connection cancelled',
    error: 'Bank connection failed',
  } satisfies Record<Xs2aConnectState, string>,
  /** Shown beside the button after an error or an abort, with `retry` as the button's label. */
  failed: 'The bank connection failed.',
  cancelled: 'The bank connection was cancelled.',
  retry: 'Try again',
};

/** The words `<xs2a-connect>` shows. */
export type ConnectMessages = typeof connectMessages;
