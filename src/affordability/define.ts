import { defineElement } from '../define-element.js';
import { Xs2aAffordability } from './xs2a-affordability.js';

defineElement('xs2a-affordability', Xs2aAffordability);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-affordability': Xs2aAffordability;
  }
}
