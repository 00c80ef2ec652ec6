import { Xs2aEvent } from '../events/xs2a-event.js';
import type { Report } from '../model/report-model.js';

export interface ReportLoadDetail {
  /** The report, normalized. */
  report: Report;
  /**
   * The types of the report's modules the viewer does not show (e.g. a module Klarna added since),
   * each once; empty when it shows everything. The modules themselves are in `report.unknownModules`.
   */
  unknownModules: string[];
}

/** A report, fetched from the host backend or set by the page, was validated and is showing. */
export class Xs2aReportLoadEvent extends Xs2aEvent<ReportLoadDetail> {
  static readonly eventName = 'xs2a-report-load';

  constructor(detail: ReportLoadDetail) {
    super(Xs2aReportLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-report-load': Xs2aReportLoadEvent;
  }
}
