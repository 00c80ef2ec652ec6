import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Xs2aError, type Xs2aErrorEventCode } from '../errors.js';
import { Xs2aErrorEvent } from '../events/xs2a-error-event.js';
import type { Report } from '../model/report-model.js';
import { Xs2aReportLoadEvent } from './events.js';

/** A report the page set that cannot be read: the normalizer's error, or one naming the root. */
export const unreadableReport = (error: unknown): Xs2aError =>
  error instanceof Xs2aError && error.code === 'invalid-response'
    ? error
    : new Xs2aError('invalid-response', `Invalid report: ${error instanceof Error ? error.message : String(error)}`, { path: '(root)', cause: error });

/**
 * Fires the report's outcome, `xs2a-report-load` or `xs2a-error`, once the update that shows it
 * has rendered, as `<img>` fires `load` once it has the image: a listener finds the report or the
 * error in the shadow DOM, whether the report was fetched or set by the page.
 */
export class OutcomeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private pending?: Event;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.host = host;
    host.addController(this);
  }

  /** A report shows: `xs2a-report-load` with the types of the modules the viewer does not show. */
  loaded(report: Report): void {
    this.fireAfterUpdate(new Xs2aReportLoadEvent({ report, unknownModules: [...new Set(report.unknownModules.map((module) => module.type))] }));
  }

  /** No report shows: `xs2a-error` with the documented fields of `error`. */
  failed(error: Xs2aError): void {
    this.fireAfterUpdate(Xs2aErrorEvent.from(error as Xs2aError & { code: Xs2aErrorEventCode }));
  }

  hostUpdated(): void {
    const event = this.pending;
    this.pending = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /** An outcome not yet fired is replaced by a newer one, never fired late. */
  private fireAfterUpdate(event: Event): void {
    this.pending = event;
    this.host.requestUpdate();
  }
}
