/**
 * `xs2a-error`, fired by every element that talks to the network or reads a payload: the run or
 * the report failed, and `code` says where.
 */
import { copyDefined } from '../errors.js';
import type { Xs2aError, Xs2aErrorEventCode } from '../errors.js';
import { Xs2aEvent } from './xs2a-event.js';

export interface Xs2aErrorDetail {
  code: Xs2aErrorEventCode;
  message: string;
  flowId?: string;
  /** The HTTP status, for `http` and `invalid-response`. */
  status?: number;
  /**
   * Klarna's error category, e.g. `USER.ACCESS_DENIED.CREDENTIALS`: the flow's full one when it
   * ended in EXCEPTION (code `flow`), else the one the XS2A App passed to `onError` (`launcher`).
   */
  category?: string;
  /** Where a payload failed validation (`invalid-response`), e.g. `data.accounts[0].transactions[3].date`. */
  path?: string;
}

/** Terminal: the run failed; `code` says where. */
export class Xs2aErrorEvent extends Xs2aEvent<Xs2aErrorDetail> {
  static readonly eventName = 'xs2a-error';
  constructor(detail: Xs2aErrorDetail) {
    super(Xs2aErrorEvent.eventName, detail);
  }

  /** The event for an error; only the documented fields are copied, never a cause. */
  static from(error: Xs2aError & { code: Xs2aErrorEventCode }): Xs2aErrorEvent {
    const detail: Xs2aErrorDetail = { code: error.code, message: error.message };
    copyDefined(detail, error);
    return new Xs2aErrorEvent(detail);
  }
}
