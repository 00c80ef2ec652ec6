import { defineElement } from '../define-element.js';
import { Xs2aTransactionList } from './xs2a-transaction-list.js';

defineElement('xs2a-transaction-list', Xs2aTransactionList);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-transaction-list': Xs2aTransactionList;
  }
}
