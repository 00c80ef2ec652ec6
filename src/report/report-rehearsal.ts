import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './when-idle.js';

export interface RehearsalOptions {
  /** Whether the element has a report, or one is about to render (set through `.report`). */
  hasReport: () => boolean;
  /** The locale the element formats in: the rehearsal formats in it too. */
  locale: () => string;
}

/** A page has to rehearse once: templates, compiled code, formatters and style sheets are the page's. */
let rehearsed = false;

/**
 * A report of one account in Klarna's modular shape: six transactions on four days, a credit and
 * debits, three categories, a brand, and a balance series, so that each part of the first screen
 * (header, summary, day headers, rows, both charts) renders once. Few bytes, as every report page
 * loads them; no brand icon, as the rehearsal loads nothing from the network.
 */
function sampleReport(): unknown {
  const days = [1, 1, 4, 5, 5, 8].map((day) => `2024-03-0${day}`);
  return {
    data: {
      accounts: [
        {
          insights_account_id: 'a',
          refreshed_at: '2024-03-08T08:00:00Z',
          reports: [
            {
              type: 'CATEGORIZED_TRANSACTIONSV2',
              transactions: days.map((date, index) => ({
                id: `t${index}`,
                date,
                reference: `R${index}`,
                amount: { amount: 999 * (index + 1), currency: 'EUR' },
                type: index > 0 ? 'DEBIT' : 'CREDIT',
                categories: [{ id: `c${index % 3}`, name: `C${index % 3}` }],
                brand: index === 1 ? { id: 'b', name: 'B' } : undefined,
              })),
            },
            { type: 'BALANCE_OVER_TIME', balances: days.map((date, index) => ({ date, balance: { amount: 99999 - 999 * index, currency: 'EUR' } })) },
          ],
        },
      ],
    },
  };
}

/**
 * The first report a fresh page shows pays for everything that happens once per page: compiling
 * the code of validation, model, sections, list and charts at its first call, lit's preparing each
 * template from its HTML, the formatters of the element's locale, the style sheets. Profiled at
 * 100 transactions that was more than half of the time until the first rows (41 ms of them
 * against 17 ms for a page that had shown a report before).
 *
 * A page that adds the element and then fetches its report has that time to spare: once the
 * element is connected without a report, this renders a small sample report once per page, when
 * the page is idle, out of sight in a shadow root of its own (so the element's own tree, its
 * events and the page's accessibility tree never show it), and removes it once it has drawn
 * whole. A report that arrives first cancels it, or removes it mid-way.
 */
export class ReportRehearsal implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RehearsalOptions;
  private cancel?: () => void;
  private stage?: HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RehearsalOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (rehearsed || this.cancel) return;
    this.cancel = whenIdle(() => {
      this.cancel = undefined;
      void this.rehearse();
    });
  }

  hostUpdate(): void {
    if (this.options.hasReport()) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async rehearse(): Promise<void> {
    const { host } = this;
    if (rehearsed || this.options.hasReport() || !host.isConnected || !host.shadowRoot) return;
    rehearsed = true;
    // A stage before the element's own content (lit's part starts after it, so no render of the
    // element's touches it), out of sight, unreachable by pointer (hidden), focus (inert) and
    // assistive technology, as wide as the element so that the same layout renders. Fixed: it
    // adds no page scroll.
    const stage = document.createElement('div');
    stage.setAttribute('aria-hidden', 'true');
    stage.inert = true;
    stage.style.cssText = `position:fixed;inset:0 auto auto 0;width:${Math.max(host.clientWidth, 320)}px;height:1px;overflow:hidden;visibility:hidden`;
    const rehearsal = document.createElement(host.localName) as HTMLElement & { report?: unknown; locale?: string; updateComplete?: Promise<unknown> };
    // Its outcome (`xs2a-report-load`) is never dispatched at all: a listener that stopped it on
    // the way would still come after the page's capturing listeners.
    rehearsal.dispatchEvent = () => true;
    rehearsal.locale = this.options.locale();
    rehearsal.report = sampleReport();
    stage.attachShadow({ mode: 'open' }).append(rehearsal);
    this.stage = stage;
    host.shadowRoot.prepend(stage);
    try {
      await rehearsal.updateComplete;
    } finally {
      if (this.stage === stage) this.stop();
    }
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.stage?.remove();
    this.stage = undefined;
  }
}
