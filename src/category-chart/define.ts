import { defineElement } from '../define-element.js';
import { prepareFormattersWhenIdle } from '../format/prepare.js';
import { Xs2aCategoryChart } from './xs2a-category-chart.js';

defineElement('xs2a-category-chart', Xs2aCategoryChart);
// ICU's set-up while the page waits for data, not when the element first formats it.
prepareFormattersWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-category-chart': Xs2aCategoryChart;
  }
}
