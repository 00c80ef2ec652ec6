/**
 * The events of `<xs2a-connect>`: one class per event, each with a readonly `detail`. All bubble
 * and cross shadow roots, so a page can listen on `document`.
 */
import type { Xs2aError, Xs2aErrorEventCode } from '../errors.js';
import { Xs2aEvent } from '../events/xs2a-event.js';
import type { InsightsRefreshResult } from '../schemas/flows.js';

/** Where a run stands; reflected to the element's `state` attribute. */
export type Xs2aConnectState =
  | 'idle'
  | 'creating-flow'
  | 'loading-launcher'
  | 'in-flow'
  | 'completing'
  | 'finished'
  | 'aborted'
  | 'error';

export interface Xs2aStateChangeDetail {
  state: Xs2aConnectState;
  previous: Xs2aConnectState;
}

export interface Xs2aFlowDetail {
  flowId: string;
}

export interface Xs2aFinishedDetail {
  flowId: string;
  /** The flow's result exactly as Klarna returns it (snake_case). */
  result: InsightsRefreshResult;
}

export interface Xs2aAbortDetail {
  /** Absent when the run was aborted before the host backend created a flow. */
  flowId?: string;
}

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

/** The run moved to another state. */
export class Xs2aStateChangeEvent extends Xs2aEvent<Xs2aStateChangeDetail> {
  static readonly eventName = 'xs2a-state-change';
  constructor(detail: Xs2aStateChangeDetail) {
    super(Xs2aStateChangeEvent.eventName, detail);
  }
}

/** The XS2A App is showing. */
export class Xs2aReadyEvent extends Xs2aEvent<Xs2aFlowDetail> {
  static readonly eventName = 'xs2a-ready';
  constructor(detail: Xs2aFlowDetail) {
    super(Xs2aReadyEvent.eventName, detail);
  }
}

/** Terminal: the flow finished; `result` names the consumer and the refreshed accounts. */
export class Xs2aFinishedEvent extends Xs2aEvent<Xs2aFinishedDetail> {
  static readonly eventName = 'xs2a-finished';
  constructor(detail: Xs2aFinishedDetail) {
    super(Xs2aFinishedEvent.eventName, detail);
  }
}

/** Terminal: the consumer left the XS2A App, or the page called `abort()`. */
export class Xs2aAbortEvent extends Xs2aEvent<Xs2aAbortDetail> {
  static readonly eventName = 'xs2a-abort';
  constructor(detail: Xs2aAbortDetail) {
    super(Xs2aAbortEvent.eventName, detail);
  }
}

/** Terminal: the run failed; `code` says where. */
export class Xs2aErrorEvent extends Xs2aEvent<Xs2aErrorDetail> {
  static readonly eventName = 'xs2a-error';
  constructor(detail: Xs2aErrorDetail) {
    super(Xs2aErrorEvent.eventName, detail);
  }

  /** The event for an error; only the documented fields are copied, never a cause. */
  static from(error: Xs2aError & { code: Xs2aErrorEventCode }): Xs2aErrorEvent {
    const { code, message, flowId, status, category, path } = error;
    return new Xs2aErrorEvent({
      code,
      message,
      ...(flowId === undefined ? {} : { flowId }),
      ...(status === undefined ? {} : { status }),
      ...(category === undefined ? {} : { category }),
      ...(path === undefined ? {} : { path }),
    });
  }
}

/** The XS2A App closed; always after the run's terminal event. */
export class Xs2aCloseEvent extends Xs2aEvent<Xs2aFlowDetail> {
  static readonly eventName = 'xs2a-close';
  constructor(detail: Xs2aFlowDetail) {
    super(Xs2aCloseEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-state-change': Xs2aStateChangeEvent;
    'xs2a-ready': Xs2aReadyEvent;
    'xs2a-finished': Xs2aFinishedEvent;
    'xs2a-abort': Xs2aAbortEvent;
    'xs2a-error': Xs2aErrorEvent;
    'xs2a-close': Xs2aCloseEvent;
  }
}
