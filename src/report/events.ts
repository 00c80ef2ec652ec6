import type { Report } from '../model/report-model.js';

export interface ReportLoadDetail {
  /** The report, normalized. */
  report: Report;
}

/** A report fetched from the host backend was validated and is showing. */
export class Xs2aReportLoadEvent extends Event {
  static readonly eventName = 'xs2a-report-load';
  readonly detail: ReportLoadDetail;

  constructor(detail: ReportLoadDetail) {
    super(Xs2aReportLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-report-load': Xs2aReportLoadEvent;
  }
}
