import type { Transaction } from '../model/report-model.js';

export interface TransactionSelectDetail {
  transaction: Transaction;
}

/** A user activated a transaction row, by click, Enter or Space. */
export class Xs2aTransactionSelectEvent extends Event {
  static readonly eventName = 'xs2a-transaction-select';
  readonly detail: TransactionSelectDetail;

  constructor(detail: TransactionSelectDetail) {
    super(Xs2aTransactionSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-transaction-select': Xs2aTransactionSelectEvent;
  }
}
