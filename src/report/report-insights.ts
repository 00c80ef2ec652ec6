/**
 * What the report computes beyond its figures: the transfers and the running balance its list
 * shows, while the page is idle; and its views below the list (cash flow by month, recurring
 * commitments, affordability), whose code and computations wait until the page comes near them.
 * Each is computed once per report and account (the data modules keep the results for as long
 * as the report lives), one computation per idle callback: the header, the charts and the list
 * come first, and at 100,000 transactions the views' 20–50 ms each never stack into one long
 * task. Until then the list shows no balances, and the views' place is an empty box.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { allAccounts, type AccountsTotals } from '../insights/all-accounts.js';
import { runningBalances, type RunningBalances } from '../insights/running-balance.js';
import { transferIds } from '../insights/transfers.js';
import type { Account, Report } from '../model/report-model.js';
import type { LocalizeController } from '../elements/localize-controller.js';
import type { DisplayOptions } from './report-sections.js';
import type * as ViewsModuleNamespace from './report-views.js';
import type { ViewsSource } from './report-views.js';
import { whenIdle } from './when-idle.js';

export interface InsightsSource {
  report: Report | undefined;
  account: Account | undefined;
}

/** The report's shown report and account, and the place of the views below its list. */
export interface InsightsHost {
  source: () => InsightsSource;
  place: () => HTMLElement | null | undefined;
}

type ViewsModule = typeof ViewsModuleNamespace;

/** How far below the screen the views' place may be when their code starts loading. */
const loadAhead = '0px 0px 400px 0px';

/** One chain of idle steps at a time; a new report or account cancels the old one. */
class IdleSteps {
  private cancel?: () => void;

  run(steps: (() => unknown)[], done: () => void): void {
    this.stop();
    const next = (): void => {
      this.cancel = whenIdle(() => {
        steps.shift()?.();
        if (steps.length > 0) next();
        else {
          this.cancel = undefined;
          done();
        }
      });
    };
    next();
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}

export class ReportInsightsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly source: () => InsightsSource;
  private readonly place: () => HTMLElement | null | undefined;
  private readonly listSteps = new IdleSteps();
  private readonly viewSteps = new IdleSteps();
  /** What the list shows: computed for this report and account. */
  private listFor?: InsightsSource;
  private listPending?: InsightsSource;
  private balancesReady?: RunningBalances;
  /** The views' code, once the page came near them; and the source their computations are done for. */
  private views?: ViewsModule;
  private viewsWanted = false;
  private viewsFor?: ViewsSource;
  private viewsPending?: InsightsSource;
  private observer?: IntersectionObserver;

  constructor(host: ReactiveControllerHost, { source, place }: InsightsHost) {
    this.host = host;
    this.source = source;
    this.place = place;
    host.addController(this);
  }

  /** The running balances of the shown report, once computed. */
  get balances(): RunningBalances | undefined {
    const { report, account } = this.source();
    return this.listFor && same(this.listFor, report, account) ? this.balancesReady : undefined;
  }

  private connected = false;

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    const { report, account } = this.source();
    // An update may still run after the report left the page: no work is started then.
    if (!report || !account || !this.connected) return;
    this.computeForList(report, account);
    this.observePlace();
    if (this.views) this.computeViews(this.views, report, account);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listSteps.stop();
    this.viewSteps.stop();
    this.listPending = undefined;
    this.viewsPending = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private computeForList(report: Report, account: Account): void {
    if ((this.listFor && same(this.listFor, report, account)) || (this.listPending && same(this.listPending, report, account))) return;
    this.listPending = { report, account };
    this.listSteps.run([() => transferIds(report), () => runningBalances(report)], () => {
      this.listPending = undefined;
      this.listFor = { report, account };
      this.balancesReady = runningBalances(report);
      this.host.requestUpdate();
    });
  }

  private computeViews(views: ViewsModule, report: Report, account: Account): void {
    if ((this.viewsFor && same(this.viewsFor, report, account)) || (this.viewsPending && same(this.viewsPending, report, account))) return;
    this.viewsPending = { report, account };
    const source: ViewsSource = { report, account, transfers: transferIds(report), accountIds: [account.id] };
    this.viewSteps.run(views.viewSteps(source), () => {
      this.viewsPending = undefined;
      this.viewsFor = source;
      this.host.requestUpdate();
    });
  }

  /** Watches the views' place until the page comes near it; then their code loads, once. */
  private observePlace(): void {
    const place = this.place();
    if (this.viewsWanted || !place || this.observer) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = undefined;
        this.viewsWanted = true;
        void this.loadViews();
      },
      { rootMargin: loadAhead },
    );
    this.observer.observe(place);
  }

  private async loadViews(): Promise<void> {
    try {
      const views = await import('./report-views.js');
      views.defineViews();
      this.views = views;
      this.host.requestUpdate();
    } catch (error) {
      // The rest of the report stays whole: the views are left out, and the next visit tries again.
      console.warn('xs2a-report: the cash flow, commitments and affordability views could not be loaded', error);
      this.viewsWanted = false;
      this.host.requestUpdate();
    }
  }

  render(display: DisplayOptions): TemplateResult | typeof nothing {
    const { report, account } = this.source();
    if (!report || !account) return nothing;
    const ready = this.views && this.viewsFor && same(this.viewsFor, report, account) ? this.viewsFor : undefined;
    return html`<div part="insights" class="insights">${ready && this.views ? this.views.renderViews(ready, display) : nothing}</div>`;
  }
}

const same = (computed: InsightsSource, report: Report | undefined, account: Account | undefined): boolean => computed.report === report && computed.account === account;

/** The account switcher's value for the combined view of every account. */
export const allAccountsIndex = -1;

const totalsByReport = new WeakMap<Report, AccountsTotals[]>();

/**
 * The combined view across a report's accounts: per currency, income, expenses and net without
 * own-account transfers, and the balance where every account in that currency has one. Currencies
 * are never added together: each has its own row.
 */
export function renderAllAccounts(report: Report, l10n: Pick<LocalizeController, 'locale' | 'messages' | 'money'>): TemplateResult {
  let totals = totalsByReport.get(report);
  if (!totals) {
    totals = allAccounts(report);
    totalsByReport.set(report, totals);
  }
  const { messages } = l10n;
  return html`<section part="all-accounts" aria-label=${messages.insights.allAccountsTotals}>
    ${totals.map(
      (total) => html`<dl class="currency-totals">
        <div class="currency">
          <dt>${total.currency}</dt>
          <dd>${messages.insights.accountCount(total.accounts)} · ${messages.resultCount(total.count, total.count)}</dd>
        </div>
        <div>
          <dt>${messages.income}</dt>
          <dd class="income">${l10n.money(total.income, total.currency)}</dd>
        </div>
        <div>
          <dt>${messages.expenses}</dt>
          <dd>${l10n.money(total.spending, total.currency)}</dd>
        </div>
        <div>
          <dt>${messages.net}</dt>
          <dd>${l10n.money(total.net, total.currency, 'exceptZero')}</dd>
        </div>
        ${total.balance === undefined
          ? nothing
          : html`<div>
              <dt>${messages.balance}</dt>
              <dd>${l10n.money(total.balance, total.currency)}</dd>
            </div>`}
      </dl>`,
    )}
  </section>`;
}

export const reportInsightsStyles = css`
  [part='all-accounts'] {
    display: grid;
    gap: var(--_space);
  }

  .currency-totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }

  .currency-totals div {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }

  .currency-totals dt {
    color: var(--_color-text-muted);
    font-size: 0.8125em;
  }

  .currency-totals dd {
    margin: 0.25rem 0 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .currency-totals .currency dt {
    color: inherit;
    font-size: 1.25em;
    font-weight: 600;
  }

  .currency-totals .currency dd {
    color: var(--_color-text-muted);
    font-size: 0.8125em;
    font-weight: normal;
  }

  .insights {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
`;
