import { defineElement } from '../define-element.js';
import '../balance-chart/define.js';
import '../category-chart/define.js';
import '../transaction-list/define.js';
import { rehearseWhenIdle } from './report-rehearsal.js';
import { Xs2aReport } from './xs2a-report.js';

defineElement('xs2a-report', Xs2aReport);
// The page's first report comes sooner once the page has rehearsed one (see report-rehearsal.ts).
rehearseWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-report': Xs2aReport;
  }
}
