import { defineElement } from '../define-element.js';
import { prepareFormattersWhenIdle } from '../format/prepare.js';
import { Xs2aBalanceChart } from './xs2a-balance-chart.js';

defineElement('xs2a-balance-chart', Xs2aBalanceChart);
// ICU's set-up while the page waits for data, not when the element first formats it.
prepareFormattersWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-balance-chart': Xs2aBalanceChart;
  }
}
