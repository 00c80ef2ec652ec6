import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fires an outcome event (`xs2a-report-load`, `xs2a-error`) once the update that shows the
 * outcome has rendered, as `<img>` fires `load` once it has the image: a listener finds the report
 * or the error in the shadow DOM, however the report arrived.
 */
export class OutcomeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private pending?: Event;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.host = host;
    host.addController(this);
  }

  /** Fires `event` after the next update; an outcome not yet fired is replaced, never fired late. */
  fireAfterUpdate(event: Event): void {
    this.pending = event;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const event = this.pending;
    this.pending = undefined;
    if (event) this.host.dispatchEvent(event);
  }
}
