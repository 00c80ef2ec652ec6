import { Xs2aEvent } from '../events/xs2a-event.js';
import type { Transaction } from '../model/report-model.js';

export interface TransactionSelectDetail {
  transaction: Transaction;
}

/** A user activated a transaction row, by click, Enter or Space. */
export class Xs2aTransactionSelectEvent extends Xs2aEvent<TransactionSelectDetail> {
  static readonly eventName = 'xs2a-transaction-select';

  constructor(detail: TransactionSelectDetail) {
    super(Xs2aTransactionSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-transaction-select': Xs2aTransactionSelectEvent;
  }
}
