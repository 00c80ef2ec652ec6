/**
 * The events of `<xs2a-connect>`: one class per event, each with a readonly `detail`. All bubble
 * and cross shadow roots, so a page can listen on `document`.
 */
import { Xs2aEvent } from '../events/xs2a-event.js';
// Shared with the report, which fails the same way; exported here too, as connect's own event.
import { Xs2aErrorEvent } from '../events/xs2a-error-event.js';
export { Xs2aErrorEvent };
export type { Xs2aErrorDetail } from '../events/xs2a-error-event.js';
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
