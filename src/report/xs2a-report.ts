import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { endpointUrl, hostRequest } from '../host-api/host-client.js';
import type { Xs2aFinishedDetail } from '../connect/events.js';
import { Xs2aErrorEvent } from '../events/xs2a-error-event.js';
import { Xs2aBalanceChart } from '../balance-chart/xs2a-balance-chart.js';
import { Xs2aCategoryChart } from '../category-chart/xs2a-category-chart.js';
import { defineElement } from '../define-element.js';
import { Xs2aError, type Xs2aErrorEventCode } from '../errors.js';
import { formatDateTime } from '../format/date.js';
import { groupIban, maskIban } from '../format/iban.js';
import { formatMoney, toMinorUnits } from '../format/money.js';
import { resolveLocale } from '../i18n/locale.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { isFilterEmpty, uncategorizedId, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import type { CurrencyTotals, GroupBy } from '../insights/transaction-summary.js';
import { transactionsToCsv } from '../insights/transactions-csv.js';
import { normalizeReport } from '../model/normalize-report.js';
import type { Account, Report, Transaction } from '../model/report-model.js';
import type { ReportRequest } from '../schemas/host-backend.js';
import { Xs2aTransactionList } from '../transaction-list/xs2a-transaction-list.js';
import { Xs2aReportLoadEvent } from './events.js';
import { createViewPipeline, memoize, type AccountFacts } from './report-view.js';
import { whenIdle } from './when-idle.js';
import { reportStyles } from './xs2a-report.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { Xs2aErrorEvent } from '../events/xs2a-error-event.js';
export type { Transaction } from '../model/report-model.js';
export type { Xs2aTransactionSelectEvent } from '../transaction-list/events.js';
export type { Xs2aReportLoadEvent } from './events.js';

/**
 * The elements the report renders. A host that registers only `Xs2aReport` from the class entry
 * would otherwise see an empty report with no error, so the report registers them itself (guarded,
 * as the define modules do) before its first render.
 */
const renderedElements = {
  'xs2a-transaction-list': Xs2aTransactionList,
  'xs2a-category-chart': Xs2aCategoryChart,
  'xs2a-balance-chart': Xs2aBalanceChart,
} satisfies Record<string, CustomElementConstructor>;

type SortKey = 'newest' | 'oldest' | 'largest-expense' | 'largest-income';

const sorts: Record<SortKey, TransactionSort> = {
  newest: { field: 'date', order: 'desc' },
  oldest: { field: 'date', order: 'asc' },
  'largest-expense': { field: 'amount', order: 'asc' },
  'largest-income': { field: 'amount', order: 'desc' },
};

const maskedAmount = '••••';

/** The outcome event of a report that is showing, however it arrived. */
const loadEventFor = (report: Report): Xs2aReportLoadEvent =>
  new Xs2aReportLoadEvent({ report, unknownModules: [...new Set(report.unknownModules.map((module) => module.type))] });

/** The report is validated by the normalizer, which knows all three shapes. */
const anyJson = z.unknown();

/**
 * The Insights report of a consumer's bank accounts: per account a header, income, expenses and
 * net, spending by category, balance over time, and every transaction, searchable, filterable,
 * sortable and exportable. Give it a report (`.report`), or let it fetch one from the host
 * backend (`endpoint` + `consumer-id`), or point it at an `<xs2a-connect>` (`for`) to load the
 * consumer's report as soon as the bank is connected.
 *
 * Like `<img>`, it announces the outcome whichever way the report arrived: a fetched report or one
 * the page sets through `.report` ends in `xs2a-report-load` once it shows, or in `xs2a-error`
 * when it cannot be fetched or read.
 *
 * @tag xs2a-report
 * @summary Show an Insights report: categorized transactions, balance over time, expense categories.
 *
 * @fires {Xs2aReportLoadEvent} xs2a-report-load - `{ report, unknownModules }`: a report, fetched or set through `.report`, is showing; `report` is the normalized model, `unknownModules` the types of the modules it has that the viewer does not show (kept in `report.unknownModules`).
 * @fires {Xs2aErrorEvent} xs2a-error - `{ code, message, status?, path? }`: the report could not be fetched (`network`, `http`) or read (`invalid-response`, with the failing `path`), whether fetched or set through `.report`.
 * @fires {Xs2aTransactionSelectEvent} xs2a-transaction-select - `{ transaction }`: the user activated a transaction row.
 *
 * @csspart header - The account's bank, holder, IBAN and refresh time.
 * @csspart account-switcher - The account `<select>`, when there are several accounts.
 * @csspart summary - Income, expenses and net of the shown transactions.
 * @csspart toolbar - Search, filters, sort and grouping.
 * @csspart result-bar - The result count and the actions.
 * @csspart result-count - How many transactions match, of how many; a polite live region.
 * @csspart status - The loading, empty and error states.
 * @csspart transaction-list - The `<xs2a-transaction-list>`.
 * @csspart category-chart - The `<xs2a-category-chart>`.
 * @csspart balance-chart - The `<xs2a-balance-chart>`.
 *
 * @cssprop [--xs2a-color-accent=#0b57d0] - Accent colour (dark: #a8c7fa).
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour (dark: #e3e3e3).
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Secondary text (dark: #b4b4b4).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the report, its controls and the list (dark: #1b1b1f).
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Background of cards and headers (dark: #26272c).
 * @cssprop [--xs2a-color-border=#d3d7de] - Borders (dark: #44464d).
 * @cssprop [--xs2a-color-positive=#146c2e] - Income (dark: #6dd58c).
 * @cssprop [--xs2a-color-negative=#b3261e] - Expenses in charts (dark: #f2b8b5).
 * @cssprop [--xs2a-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--xs2a-font-size=0.875rem] - The base font size.
 * @cssprop [--xs2a-radius=0.5rem] - Corner radius.
 * @cssprop [--xs2a-space=0.5rem] - The spacing unit.
 * @cssprop [--xs2a-list-height=28rem] - Height of the transaction list.
 */
export class Xs2aReport extends LitElement {
  static override styles = reportStyles;

  private readonly pipeline = createViewPipeline();

  /** The report fetch in flight: a newer fetch, a report set by the page, or removal aborts it. */
  private fetchController?: AbortController;
  @state() private fetching = false;
  @state() private fetchError?: Xs2aError;

  @state() private model?: Report;
  @state() private reportError?: Xs2aError;
  @state() private accountIndex = 0;
  @state() private filter: TransactionFilter = {};
  @state() private sortKey: SortKey = 'newest';
  @state() private groupBy: GroupBy = 'day';
  @state() private ibanRevealed = false;

  /** What `willUpdate` derives for the shown account. */
  private account?: Account;
  private facts?: AccountFacts;
  private sorted?: readonly Transaction[];
  private visible: readonly Transaction[] = [];
  private totals: CurrencyTotals[] = [];

  /** Base URL of the host backend; the report is fetched with `POST {endpoint}/reports`. */
  @property() endpoint?: string;

  /** The `insights_consumer_id` whose report to fetch. */
  @property({ attribute: 'consumer-id' }) consumerId?: string;

  /** Space-separated `insights_account_id`s to limit the report to. */
  @property({ attribute: 'account-ids' }) accountIds?: string;

  /** First day of the report, `YYYY-MM-DD`. */
  @property({ attribute: 'from-date' }) fromDate?: string;

  /** Last day of the report, `YYYY-MM-DD`. */
  @property({ attribute: 'to-date' }) toDate?: string;

  /** Id of an `<xs2a-connect>`: when it finishes, the report of that consumer and its accounts loads. */
  @property() for?: string;

  /**
   * A report in any of Klarna's shapes; setting it renders without fetching, then fires
   * `xs2a-report-load`, or `xs2a-error` (`invalid-response`) when it cannot be read.
   */
  @property({ attribute: false }) report?: unknown;

  /** Formatting locale; default the nearest `lang`, then the browser's. */
  @property() locale?: string;

  /** Privacy mode: amounts are replaced by dots. The user can toggle it. */
  @property({ type: Boolean, reflect: true }) masked = false;

  /** Colour scheme override: `light` or `dark`; default follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** How many categories the chart names before it sums the rest as "Other". */
  @property({ type: Number, attribute: 'category-limit' }) categoryLimit = 5;

  /** The normalized report on display, if any. */
  get normalizedReport(): Report | undefined {
    return this.model;
  }

  /** The transactions the user sees, under the current search, filters and sort. */
  get visibleTransactions(): readonly Transaction[] {
    return this.visible;
  }

  private listenedRoot?: Document | ShadowRoot;

  /** The outcome of a report the page set, fired by `updated` once that report has rendered. */
  private pendingOutcome?: Xs2aReportLoadEvent | Xs2aErrorEvent;

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(renderedElements)) defineElement(tag, element);
    super.connectedCallback();
    // Listening on the root, not the connect element, works whichever of the two is added first.
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.listenedRoot = root;
      root.addEventListener('xs2a-finished', this.onConnectFinished);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelSearchPreparation?.();
    this.cancelSearchPreparation = undefined;
    this.listenedRoot?.removeEventListener('xs2a-finished', this.onConnectFinished);
    this.listenedRoot = undefined;
    this.abortFetch();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) {
      if (this.report === undefined) {
        if (changed.get('report') !== undefined) this.showReport(undefined);
      } else {
        this.abortFetch();
        try {
          const report = normalizeReport(this.report);
          this.showReport(report);
          this.pendingOutcome = loadEventFor(report);
        } catch (error) {
          const failure =
            error instanceof Xs2aError && error.code === 'invalid-response'
              ? error
              : new Xs2aError('invalid-response', `Invalid report: ${error instanceof Error ? error.message : String(error)}`, { path: '(root)', cause: error });
          this.showReport(undefined, failure);
          this.pendingOutcome = Xs2aErrorEvent.from(failure as Xs2aError & { code: Xs2aErrorEventCode });
        }
      }
    }
    const fetchInputs = ['endpoint', 'consumerId', 'accountIds', 'fromDate', 'toDate'] as const;
    if (this.report === undefined && fetchInputs.some((name) => changed.has(name))) this.load();
    this.account = this.model?.accounts[this.accountIndex];
    if (this.account) {
      const sort = sorts[this.sortKey];
      this.facts = this.pipeline.facts(this.account);
      const sorted = this.pipeline.sorted(this.account.transactions, sort.field, sort.order);
      this.sorted = sorted;
      this.visible = this.pipeline.visible(sorted, this.filter);
      this.totals = this.pipeline.totals(this.visible);
    } else {
      this.facts = undefined;
      this.sorted = undefined;
      this.visible = [];
      this.totals = [];
    }
  }

  override updated(): void {
    this.prepareSearchWhenIdle();
    // A report the page set has its outcome announced once it shows, as `<img>` fires `load`.
    const outcome = this.pendingOutcome;
    this.pendingOutcome = undefined;
    if (outcome) this.dispatchEvent(outcome);
  }

  private cancelSearchPreparation?: () => void;
  private searchPreparedFor?: readonly Transaction[];

  /**
   * Folds the search texts of the shown list while the page is idle, a slice at a time, so that
   * the first keystroke does not pay for 100,000 of them.
   */
  private prepareSearchWhenIdle(): void {
    const sorted = this.sorted;
    if (!sorted || this.cancelSearchPreparation || this.searchPreparedFor === sorted) return;
    this.cancelSearchPreparation = whenIdle((hasTime) => {
      this.cancelSearchPreparation = undefined;
      if (this.sorted !== sorted) {
        this.prepareSearchWhenIdle();
        return;
      }
      if (this.pipeline.prepareSearch(sorted, hasTime)) this.searchPreparedFor = sorted;
      else this.prepareSearchWhenIdle();
    });
  }

  /** Fetches the report again, e.g. after an error. */
  reload(): void {
    this.load();
  }

  /** The visible transactions as CSV (RFC 4180), as the export button downloads them. */
  toCsv(): string {
    return transactionsToCsv(this.visible);
  }

  private load(): void {
    if (!this.endpoint || !this.consumerId) return;
    const accountIds = this.accountIds?.split(/\s+/).filter(Boolean) ?? [];
    const request: ReportRequest = {
      insights_consumer_id: this.consumerId,
      ...(accountIds.length > 0 ? { insights_account_ids: accountIds } : {}),
      ...(this.fromDate ? { from_date: this.fromDate } : {}),
      ...(this.toDate ? { to_date: this.toDate } : {}),
    };
    this.reportError = undefined;
    void this.fetchReport(this.endpoint, request);
  }

  private async fetchReport(endpoint: string, request: ReportRequest): Promise<void> {
    this.fetchController?.abort();
    const controller = new AbortController();
    this.fetchController = controller;
    this.fetching = true;
    this.fetchError = undefined;
    try {
      const payload = await hostRequest(endpointUrl(endpoint, 'reports'), { method: 'POST', body: request, schema: anyJson, what: 'report', signal: controller.signal });
      // A stale answer never renders: whatever aborted this fetch has taken over.
      if (controller.signal.aborted) return;
      const report = normalizeReport(payload);
      this.fetching = false;
      this.showReport(report);
      this.dispatchEvent(loadEventFor(report));
    } catch (error) {
      // An abort is the element's own doing (a new report, removal): nothing to report.
      if (controller.signal.aborted) return;
      const failure = error instanceof Xs2aError ? error : new Xs2aError('network', String(error));
      this.fetching = false;
      this.fetchError = failure;
      this.dispatchEvent(Xs2aErrorEvent.from(failure as Xs2aError & { code: Xs2aErrorEventCode }));
    } finally {
      if (this.fetchController === controller) this.fetchController = undefined;
    }
  }

  private abortFetch(): void {
    this.fetchController?.abort();
    this.fetchController = undefined;
    this.fetching = false;
  }

  /** A new report starts from its first account with no filters. */
  private showReport(report: Report | undefined, error?: Xs2aError): void {
    this.model = report;
    this.reportError = error;
    this.accountIndex = 0;
    this.filter = {};
    this.ibanRevealed = false;
  }

  private onConnectFinished = (event: Event): void => {
    const connect = event.target;
    if (!this.for || !(connect instanceof Element) || connect.id !== this.for) return;
    // Read by shape, not `instanceof`: the connect element may come from another copy of the package.
    const result = (event as Event & { detail?: Partial<Xs2aFinishedDetail> }).detail?.result;
    if (!result) return;
    this.endpoint ??= (connect as Element & { endpoint?: string }).endpoint;
    this.accountIds = result.accounts.map((account) => account.insights_account_id).join(' ');
    this.consumerId = result.insights_consumer_id;
  };

  /** The same array while the category filter stays, so the chart does not redraw per keystroke. */
  private selectedCategoryIds = memoize((ids: ReadonlySet<string> | undefined): string[] => [...(ids ?? [])]);

  private setFilter(change: Partial<TransactionFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  private get currency(): string {
    return this.account?.currency ?? this.totals[0]?.currency ?? 'EUR';
  }

  private money(minor: number, currency: string, locale: string, signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'auto'): string {
    return this.masked ? maskedAmount : formatMoney(minor, currency, { locale, signDisplay });
  }

  private onAmountInput(bound: 'minAmount' | 'maxAmount', event: Event): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.setFilter({ [bound]: Number.isFinite(value) ? toMinorUnits(Math.abs(value), this.currency) : undefined });
  }

  private onCategoryChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilter({ categoryIds: value === '*' ? undefined : new Set([value]) });
  };

  private onChartSelect = (event: Event): void => {
    const ids = (event as Event & { detail?: { ids?: string[] } }).detail?.ids ?? [];
    this.setFilter({ categoryIds: ids.length > 0 ? new Set(ids) : undefined });
  };

  private exportCsv = (): void => {
    const blob = new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `transactions-${this.account?.id ?? 'report'}.csv`;
    link.click();
    // The download has started once click() returns; the URL is no longer needed.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  };

  override render(): TemplateResult {
    const locale = resolveLocale(this, this.locale);
    const messages = messagesFor(locale);
    // A report the page set wins over any fetch, which setting it aborted.
    const fromFetch = this.report === undefined;
    if (fromFetch && this.fetching) {
      return html`<div part="status" role="status" aria-busy="true"><p>${messages.loading}</p></div>`;
    }
    const error = this.reportError ?? (fromFetch ? this.fetchError : undefined);
    if (error !== undefined) return this.renderError(error, messages);
    if (!this.model || !this.account || !this.facts) {
      return html`<div part="status"><p>${messages.empty}</p></div>`;
    }
    return html`<section class="report" aria-label=${messages.transactions}>
      ${this.renderHeader(this.model, this.account, locale, messages)} ${this.renderSummary(locale, messages)}
      ${this.renderCharts(this.account, this.facts, locale)} ${this.renderToolbar(this.facts, messages)}
      ${this.renderResultBar(this.account, messages)} ${this.renderList(this.account, locale, messages)}
    </section>`;
  }

  private renderError(error: unknown, messages: Messages): TemplateResult {
    const detail = error instanceof Error ? error.message : String(error);
    const canRetry = this.report === undefined && Boolean(this.endpoint && this.consumerId);
    return html`<div part="status" role="alert">
      <p>${messages.loadError}</p>
      <p class="error-detail">${detail}</p>
      ${canRetry ? html`<button
          type="button"
          @click=${() => {
            this.reload();
          }}
        >
          ${messages.retry}
        </button>` : nothing}
    </div>`;
  }

  private renderHeader(report: Report, account: Account, locale: string, messages: Messages): TemplateResult {
    const title = account.name ?? account.bankName ?? messages.account;
    const subtitle = [account.name ? account.bankName : undefined, account.holderName].filter(Boolean).join(' · ');
    return html`<header part="header">
      <div class="account">
        <h2>${title}</h2>
        ${subtitle ? html`<p>${subtitle}</p>` : nothing}
        ${account.iban
          ? html`<p class="iban">
              <span>${this.ibanRevealed ? groupIban(account.iban) : maskIban(account.iban)}</span>
              <button
                type="button"
                class="link-button"
                aria-pressed=${this.ibanRevealed ? 'true' : 'false'}
                @click=${() => {
                  this.ibanRevealed = !this.ibanRevealed;
                }}
              >
                ${this.ibanRevealed ? messages.hideIban : messages.showIban}
              </button>
            </p>`
          : nothing}
        ${account.refreshedAt ? html`<p>${messages.refreshedAt(formatDateTime(account.refreshedAt, locale))}</p>` : nothing}
      </div>
      ${report.accounts.length > 1
        ? html`<label>
            <span class="visually-hidden">${messages.accountSwitcher}</span>
            <select
              part="account-switcher"
              aria-label=${messages.accountSwitcher}
              @change=${(event: Event) => {
                this.accountIndex = Number((event.target as HTMLSelectElement).value);
                this.filter = {};
                this.ibanRevealed = false;
              }}
            >
              ${report.accounts.map(
                (option, index) => html`<option value=${index} ?selected=${index === this.accountIndex}>
                  ${option.name ?? option.bankName ?? messages.account} ${option.iban ? maskIban(option.iban) : ''}
                </option>`,
              )}
            </select>
          </label>`
        : nothing}
    </header>`;
  }

  private renderSummary(locale: string, messages: Messages): TemplateResult {
    const totals = this.totals[0] ?? { currency: this.currency, income: 0, expenses: 0, net: 0, count: 0 };
    return html`<dl part="summary" aria-label=${messages.summary}>
      <div>
        <dt>${messages.income}</dt>
        <dd class="income">${this.money(totals.income, totals.currency, locale)}</dd>
      </div>
      <div>
        <dt>${messages.expenses}</dt>
        <dd>${this.money(totals.expenses, totals.currency, locale)}</dd>
      </div>
      <div>
        <dt>${messages.net}</dt>
        <dd>${this.money(totals.net, totals.currency, locale, 'exceptZero')}</dd>
      </div>
    </dl>`;
  }

  private renderCharts(account: Account, facts: AccountFacts, locale: string): TemplateResult {
    const hasCategories = facts.expenseCategories.length > 0;
    const hasBalances = account.balances.length > 1;
    if (!hasCategories && !hasBalances) return html``;
    return html`<div class="charts">
      ${hasCategories
        ? html`<xs2a-category-chart
            part="category-chart"
            .categories=${facts.expenseCategories}
            .selectedIds=${this.selectedCategoryIds(this.filter.categoryIds)}
            limit=${this.categoryLimit}
            currency=${this.currency}
            locale=${locale}
            theme=${ifDefined(this.theme)}
            ?masked=${this.masked}
            @xs2a-category-select=${this.onChartSelect}
          ></xs2a-category-chart>`
        : nothing}
      ${hasBalances
        ? html`<xs2a-balance-chart
            part="balance-chart"
            .balances=${account.balances}
            locale=${locale}
            theme=${ifDefined(this.theme)}
            ?masked=${this.masked}
          ></xs2a-balance-chart>`
        : nothing}
    </div>`;
  }

  private renderToolbar(facts: AccountFacts, messages: Messages): TemplateResult {
    const filter = this.filter;
    const selectedCategory = filter.categoryIds?.size === 1 ? [...filter.categoryIds][0] : filter.categoryIds ? '' : '*';
    const { field } = sorts[this.sortKey];
    return html`<div part="toolbar" role="search">
      <label class="search">
        ${messages.searchLabel}
        <input
          type="search"
          .value=${filter.query ?? ''}
          placeholder=${messages.searchPlaceholder}
          @input=${(event: Event) => {
            this.setFilter({ query: (event.target as HTMLInputElement).value });
          }}
        />
      </label>
      <label>
        ${messages.categoryFilter}
        <select @change=${this.onCategoryChange}>
          <option value="*" ?selected=${selectedCategory === '*'}>${messages.allCategories}</option>
          ${facts.categories.map((category) => html`<option value=${category.id} ?selected=${selectedCategory === category.id}>${category.name ?? category.id}</option>`)}
          ${facts.hasUncategorized
            ? html`<option value=${uncategorizedId} ?selected=${selectedCategory === uncategorizedId && filter.categoryIds?.size === 1}>${messages.uncategorized}</option>`
            : nothing}
        </select>
      </label>
      <label>
        ${messages.directionFilter}
        <select
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.setFilter({ direction: value === 'credit' || value === 'debit' ? value : undefined });
          }}
        >
          <option value="" ?selected=${!filter.direction}>${messages.allDirections}</option>
          <option value="credit" ?selected=${filter.direction === 'credit'}>${messages.income}</option>
          <option value="debit" ?selected=${filter.direction === 'debit'}>${messages.expenses}</option>
        </select>
      </label>
      <label>
        ${messages.fromDate}
        <input
          type="date"
          .value=${filter.fromDate ?? ''}
          @change=${(event: Event) => {
            this.setFilter({ fromDate: (event.target as HTMLInputElement).value || undefined });
          }}
        />
      </label>
      <label>
        ${messages.toDate}
        <input
          type="date"
          .value=${filter.toDate ?? ''}
          @change=${(event: Event) => {
            this.setFilter({ toDate: (event.target as HTMLInputElement).value || undefined });
          }}
        />
      </label>
      <label>
        ${messages.minAmount}
        <input type="number" min="0" .step=${'any'} inputmode="decimal" @change=${(event: Event) => { this.onAmountInput('minAmount', event); }} />
      </label>
      <label>
        ${messages.maxAmount}
        <input type="number" min="0" .step=${'any'} inputmode="decimal" @change=${(event: Event) => { this.onAmountInput('maxAmount', event); }} />
      </label>
      <label>
        ${messages.sortLabel}
        <select
          @change=${(event: Event) => {
            this.sortKey = (event.target as HTMLSelectElement).value as SortKey;
          }}
        >
          ${(Object.keys(sorts) as SortKey[]).map(
            (key) => html`<option value=${key} ?selected=${key === this.sortKey}>${sortLabel(key, messages)}</option>`,
          )}
        </select>
      </label>
      ${field === 'date'
        ? html`<label>
            ${messages.groupLabel}
            <select
              @change=${(event: Event) => {
                this.groupBy = (event.target as HTMLSelectElement).value as GroupBy;
              }}
            >
              <option value="day" ?selected=${this.groupBy === 'day'}>${messages.groupByDay}</option>
              <option value="month" ?selected=${this.groupBy === 'month'}>${messages.groupByMonth}</option>
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  private renderResultBar(account: Account, messages: Messages): TemplateResult {
    return html`<div part="result-bar">
      <p part="result-count" role="status">${messages.resultCount(this.visible.length, account.transactions.length)}</p>
      <div class="actions">
        ${isFilterEmpty(this.filter)
          ? nothing
          : html`<button
              type="button"
              @click=${() => {
                this.filter = {};
                for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="number"]')) input.value = '';
              }}
            >
              ${messages.clearFilters}
            </button>`}
        <button
          type="button"
          aria-pressed=${this.masked ? 'true' : 'false'}
          @click=${() => {
            this.masked = !this.masked;
          }}
        >
          ${this.masked ? messages.showAmounts : messages.hideAmounts}
        </button>
        <button type="button" ?disabled=${this.visible.length === 0} @click=${this.exportCsv}>${messages.exportCsv}</button>
      </div>
    </div>`;
  }

  private renderList(account: Account, locale: string, messages: Messages): TemplateResult {
    if (this.visible.length === 0 && account.transactions.length > 0) {
      return html`<div part="status"><p>${messages.noMatches}</p></div>`;
    }
    return html`<xs2a-transaction-list
      part="transaction-list"
      exportparts="row, amount, icon, name, reference, chip, badge, group-header, sticky-header"
      .transactions=${this.visible}
      group-by=${sorts[this.sortKey].field === 'date' ? this.groupBy : 'none'}
      locale=${locale}
      theme=${ifDefined(this.theme)}
      ?masked=${this.masked}
    ></xs2a-transaction-list>`;
  }
}

function sortLabel(key: SortKey, messages: Messages): string {
  switch (key) {
    case 'newest':
      return messages.sortNewest;
    case 'oldest':
      return messages.sortOldest;
    case 'largest-expense':
      return messages.sortLargestExpense;
    case 'largest-income':
      return messages.sortLargestIncome;
  }
}
