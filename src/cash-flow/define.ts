import { defineElement } from '../define-element.js';
import { Xs2aCashFlow } from './xs2a-cash-flow.js';

defineElement('xs2a-cash-flow', Xs2aCashFlow);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-cash-flow': Xs2aCashFlow;
  }
}
