import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './when-idle.js';

export interface RehearsalOptions {
  /** Whether the element has a report, or one is about to render (set through `.report`). */
  hasReport: () => boolean;
  /** The locale the element formats in: the rehearsal formats in it too. */
  locale: () => string;
}

/** A page has to rehearse once: templates, compiled code, formatters, fonts and style sheets are the page's. */
let rehearsed = false;
/** Cancels the wait for the page's idle time, while the rehearsal is asked for and not yet begun. */
let cancelWait: (() => void) | undefined;
/** The rehearsal on stage, until it has drawn whole or a report arrives. */
let stage: HTMLElement | undefined;
/** The sample report's own element, which the rehearsal of it must not stop. */
let actor: HTMLElement | undefined;
/** The elements connected without a report, each with the locale it formats in. */
const waiting = new Map<HTMLElement, () => string>();

/**
 * A report in Klarna's modular shape: six transactions on four days, a credit, debits and a
 * pending one, three categories, a brand, a balance series, the account's details and a second
 * account, so that each part of the first screen (header with its IBAN and account switcher,
 * summary, day headers, rows, both charts) renders once, in each font face the report uses: a
 * face's first use costs the page a font lookup (1–9 ms each, measured in Chromium on Linux).
 * Few bytes, as every report page loads them; no brand icon, as the rehearsal loads nothing from
 * the network.
 */
export function sampleReport(): unknown {
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
                state: index === 5 ? 'PENDING' : undefined,
              })),
            },
            { type: 'BALANCE_OVER_TIME', balances: days.map((date, index) => ({ date, balance: { amount: 99999 - 999 * index, currency: 'EUR' } })) },
            { type: 'BALANCES', balance: { amount: 99999, currency: 'EUR' } },
            { type: 'ACCOUNT_INFOS', account: { iban: 'DE00000000000000000000', account_alias: 'A', bank_name: 'B', holder_name: 'H' } },
          ],
        },
        { insights_account_id: 'b', reports: [] },
      ],
    },
  };
}

/**
 * The first report a fresh page shows pays for everything that happens once per page: compiling
 * the code of validation, model, sections, list and charts at its first call, lit's preparing each
 * template from its HTML, the formatters of the element's locale, the font faces, the style
 * sheets. Profiled at 100 transactions that was more than half of the time until the first rows
 * (41 ms of them against 17 ms for a page that had shown a report before).
 *
 * A page that loads the element's code before it has a report to show has that time to spare:
 * once the page is idle, this renders a small sample report once per page, out of sight, and
 * removes it once it has drawn whole. The stage is a shadow root of its own inside an element
 * that waits for its report, so that the element's own tree, its events and the page's
 * accessibility tree never show it; or, when no element is there yet (a framework that renders
 * the element once its report has arrived), at the end of the document's body, hidden, inert
 * and fixed, so that it moves nothing. The first report any element gets cancels it, or removes
 * it mid-way.
 */
export function rehearseWhenIdle(): void {
  if (rehearsed || cancelWait || typeof document === 'undefined') return;
  cancelWait = whenIdle(() => {
    cancelWait = undefined;
    void rehearse();
  });
}

/** Cancels the page's rehearsal, or removes it from the stage: a report is about to render. */
function stopRehearsal(): void {
  cancelWait?.();
  cancelWait = undefined;
  stage?.remove();
  stage = undefined;
  actor = undefined;
}

async function rehearse(): Promise<void> {
  if (rehearsed) return;
  const [host, locale] = [...waiting].find(([element]) => element.isConnected && element.shadowRoot) ?? [];
  // No body yet on a page whose idle time comes before its body is parsed.
  const parent = host?.shadowRoot ?? (document.body as HTMLElement | null);
  if (!parent) return;
  rehearsed = true;
  // Before the element's own content (lit's part starts after it, so no render of the element's
  // touches it), out of sight, unreachable by pointer (hidden), focus (inert) and assistive
  // technology, as wide as the element so that the same layout renders. Fixed: it adds no page
  // scroll and shifts nothing.
  const stageElement = document.createElement('div');
  stageElement.setAttribute('aria-hidden', 'true');
  stageElement.inert = true;
  const width = host ? host.clientWidth : document.documentElement.clientWidth;
  stageElement.style.cssText = `position:fixed;inset:0 auto auto 0;width:${Math.max(width, 320)}px;height:1px;overflow:hidden;visibility:hidden`;
  // The waiting element's own tag, which a page may have registered under another name.
  const rehearsal = document.createElement(host?.localName ?? 'xs2a-report') as HTMLElement & { report?: unknown; locale?: string; updateComplete?: Promise<unknown> };
  // Its outcome (`xs2a-report-load`) is never dispatched at all: a listener that stopped it on
  // the way would still come after the page's capturing listeners.
  rehearsal.dispatchEvent = () => true;
  if (locale) rehearsal.locale = locale();
  rehearsal.report = sampleReport();
  actor = rehearsal;
  stageElement.attachShadow({ mode: 'open' }).append(rehearsal);
  stage = stageElement;
  if (host) parent.prepend(stageElement);
  else parent.append(stageElement);
  try {
    await rehearsal.updateComplete;
  } finally {
    if (stage === stageElement) stopRehearsal();
  }
}

/**
 * Connects an element to the page's rehearsal: while it waits for its report, the rehearsal may
 * take place inside it; once it has one, the rehearsal stops.
 */
export class ReportRehearsal implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RehearsalOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RehearsalOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (rehearsed || this.options.hasReport()) return;
    waiting.set(this.host, this.options.locale);
    rehearseWhenIdle();
  }

  hostUpdate(): void {
    if (this.host === actor || !this.options.hasReport()) return;
    waiting.delete(this.host);
    stopRehearsal();
  }

  hostDisconnected(): void {
    waiting.delete(this.host);
    if (stage && stage.parentNode === this.host.shadowRoot) stopRehearsal();
  }
}
