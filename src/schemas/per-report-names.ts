/**
 * The per-report endpoint of each report module, `POST /insights/v1/reports/{name}/create`
 * (Klarna's "Report generation" pages). Read by the reference backend and the simulator only:
 * kept out of `reports.ts` so that the browser bundles do not carry the names.
 */
import type { ReportModuleType } from './reports.js';

export const perReportNames = {
  CATEGORIZED_TRANSACTIONSV2: 'categorization',
  BALANCE_OVER_TIME: 'balance-over-time',
  EXPENSE_CATEGORIES: 'expense-category',
  BALANCES: 'balances',
  ACCOUNT_INFOS: 'account-info',
} as const satisfies Record<ReportModuleType, string>;
