import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Xs2aBalanceChart } from '../balance-chart/xs2a-balance-chart.js';
import { Xs2aCategoryChart } from '../category-chart/xs2a-category-chart.js';
import { defineElement } from '../define-element.js';
import { DisplayElement } from '../elements/display-element.js';
import type { Xs2aError } from '../errors.js';
import type { TransactionFilter } from '../insights/transaction-filter.js';
import type { GroupBy } from '../insights/transaction-summary.js';
import { transferIds } from '../insights/transfers.js';
import { normalizeReport } from '../model/normalize-report.js';
import type { Account, Report, Transaction } from '../model/report-model.js';
import type { Xs2aTransactionSelectEvent } from '../transaction-list/events.js';
import { Xs2aTransactionList } from '../transaction-list/xs2a-transaction-list.js';
import { ConnectFollower } from './connect-follower.js';
import { categoryChartCaption, renderCoverage, summaryCoverage } from './coverage.js';
import { headerBalanceOf } from './current-balance.js';
import { consumerErrorMessage } from './error-message.js';
import type { DateRange, PeriodPreset } from './period.js';
import { ReportFetchController, reportSource } from './report-fetch-controller.js';
import type { CsvRequest } from './csv-export.js';
import { ReportControls } from './report-controls.js';
import { OutcomeController, unreadableReport } from './report-outcome.js';
import { renderDetailPanel, renderDetailSheet, type DetailActions } from './report-detail.js';
import { DetailController } from './report-detail-controller.js';
import { renderAccountHeader, renderCharts, renderList, renderSummary, type AccountHeaderActions, type DisplayOptions } from './report-sections.js';
import { renderError, renderLoading, renderNoMatch, renderNoReport } from './report-states.js';
import { renderResultBar, renderToolbar, sortOf, toolbarSorts, type ResultBarActions, type SortKey, type ToolbarActions } from './report-toolbar.js';
import { createViewPipeline, memoize, type AccountFacts, type Figures } from './report-view.js';
import { ReportWidthController } from './report-width-controller.js';
import { IdleWarmupController } from './idle-warmup-controller.js';
import { ReportRehearsal } from './report-rehearsal.js';
import { allAccountsIndex, renderAllAccounts, ReportInsightsController, reportInsightsStyles } from './report-insights.js';
import { reportStyles } from './xs2a-report.styles.js';
import { AfterFirstPaint, chartsPendingStyles, renderChartsPending } from './after-first-paint.js';
import { toolbarStyles } from './report-toolbar.styles.js';

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

/**
 * The Insights report of a consumer's bank accounts: per account a header, income, expenses and
 * net, spending by category, balance over time, and every transaction, searchable, filterable,
 * sortable and exportable. Give it a report (`.report`), or let it fetch one from the host
 * backend (`endpoint` + `consumer-id`), or point it at an `<xs2a-connect>` (`for`) to load the
 * consumer's report as soon as the bank is connected. Privacy mode (`masked`), which the user can
 * toggle, replaces every amount by dots.
 *
 * The summary, the category chart, the balance chart, the list and the export cover one period,
 * which the user picks (all time by default, this month, last month, the last 90 days, or custom
 * dates, typed and shown as the element's locale writes them; a preset counts back from the
 * report's last day), and each figure says which days it covers. Search and filters narrow the
 * summary and the category chart with the list; the chart keeps every category, so that picking
 * one in it highlights it rather than hiding the others.
 * Transfers between the consumer's own accounts (`transferIds` in `insights/transfers.ts` states
 * the rule) are marked "Transfer" in the list and left out of income, expenses and the chart
 * unless the user includes them.
 *
 * Below the list come the cash flow by month, the recurring payments and income, and the
 * affordability summary of the shown account. Like a lazy image, their code loads only when the
 * page comes near them, and they are computed while the page is idle. The filter controls, the
 * custom dates and the CSV export load their code when the person first points at, focuses or
 * uses them; `updateComplete` waits for it.
 *
 * Like `<img>`, it announces the outcome whichever way the report arrived: a fetched report or one
 * the page sets through `.report` ends in `xs2a-report-load` once it shows, or in `xs2a-error`
 * when it cannot be fetched or read.
 *
 * While it fetches it shows a skeleton of the report (busy, named "Loading your transactions"; it
 * shimmers unless the reader prefers reduced motion). Before any report, and after a consumer
 * aborted, it says that there is no report yet: the `empty` slot replaces that. A failure shows a
 * sentence a consumer can act on, in their language, with a retry where another try can help; the
 * technical detail (status, server message, failing path) goes only into `xs2a-error`.
 *
 * Choosing a row (click, Enter or Space) opens `<xs2a-transaction-detail>` for it, with focus on its
 * heading: beside the list when the report is at least 900 px wide, else as a modal sheet from the
 * bottom. Its close button and Escape close it, and focus returns to the row. Below 600 px (the
 * report's width, not the window's) the page scrolls the list, which starts right after the header
 * and the summary, and the charts follow it. A ResizeObserver on the report decides both, because
 * neither is a style: one is the list's `page-scroll`, the other a different element.
 *
 * @tag xs2a-report
 * @summary Show an Insights report: categorized transactions, balance over time, expense categories.
 *
 * @fires {Xs2aReportLoadEvent} xs2a-report-load - `{ report, unknownModules }`: a report, fetched or set through `.report`, is showing; `report` is the normalized model, `unknownModules` the types of the modules it has that the viewer does not show (kept in `report.unknownModules`).
 * @fires {Xs2aErrorEvent} xs2a-error - `{ code, message, status?, path? }`: the report could not be fetched (`network`, `http`) or read (`invalid-response`, with the failing `path`), whether fetched or set through `.report`; or the code of a control the person used could not be loaded (`network`), and the report stays.
 * @fires {Xs2aTransactionSelectEvent} xs2a-transaction-select - `{ transaction }`: the user activated a transaction row; its detail opens.
 *
 * @slot empty - What to show before there is a report (and after the consumer aborted), instead of "No report yet".
 *
 * @csspart header - The account's bank, holder, IBAN, refresh time and current balance.
 * @csspart balance - The current balance and its day ("Balance on 30 Nov"), in the header.
 * @csspart account-switcher - The account `<select>`, when there are several accounts.
 * @csspart coverage - What the summary covers: the period, the number of transactions, the transfers left out.
 * @csspart summary - Income, expenses and net of the shown transactions, own-account transfers left out unless the user includes them.
 * @csspart toolbar - Search, period, the Filters button, sort, export, and the active filters.
 * @csspart period - The period `<select>`: all time (the default), this month, last month, the last 90 days, or custom dates.
 * @csspart filters-button - The button that opens the filter controls; shows how many filters are active.
 * @csspart filters - The `<dialog>` of filter controls: a panel under the button, a modal sheet when the report is narrower than 600 px.
 * @csspart filter-chips - The active filters and "Clear filters".
 * @csspart filter-chip - One active filter; activating it removes that filter.
 * @csspart export - The Export CSV button.
 * @csspart result-bar - The result count and the privacy toggle.
 * @csspart result-count - How many transactions match, of how many; a polite live region.
 * @csspart status - Each state in place of the report or the list; also `loading` (the skeleton), `no-report`, `no-match` or `error`.
 * @csspart retry-button - The error's "Try again" button, when another try can help.
 * @csspart transaction-list - The `<xs2a-transaction-list>`.
 * @csspart category-chart - The `<xs2a-category-chart>`.
 * @csspart balance-chart - The `<xs2a-balance-chart>`.
 * @csspart transaction-detail - The `<xs2a-transaction-detail>` of the chosen transaction.
 * @csspart detail-panel - The region beside the list that holds the detail, at 900 px and wider.
 * @csspart detail-sheet - The modal `<dialog>` that holds the detail below 900 px.
 * @csspart all-accounts - The totals per currency across every account, shown for the switcher's "All accounts".
 * @csspart insights - The views below the list, so that their arrival moves nothing above it: cash flow, recurring commitments and affordability of the shown account. Their code loads when the page comes near them.
 * @csspart cash-flow - The `<xs2a-cash-flow>`.
 * @csspart commitments - The `<xs2a-commitments>`.
 * @csspart affordability - The `<xs2a-affordability>`.
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
 * @cssprop [--xs2a-list-height=28rem] - Height of the transaction list (from 600 px wide; below, the page scrolls it).
 * @cssprop [--xs2a-report-padding=1rem] - Space between the report's surface edge and its content.
 */
export class Xs2aReport extends DisplayElement {
  static override styles = [reportStyles, toolbarStyles, reportInsightsStyles, chartsPendingStyles];

  private readonly pipeline = createViewPipeline();

  /** Fires `xs2a-report-load` or `xs2a-error` once the outcome has rendered. */
  private readonly outcome = new OutcomeController(this);

  /** The report from the host backend, while the page has set none. */
  private readonly fetcher = new ReportFetchController(this, {
    source: () => reportSource(this),
    onLoad: (report) => {
      this.show(report);
      this.outcome.loaded(report);
    },
    onError: (error) => {
      this.outcome.failed(error);
    },
  });

  /** Loads the report of the consumer the `<xs2a-connect>` named by `for` connects. */
  private readonly connectFollower = new ConnectFollower(this, ({ endpoint, consumerId, accountIds }) => {
    this.endpoint ??= endpoint;
    this.accountIds = accountIds.join(' ');
    this.consumerId = consumerId;
  });

  /** Phone, tablet or wide: whether the page scrolls the list, and where the detail opens. */
  private readonly width = new ReportWidthController(this);

  /** The transaction whose detail is open, and focus in and out of it. */
  private readonly detail = new DetailController(this, {
    list: () => this.renderRoot.querySelector('xs2a-transaction-list'),
    sheet: () => this.renderRoot.querySelector('dialog[part="detail-sheet"]'),
    detail: () => this.renderRoot.querySelector('xs2a-transaction-detail'),
  });

  /** The charts of a new report render in the frame after its list's first rows. */
  private readonly charts = new AfterFirstPaint(this, () => this.model);

  /** While it waits for its first report, renders a sample out of sight once, so that the real one's first rows come sooner. */
  private readonly rehearsal = new ReportRehearsal(this, {
    hasReport: () => this.report !== undefined || this.model !== undefined,
    locale: () => this.localize.locale,
  });

  /** Prepares the search over the shown list, and the toolbar's orders of it, while the page is idle. */
  private readonly warmup = new IdleWarmupController(this, {
    list: () => this.sorted,
    prepare: (list, hasTime) => this.pipeline.prepare(list, hasTime, toolbarSorts),
  });

  /** The filter controls, the custom dates and the export, whose code loads on first use. */
  private readonly controls = new ReportControls(this, {
    period: () => this.period,
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('#report-filters'),
    trigger: () => this.renderRoot.querySelector<HTMLElement>('[part="filters-button"]'),
  });

  /** The running balances of the shown account, and the views below the list once the page comes near them. */
  private readonly insights = new ReportInsightsController(this, {
    source: () => ({ report: this.model, account: this.account }),
    place: () => this.renderRoot.querySelector<HTMLElement>('[part="insights"]'),
  });

  @state() private model?: Report;
  /** Why the report the page set cannot be shown. */
  @state() private reportError?: Xs2aError;
  @state() private accountIndex = 0;
  @state() private filter: TransactionFilter = {};
  /** The period every figure and the list cover; a custom period's bounds are `filter.fromDate` and `toDate`. */
  @state() private period: PeriodPreset = 'all';
  /** Whether the figures count own-account transfers as income and spending. */
  @state() private includeTransfers = false;
  @state() private sortKey: SortKey = 'newest';
  @state() private groupBy: GroupBy = 'day';
  /** The account whose full IBAN the user revealed; another account starts masked again. */
  @state() private ibanRevealedFor?: Account;

  /** What `willUpdate` derives for the shown account. */
  private account?: Account;
  private facts?: AccountFacts;
  private sorted?: readonly Transaction[];
  private visible: readonly Transaction[] = [];
  /** The days the report shows, and the criteria the list and the figures apply. */
  private range: DateRange = {};
  private transfers: ReadonlySet<string> = new Set();
  private figures?: Figures;

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

  /** How many categories the chart names before it sums the rest as "Other". */
  @property({ type: Number, attribute: 'category-limit' }) categoryLimit = 5;

  /** The normalized report on display, if any. */
  get normalizedReport(): Report | undefined {
    return this.model;
  }

  /** The transactions the user sees, under the current period, search, filters and sort. */
  get visibleTransactions(): readonly Transaction[] {
    return this.visible;
  }

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(renderedElements)) defineElement(tag, element);
    super.connectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.readReport(changed.get('report'));
    const fetchInputs = ['endpoint', 'consumerId', 'accountIds', 'fromDate', 'toDate'] as const;
    if (this.report === undefined && fetchInputs.some((name) => changed.has(name))) this.fetcher.reload();
    this.account = this.model?.accounts[this.accountIndex];
    if (this.account) {
      const sort = sortOf(this.sortKey);
      this.facts = this.pipeline.facts(this.account);
      this.sorted = this.pipeline.sorted(this.account.transactions, sort.field, sort.order);
      const span = this.pipeline.span(this.account, this.fromDate, this.toDate);
      this.range = this.pipeline.periodRange(this.period, span, this.filter.fromDate, this.filter.toDate);
      const criteria = this.pipeline.criteria(this.filter, this.period, this.range);
      this.visible = this.pipeline.visible(this.sorted, criteria);
      this.transfers = this.model ? transferIds(this.model) : new Set();
      this.figures = this.pipeline.figures(this.account.transactions, this.sorted, this.visible, criteria, this.transfers, this.includeTransfers, this.currency);
    } else {
      this.facts = undefined;
      this.sorted = undefined;
      this.visible = [];
      this.range = {};
      this.figures = undefined;
    }
  }

  /**
   * Complete once the report is drawn whole: with the charts that follow its first frame, and the
   * detail of a chosen row and the controls the person used, whose code loads on first use.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const pending = (): Promise<void> | undefined => this.charts.pending ?? this.detail.pending ?? this.controls.pending;
    for (let waiting = pending(); waiting; waiting = pending()) {
      await waiting;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** A report the page set (or cleared) wins over any fetch, which it aborts. */
  private readReport(previous: unknown): void {
    if (this.report === undefined) {
      if (previous !== undefined) this.show(undefined);
      return;
    }
    this.fetcher.abort();
    try {
      const report = normalizeReport(this.report);
      this.show(report);
      this.outcome.loaded(report);
    } catch (error) {
      const failure = unreadableReport(error);
      this.show(undefined, failure);
      this.outcome.failed(failure);
    }
  }

  /** A new report starts from its first account, in a fresh view. */
  private show(report: Report | undefined, error?: Xs2aError): void {
    this.model = report;
    this.reportError = error;
    this.accountIndex = 0;
    this.detail.reset();
    this.resetView();
  }

  /**
   * The one reset of what the user narrowed: a new report, another account and "Clear filters"
   * all come here. Sort and grouping are preferences and stay; every control is bound to this state.
   */
  private resetView(): void {
    this.filter = {};
    this.period = 'all';
    this.includeTransfers = false;
  }

  /** What the user does in the sections; one object, so the templates bind the same listeners each render. */
  private readonly actions: AccountHeaderActions & ToolbarActions & ResultBarActions = {
    period: (period) => {
      this.period = period;
      // A custom period starts from the days shown before; a preset has its own.
      this.filter = period === 'custom' ? { ...this.filter, fromDate: this.range.from, toDate: this.range.to } : { ...this.filter, fromDate: undefined, toDate: undefined };
    },
    customPeriod: (change) => {
      const { fromDate, toDate } = this.filter;
      this.filter = { ...this.filter, fromDate: 'from' in change ? change.from : fromDate, toDate: 'to' in change ? change.to : toDate };
    },
    includeTransfers: (include) => {
      this.includeTransfers = include;
    },
    toggleFilters: () => {
      this.controls.toggleFilters();
    },
    closeFilters: () => {
      this.controls.closeFilters();
    },
    filtersClosed: this.controls.onFiltersClosed,
    filtersKeyDown: this.controls.onFiltersKeyDown,
    warm: (control) => {
      this.controls.warm(control);
    },
    selectAccount: (index) => {
      this.accountIndex = index;
      this.detail.reset();
      this.resetView();
    },
    toggleIban: () => {
      this.ibanRevealedFor = this.ibanRevealedFor === this.account ? undefined : this.account;
    },
    filter: (change) => {
      this.filter = { ...this.filter, ...change };
    },
    sort: (key) => {
      this.sortKey = key;
    },
    group: (groupBy) => {
      this.groupBy = groupBy;
    },
    clearFilters: () => {
      this.resetView();
    },
    toggleMasked: () => {
      this.masked = !this.masked;
    },
    exportCsv: () => {
      this.controls.exportCsv(this.csvRequest());
    },
  };

  private onRetry = (): void => {
    this.reload();
  };

  /** A user chose a row: its detail opens (the event goes on to the page, as before). */
  private onTransactionSelect = (event: Xs2aTransactionSelectEvent): void => {
    this.detail.open(event.detail.transaction);
  };

  private readonly detailActions: DetailActions = {
    close: () => {
      this.detail.close();
    },
    cancel: (event) => {
      // The dialog would close itself; closing through the state keeps focus going back to the row.
      event.preventDefault();
      this.detail.close();
    },
  };

  private onChartSelect = (event: Event): void => {
    const ids = (event as Event & { detail?: { ids?: string[] } }).detail?.ids ?? [];
    this.actions.filter({ categoryIds: ids.length > 0 ? new Set(ids) : undefined });
  };

  /** The same array while the category filter stays, so the chart does not redraw per keystroke. */
  private selectedCategoryIds = memoize((ids: ReadonlySet<string> | undefined): string[] => [...(ids ?? [])]);

  private get currency(): string {
    return this.account?.currency ?? this.account?.transactions.find((transaction) => transaction.amount)?.amount?.currency ?? 'EUR';
  }

  /** Fetches the report again, e.g. after an error. */
  reload(): void {
    this.fetcher.reload();
  }

  /**
   * The visible transactions as CSV (RFC 4180) in the locale's conventions (`;` and decimal
   * commas in German and Swedish, localized headers, a byte order mark), as the export button
   * downloads them. A promise: the export's code loads on first use; it rejects with an
   * `Xs2aError` (`network`, also fired as `xs2a-error`) when that code cannot be loaded.
   */
  toCsv(): Promise<string> {
    return this.controls.toCsv(this.csvRequest());
  }

  /** What an export holds now: the shown transactions, and the account and period its file is named for. */
  private csvRequest(): CsvRequest {
    return { transactions: this.visible, messages: this.localize.messages, locale: this.localize.locale, account: this.account, period: this.range };
  }

  override render(): TemplateResult {
    const { messages } = this.localize;
    // A report the page set wins over any fetch, which setting it aborted.
    const fromFetch = this.report === undefined;
    if (fromFetch && this.fetcher.fetching) return renderLoading(messages);
    const error = this.reportError ?? (fromFetch ? this.fetcher.error : undefined);
    if (error !== undefined) return this.renderError(error);
    const { model, account, facts, filter, visible, currency, range, figures } = this;
    if (model && this.accountIndex === allAccountsIndex && model.accounts.length > 1) {
      const header = { accounts: model.accounts, index: allAccountsIndex, ibanRevealed: false };
      return html`<section class="report" aria-label=${messages.insights.allAccounts}>
        ${renderAccountHeader(header, this.actions, this.localize)} ${renderAllAccounts(model, this.localize)}
      </section>`;
    }
    if (!model || !account || !facts || !figures) return renderNoReport(messages);
    const { locale } = this.localize;
    const display: DisplayOptions = { locale, theme: this.theme, masked: this.masked };
    const header = { accounts: model.accounts, index: this.accountIndex, ibanRevealed: this.ibanRevealedFor === account, balance: headerBalanceOf(account) };
    const charts = {
      account,
      facts,
      categories: account.transactions.length > 0 ? figures.categories : facts.expenseCategories,
      selectedIds: this.selectedCategoryIds(filter.categoryIds),
      from: range.from,
      to: range.to,
      categoryCaption: categoryChartCaption(range, filter, locale, messages),
      categoryLimit: this.categoryLimit,
      currency,
    };
    const toolbar = {
      facts,
      filter,
      period: this.period,
      range,
      span: this.pipeline.span(account, this.fromDate, this.toDate),
      sortKey: this.sortKey,
      groupBy: this.groupBy,
      currency,
      hasTransfers: this.pipeline.hasTransfers(account.transactions, this.transfers),
      includeTransfers: this.includeTransfers,
      canExport: visible.length > 0,
      filtersOpen: this.controls.filtersOpen,
      filterDialog: this.controls.filterDialog,
      customPeriod: this.controls.customPeriod,
    };
    const grouping = sortOf(this.sortKey).field === 'date' ? this.groupBy : 'none';
    const coverage = summaryCoverage({ range, count: visible.length, transfersLeftOut: figures.transfersLeftOut }, locale, messages);
    const { layout } = this.width;
    const compact = layout === 'compact';
    const selected = this.detail.selected;
    const panel = selected !== undefined && layout === 'wide';
    // On a phone the list follows the summary and the page scrolls it; the charts come after it.
    // Until the charts come, their space above the list is kept (below it, on a phone, nothing moves).
    const hasCharts = facts.expenseCategories.length > 0 || account.balances.length > 1;
    const chartsSection = this.charts.ready ? renderCharts(charts, this.onChartSelect, display) : hasCharts && !compact ? renderChartsPending() : nothing;
    return html`<section class=${classMap({ report: true, compact })} aria-label=${messages.transactions}>
        ${renderAccountHeader(header, this.actions, this.localize)}
        <div class="figures">${renderCoverage(coverage)} ${renderSummary(figures.totals[0] ?? { currency, income: 0, expenses: 0, net: 0, count: 0 }, this.localize)}</div>
        ${compact ? nothing : chartsSection} ${renderToolbar(toolbar, this.actions, this.localize)}
        ${renderResultBar({ shown: visible.length, total: account.transactions.length, masked: this.masked }, this.actions, messages)}
        <div class=${classMap({ body: true, 'with-panel': panel })}>
          ${visible.length === 0 && account.transactions.length > 0
            ? renderNoMatch(messages)
            : renderList({ transactions: visible, groupBy: grouping, selectedId: selected?.id, pageScroll: compact, transferIds: this.transfers, runningBalances: this.insights.balances }, this.onTransactionSelect, display)}
          ${panel ? renderDetailPanel(selected, this.detailActions, display, messages) : nothing}
        </div>
        ${compact ? chartsSection : nothing} ${this.insights.render(display)}
      </section>
      ${selected !== undefined && !panel ? renderDetailSheet(selected, this.detailActions, display, messages) : nothing}`;
  }

  /** A consumer's sentence on screen; the technical detail went out in `xs2a-error`. */
  private renderError(error: Xs2aError): TemplateResult {
    const { messages } = this.localize;
    const origin = this.reportError ? 'page' : 'fetched';
    const canRetry = origin === 'fetched' && reportSource(this) !== undefined;
    return renderError(consumerErrorMessage(error, origin, messages), messages, canRetry ? this.onRetry : undefined);
  }
}
