import { Xs2aEvent } from '../events/xs2a-event.js';
import type { Transaction } from '../model/report-model.js';

export interface DetailCloseDetail {
  /** The transaction the detail was showing, if any. */
  transaction: Transaction | undefined;
}

/** A user asked to close the transaction detail: its close button, or Escape inside it. */
export class Xs2aDetailCloseEvent extends Xs2aEvent<DetailCloseDetail> {
  static readonly eventName = 'xs2a-detail-close';

  constructor(detail: DetailCloseDetail) {
    super(Xs2aDetailCloseEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-detail-close': Xs2aDetailCloseEvent;
  }
}
