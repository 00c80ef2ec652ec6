/**
 * Every tag of the package in `HTMLElementTagNameMap`, so `document.querySelector('xs2a-report')`
 * is typed after a type-only import of the package (`import type {} from 'xs2a-elements'`), not
 * only after the define modules ran. The define modules declare their own tag the same way.
 */
import type { Xs2aAffordability } from './affordability/xs2a-affordability.js';
import type { Xs2aBalanceChart } from './balance-chart/xs2a-balance-chart.js';
import type { Xs2aCashFlow } from './cash-flow/xs2a-cash-flow.js';
import type { Xs2aCategoryChart } from './category-chart/xs2a-category-chart.js';
import type { Xs2aCommitments } from './commitments/xs2a-commitments.js';
import type { Xs2aConnect } from './connect/xs2a-connect.js';
import type { Xs2aReport } from './report/xs2a-report.js';
import type { Xs2aTransactionDetail } from './transaction-detail/xs2a-transaction-detail.js';
import type { Xs2aTransactionList } from './transaction-list/xs2a-transaction-list.js';

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-connect': Xs2aConnect;
    'xs2a-report': Xs2aReport;
    'xs2a-transaction-list': Xs2aTransactionList;
    'xs2a-transaction-detail': Xs2aTransactionDetail;
    'xs2a-category-chart': Xs2aCategoryChart;
    'xs2a-balance-chart': Xs2aBalanceChart;
    'xs2a-cash-flow': Xs2aCashFlow;
    'xs2a-commitments': Xs2aCommitments;
    'xs2a-affordability': Xs2aAffordability;
  }
}

export {};
