import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Resolves after the next frame is painted: a task queued from its animation frame callback runs after the paint. */
const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    // A page in the background gets no frames: the timeout lets the work happen there too.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });

/**
 * Holds back the parts of a view that can wait one frame, for each new subject (a report): the
 * first frame of a report shows its header, summary, toolbar and first rows, and the charts follow
 * in the next. Their first render cost 18–21 ms of script in a fresh page, as much as the rows.
 */
export class AfterFirstPaint implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly subject: () => unknown;
  /** The subject whose deferred parts may render. */
  private shownFor: unknown;
  private waiting?: Promise<void>;

  constructor(host: ReactiveControllerHost, subject: () => unknown) {
    this.host = host;
    this.subject = subject;
    host.addController(this);
  }

  /** Whether the deferred parts of the current subject may render now. */
  get ready(): boolean {
    return this.shownFor === this.subject();
  }

  /** Settles when the deferred parts have been asked to render: for the host's `updateComplete`. */
  get pending(): Promise<void> | undefined {
    return this.waiting;
  }

  hostUpdated(): void {
    const subject = this.subject();
    if (subject === undefined || this.ready || this.waiting) return;
    this.waiting = afterNextPaint().then(() => {
      this.waiting = undefined;
      this.shownFor = this.subject();
      this.host.requestUpdate();
    });
  }
}

/**
 * Where the charts will be, for the frame before they are: the space of two chart cards side by
 * side (a card narrower than 26rem stacks its legend under the donut and is taller), so the list
 * below does not move when they arrive.
 */
export function renderChartsPending(): TemplateResult {
  return html`<div class="charts charts-pending" aria-hidden="true"><div><div></div></div><div><div></div></div></div>`;
}

export const chartsPendingStyles = css`
  .charts-pending > div {
    container-type: inline-size;
  }

  .charts-pending > div > div {
    min-height: 20.1rem;
  }

  @container (max-width: 26rem) {
    .charts-pending > div > div {
      min-height: 31.6rem;
    }
  }
`;
