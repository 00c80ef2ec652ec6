import { defineElement } from '../define-element.js';
import { Xs2aBalanceChart } from './xs2a-balance-chart.js';

defineElement('xs2a-balance-chart', Xs2aBalanceChart);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-balance-chart': Xs2aBalanceChart;
  }
}
