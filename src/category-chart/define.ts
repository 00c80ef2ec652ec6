import { defineElement } from '../define-element.js';
import { Xs2aCategoryChart } from './xs2a-category-chart.js';

defineElement('xs2a-category-chart', Xs2aCategoryChart);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-category-chart': Xs2aCategoryChart;
  }
}
