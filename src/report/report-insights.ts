/**
 * The report's views beyond the list, below the charts: cash flow by month, recurring
 * commitments and the affordability summary of the shown account, and the running balance its
 * list shows. Each is computed once per report and account (the data modules keep the results
 * for as long as the report lives) and while the page is idle, one computation per idle
 * callback: the header, the charts and the list come first, and at 100,000 transactions the
 * views' 20–50 ms each never stack into one long task. Until then the section is absent; the
 * list shows its balances once they are known.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { affordabilityOf } from '../affordability/affordability-data.js';
import { cashFlowOf } from '../cash-flow/cash-flow-data.js';
import { commitmentsOf } from '../commitments/commitments-data.js';
import { allAccounts, type AccountsTotals } from '../insights/all-accounts.js';
import { runningBalances, type RunningBalances } from '../insights/running-balance.js';
import { transferIds } from '../insights/transfers.js';
import type { Account, Report } from '../model/report-model.js';
import type { LocalizeController } from '../elements/localize-controller.js';
import type { DisplayOptions } from './report-sections.js';
import { whenIdle } from './when-idle.js';

export interface InsightsSource {
  report: Report | undefined;
  account: Account | undefined;
}

/** What is ready for one report and account. */
interface Ready {
  report: Report;
  account: Account;
  transfers: ReadonlySet<string>;
  accountIds: readonly string[];
  balances: RunningBalances;
}

export class ReportInsightsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly source: () => InsightsSource;
  private cancel?: () => void;
  private pending?: { report: Report; account: Account };
  private ready?: Ready;

  constructor(host: ReactiveControllerHost, source: () => InsightsSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  /** The running balances of the shown report, once computed. */
  get balances(): RunningBalances | undefined {
    const { report, account } = this.source();
    return this.isReady(report, account) ? this.ready?.balances : undefined;
  }

  hostUpdated(): void {
    const { report, account } = this.source();
    if (!report || !account || this.isReady(report, account) || (this.pending?.report === report && this.pending.account === account)) return;
    this.cancel?.();
    this.pending = { report, account };
    const accountIds = [account.id];
    // One step per idle callback, each result kept by the data modules.
    const steps = [
      () => transferIds(report),
      () => cashFlowOf(account.transactions, transferIds(report)),
      () => commitmentsOf(account.transactions, transferIds(report)),
      () => affordabilityOf(report, accountIds),
      () => runningBalances(report),
    ];
    const next = (): void => {
      this.cancel = whenIdle(() => {
        const step = steps.shift();
        step?.();
        if (steps.length > 0) {
          next();
          return;
        }
        this.cancel = undefined;
        this.pending = undefined;
        this.ready = { report, account, transfers: transferIds(report), accountIds, balances: runningBalances(report) };
        this.host.requestUpdate();
      });
    };
    next();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.pending = undefined;
  }

  private isReady(report: Report | undefined, account: Account | undefined): boolean {
    return this.ready !== undefined && this.ready.report === report && this.ready.account === account;
  }

  render({ locale, theme, masked }: DisplayOptions): TemplateResult | typeof nothing {
    const { report, account } = this.source();
    const ready = this.isReady(report, account) ? this.ready : undefined;
    if (!ready) return nothing;
    return html`<div part="insights" class="insights">
      <xs2a-cash-flow
        part="cash-flow"
        .transactions=${ready.account.transactions}
        .transferIds=${ready.transfers}
        currency=${ifDefined(ready.account.currency)}
        locale=${locale}
        theme=${ifDefined(theme)}
        ?masked=${masked}
      ></xs2a-cash-flow>
      <xs2a-commitments part="commitments" .transactions=${ready.account.transactions} .transferIds=${ready.transfers} locale=${locale} theme=${ifDefined(theme)} ?masked=${masked}></xs2a-commitments>
      <xs2a-affordability part="affordability" .report=${ready.report} .accountIds=${ready.accountIds} locale=${locale} theme=${ifDefined(theme)} ?masked=${masked}></xs2a-affordability>
    </div>`;
  }
}

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
