import { defineElement } from '../define-element.js';
import { prepareFormattersWhenIdle } from '../format/prepare.js';
import { Xs2aTransactionList } from './xs2a-transaction-list.js';

defineElement('xs2a-transaction-list', Xs2aTransactionList);
// ICU's set-up while the page waits for data, not when the element first formats it.
prepareFormattersWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-transaction-list': Xs2aTransactionList;
  }
}
