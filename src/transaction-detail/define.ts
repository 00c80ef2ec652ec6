import { defineElement } from '../define-element.js';
import { Xs2aTransactionDetail } from './xs2a-transaction-detail.js';

defineElement('xs2a-transaction-detail', Xs2aTransactionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-transaction-detail': Xs2aTransactionDetail;
  }
}
