/**
 * xs2a-elements: element classes, event classes, zod schemas, types and pure helpers.
 * Importing this module registers nothing; import `xs2a-elements/define.js` for the tags.
 */
export { Xs2aError, isXs2aError } from './errors.js';
export type { Xs2aErrorCode, Xs2aErrorOptions } from './errors.js';
export { defineElement } from './define-element.js';
export type * from './tag-map.js';

export * from './schemas/index.js';
export { parsePayload, formatIssuePath } from './validation/parse-payload.js';

export type * from './model/report-model.js';

export { formatMoney, currencyFractionDigits, toMajorUnits, toMinorUnits } from './format/money.js';
export type { FormatMoneyOptions } from './format/money.js';
export { formatDate, formatDateTime, parseIsoDate, isValidIsoDate, toIsoDate } from './format/date.js';
export type { DateStyle } from './format/date.js';
export { groupIban, maskIban } from './format/iban.js';
export { toSafeHttpUrl } from './security/safe-url.js';

export { Xs2aConnect } from './connect/xs2a-connect.js';
export type { FlowOptions } from './connect/xs2a-connect.js';
export {
  Xs2aStateChangeEvent,
  Xs2aReadyEvent,
  Xs2aFinishedEvent,
  Xs2aAbortEvent,
  Xs2aErrorEvent,
  Xs2aCloseEvent,
} from './connect/events.js';
export type {
  Xs2aConnectState,
  Xs2aStateChangeDetail,
  Xs2aFlowDetail,
  Xs2aFinishedDetail,
  Xs2aAbortDetail,
  Xs2aErrorDetail,
} from './connect/events.js';
export type { Xs2aErrorEventCode } from './errors.js';
export type { Xs2aLauncher, Xs2aLauncherCallbacks } from './launcher/launcher-loader.js';

export { Xs2aCategoryChart } from './category-chart/xs2a-category-chart.js';
export { Xs2aCategorySelectEvent } from './category-chart/events.js';
export type { CategorySelectDetail } from './category-chart/events.js';
export { Xs2aBalanceChart } from './balance-chart/xs2a-balance-chart.js';
export { Xs2aCashFlow } from './cash-flow/xs2a-cash-flow.js';
export { Xs2aCommitments } from './commitments/xs2a-commitments.js';
export { Xs2aAffordability } from './affordability/xs2a-affordability.js';

export { Xs2aTransactionList } from './transaction-list/xs2a-transaction-list.js';
export { Xs2aTransactionSelectEvent } from './transaction-list/events.js';
export type { TransactionSelectDetail } from './transaction-list/events.js';
export { Xs2aTransactionDetail } from './transaction-detail/xs2a-transaction-detail.js';
export { Xs2aDetailCloseEvent } from './transaction-detail/events.js';
export type { DetailCloseDetail } from './transaction-detail/events.js';
export { Xs2aReport } from './report/xs2a-report.js';
export { Xs2aReportLoadEvent } from './report/events.js';
export type { ReportLoadDetail } from './report/events.js';

export { normalizeReport, detectReportGeneration } from './model/normalize-report.js';
export { filterTransactions, sortTransactions, foldForSearch, uncategorizedId } from './insights/transaction-filter.js';
export type { TransactionFilter, TransactionSort, SortField, SortOrder } from './insights/transaction-filter.js';
export { summarizeTransactions, groupTransactions, expenseCategoriesFrom, topCategories } from './insights/transaction-summary.js';
export type { CurrencyTotals, GroupBy, TransactionGroup, TopCategories } from './insights/transaction-summary.js';
export { transactionsToCsv } from './insights/transactions-csv.js';
export { transferIds } from './insights/transfers.js';
export { cashFlow } from './insights/cash-flow.js';
export type { CashFlowOptions, CategoryFlow, CurrencyCashFlow, MonthFlow } from './insights/cash-flow.js';
export { recurringCommitments, recurringRules } from './insights/recurring.js';
export type { Cadence, Commitment, MonthlyCommitments, RecurringCommitments, RecurringOptions } from './insights/recurring.js';
export { runningBalances } from './insights/running-balance.js';
export type { RunningBalances } from './insights/running-balance.js';
export { allAccounts } from './insights/all-accounts.js';
export type { AccountsTotals, AllAccountsOptions } from './insights/all-accounts.js';
export { affordability } from './insights/affordability.js';
export type { Affordability, AffordabilityOptions } from './insights/affordability.js';
export { messagesFor, languageOf } from './i18n/messages.js';
export type { Language, Messages } from './i18n/messages.js';
