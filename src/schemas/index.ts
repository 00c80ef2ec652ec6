/** Every Klarna payload and host-backend message the package reads or writes, as zod/mini schemas. */
export * from './common.js';
export * from './account-data.js';
export * from './sessions.js';
export * from './flows.js';
export * from './transactions.js';
export * from './host-backend.js';
export * from './categorized-transaction.js';
// Named, not `export *`: the normalizer's read-only variants of these schemas stay internal.
export {
  categorizedReportAccount,
  categorizedReport,
  categorizedReportRequest,
  balancePoint,
  expenseCategory,
  accountInfo,
  reportModuleTypes,
  isReportModuleType,
  isKnownReportModule,
  reportModule,
  modularReportAccount,
  modularReport,
  reportModuleRequest,
  modularReportRequest,
  perReportModule,
  perReportRequest,
  perReportResponse,
} from './reports.js';
export type {
  CategorizedReport,
  CategorizedReportRequest,
  KlarnaBalancePoint,
  KlarnaExpenseCategory,
  KlarnaAccountInfo,
  ReportModuleType,
  ReportModule,
  ModularReport,
  ModularReportRequest,
  PerReportModule,
  PerReportRequest,
  PerReportResponse,
  InsightsReport,
} from './reports.js';
export * from './launcher.js';
