import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisplayElement } from '../elements/display-element.js';
import { formatDate } from '../format/date.js';
import { formatPeriod } from '../format/period.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import { viewWords } from '../i18n/en-views.js';
import type { CurrencyCashFlow, MonthFlow } from '../insights/cash-flow.js';
import { uncategorizedId } from '../insights/transaction-filter.js';
import type { Transaction } from '../model/report-model.js';
import { cashFlowOf, topMovers, type CategoryMove } from './cash-flow-data.js';
import { cashFlowGeometry, monthAt, type CashFlowGeometry } from './cash-flow-geometry.js';
import { cashFlowStyles } from './xs2a-cash-flow.styles.js';

// The types its properties use, importable from the module the manifest names for it.
export type { Transaction } from '../model/report-model.js';

/** Categories the "biggest changes" list names. */
const moverLimit = 5;
/** Up to this many months the axis names each; beyond, only the first and the last. */
const labelledMonths = 12;

const shortMonths = new Map<string, Intl.DateTimeFormat>();
function shortMonth(month: string, locale: string): string {
  let format = shortMonths.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    shortMonths.set(locale, format);
  }
  return format.format(Date.parse(`${month}-01T00:00:00Z`));
}

/**
 * Income against spending per calendar month: two bars per month and a tick at the net, which
 * turns the negative colour (and drops below the zero line) in a month that spent more than came
 * in. Own-account transfers are left out when the page passes their ids (`transferIds`, from
 * `transferIds(report)`). Under the chart, the categories that changed most in the chosen month
 * against the month before. The chart takes keyboard focus: arrow keys move from month to month
 * and announce its figures, Home and End jump to the first and last month; a click picks a month.
 * "Show as table" reveals every month in a table. In privacy mode (`masked`) amounts are hidden;
 * the bars still show.
 *
 * Different currencies are never added: it shows one currency's months, `currency` or else the
 * one most transactions are in.
 *
 * @tag xs2a-cash-flow
 * @summary Show income against spending per month, the net, and the categories that moved most.
 *
 * @slot heading - Replaces the default heading, "Cash flow".
 *
 * @csspart base - The card around heading, chart, changes and table.
 * @csspart heading - The default heading.
 * @csspart caption - The months the chart covers.
 * @csspart legend - The key to the bars and the net.
 * @csspart readout - The chosen month's income, spending and net.
 * @csspart chart - The focusable chart with its axis labels.
 * @csspart axis - A month label under the chart.
 * @csspart income-bar - A month's income bar.
 * @csspart spending-bar - A month's spending bar.
 * @csspart net - A month's net tick; also `negative` below zero.
 * @csspart movers - The list of the categories that changed most in the chosen month.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The table of every month.
 * @csspart empty - The message shown when there is no income or spending.
 *
 * @cssprop [--xs2a-chart-height=10rem] - Height of the plot.
 * @cssprop [--xs2a-chart-table-height=18rem] - Height beyond which the table scrolls.
 * @cssprop [--xs2a-color-positive=#146c2e] - Income bars (dark: #6dd58c).
 * @cssprop [--xs2a-color-negative=#b3261e] - Spending bars and a negative net (dark: #f2b8b5).
 * @cssprop [--xs2a-color-accent=#0b57d0] - The chosen month and the toggle (dark: #a8c7fa).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card.
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Table header and the chosen month's band.
 * @cssprop [--xs2a-color-border=#d3d7de] - Borders.
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text and the net tick.
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Axis labels and the zero line.
 * @cssprop [--xs2a-color-focus=#0b57d0] - Focus ring.
 */
export class Xs2aCashFlow extends DisplayElement {
  static override styles = cashFlowStyles;

  @state() private series?: CurrencyCashFlow;
  @state() private geometry?: CashFlowGeometry;
  /** Index of the chosen month; -1 for the last. */
  @state() private cursor = -1;
  @state() private announcement = '';
  @state() private tableOpen = false;

  /** The transactions to read, in any order. */
  @property({ attribute: false }) transactions: readonly Transaction[] = [];

  /** Ids of own-account transfers to leave out (`transferIds(report)`). */
  @property({ attribute: false }) transferIds?: ReadonlySet<string>;

  /** The currency to show; default the one most transactions are in. */
  @property() currency?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('transactions') || changed.has('transferIds') || changed.has('currency')) {
      const flows = cashFlowOf(this.transactions, this.transferIds);
      const series = flows.find((flow) => flow.currency === this.currency) ?? flows[0];
      const counted = series?.months.some((month) => month.count > 0) ? series : undefined;
      if (counted !== this.series) {
        this.series = counted;
        this.geometry = counted ? cashFlowGeometry(counted.months) : undefined;
        this.cursor = -1;
        this.announcement = '';
      }
    }
  }

  private get chosenIndex(): number {
    const count = this.series?.months.length ?? 0;
    return this.cursor >= 0 && this.cursor < count ? this.cursor : count - 1;
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.series?.months.length ?? 0;
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = this.chosenIndex;
    const moves: Record<string, number> = { ArrowLeft: from - 1, ArrowDown: from - 1, ArrowRight: from + 1, ArrowUp: from + 1, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.choose(Math.min(count - 1, Math.max(0, next)));
  };

  private onClick = (event: MouseEvent): void => {
    const count = this.series?.months.length ?? 0;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (count === 0 || box.width === 0) return;
    this.choose(monthAt(count, ((event.clientX - box.left) / box.width) * 100));
  };

  private choose(index: number): void {
    this.cursor = index;
    const month = this.series?.months[index];
    this.announcement = month ? this.describeMonth(month) : '';
  }

  private onToggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private money(minor: number, signed = false): string {
    return this.localize.money(minor, this.series?.currency ?? 'EUR', signed ? 'exceptZero' : undefined);
  }

  private describeMonth(month: MonthFlow): string {
    const { locale, messages } = this.localize;
    const name = formatDate(month.from, locale, 'month');
    if (this.masked) return name;
    return `${name}: ${messages.income} ${this.money(month.income)}, ${viewWords(messages).spending} ${this.money(month.spending)}, ${messages.net} ${this.money(month.net, true)}`;
  }

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    const { series, geometry } = this;
    const period = series ? formatPeriod(series.months[0]?.from, series.months[series.months.length - 1]?.to, locale, messages) : undefined;
    const insights = viewWords(messages);
    return html`
      <div part="base">
        <slot name="heading"><h3 part="heading">${insights.cashFlow}</h3></slot>
        ${series && geometry ? html`<p part="caption">${period}</p>${this.renderChart(series, geometry, period ?? '', locale, messages)}` : html`<p part="empty">${insights.noCashFlow}</p>`}
      </div>
    `;
  }

  private renderChart(series: CurrencyCashFlow, geometry: CashFlowGeometry, period: string, locale: string, messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    const chosen = this.chosenIndex;
    const month = series.months[chosen] as MonthFlow;
    const labelled = series.months.length <= labelledMonths;
    return html`
      <ul part="legend" aria-hidden="true">
        <li><span class="swatch income"></span>${messages.income}</li>
        <li><span class="swatch spending"></span>${insights.spending}</li>
        <li><span class="swatch net"></span>${messages.net}</li>
      </ul>
      <p part="readout" aria-hidden="true">
        <span class="readout-month">${formatDate(month.from, locale, 'month')}</span>
        <span><span class="label">${messages.income}</span> ${this.money(month.income)}</span>
        <span><span class="label">${insights.spending}</span> ${this.money(month.spending)}</span>
        <span class=${month.net < 0 && !this.masked ? 'negative' : ''}><span class="label">${messages.net}</span> ${this.money(month.net, true)}</span>
      </p>
      <div
        part="chart"
        role="application"
        tabindex="0"
        aria-label=${`${insights.cashFlowLabel(period)}. ${this.describeMonth(month)}`}
        aria-describedby="hint"
        @keydown=${this.onKeyDown}
      >
        <div class="plot" @click=${this.onClick}>${this.renderPlot(geometry, chosen)}</div>
        <div class=${labelled ? 'x-axis every' : 'x-axis'} aria-hidden="true">
          ${labelled
            ? series.months.map((each, index) => html`<span part="axis" class=${index === chosen ? 'chosen' : ''}>${shortMonth(each.month, locale)}</span>`)
            : html`<span part="axis">${formatDate(series.months[0]?.from ?? '', locale, 'month')}</span><span part="axis">${formatDate(month.from, locale, 'month')}</span>`}
        </div>
      </div>
      <span id="hint" hidden>${insights.monthKeyboardHint}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderMovers(series, chosen, locale, messages)}
      <button part="table-toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls=${this.tableOpen ? 'table' : nothing} @click=${this.onToggleTable}>
        <span class="chevron" aria-hidden="true"></span>${messages.chartAsTable}
      </button>
      ${this.tableOpen ? this.renderTable(series, period, locale, messages) : nothing}
    `;
  }

  private renderPlot(geometry: CashFlowGeometry, chosen: number): TemplateResult {
    const band = geometry.bars[chosen];
    return html`<svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${band ? svg`<rect class="band" x=${band.slotX} y="0" width=${band.slotWidth} height="100"></rect>` : nothing}
      ${geometry.bars.map(
        (bar) => svg`<rect part="income-bar" x=${bar.incomeX} y=${bar.incomeY} width=${bar.barWidth} height=${Math.max(0, geometry.zeroY - bar.incomeY)}></rect>
          <rect part="spending-bar" x=${bar.spendingX} y=${bar.spendingY} width=${bar.barWidth} height=${Math.max(0, geometry.zeroY - bar.spendingY)}></rect>`,
      )}
      <line class="zero-line" x1="0" x2="100" y1=${geometry.zeroY} y2=${geometry.zeroY} vector-effect="non-scaling-stroke"></line>
      ${geometry.bars.map(
        (bar) => svg`<line part=${bar.negative ? 'net negative' : 'net'} x1=${bar.netX1} x2=${bar.netX2} y1=${bar.netY} y2=${bar.netY} vector-effect="non-scaling-stroke"></line>`,
      )}
    </svg>`;
  }

  private renderMovers(series: CurrencyCashFlow, chosen: number, locale: string, messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    const month = series.months[chosen] as MonthFlow;
    const heading = html`<h4 class="movers-heading">${insights.topMovers(formatDate(month.from, locale, 'month'))}</h4>`;
    if (chosen === 0) return html`<div part="movers">${heading}<p class="muted">${insights.firstMonth}</p></div>`;
    const moves = topMovers(month, moverLimit);
    if (moves.length === 0) return html`<div part="movers">${heading}<p class="muted">${insights.noMovers}</p></div>`;
    return html`<div part="movers">
      ${heading}
      <ul>
        ${moves.map((move) => this.renderMove(move, messages))}
      </ul>
    </div>`;
  }

  private renderMove(move: CategoryMove, messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    const up = move.change > 0;
    const words = move.kind === 'spending' ? (up ? insights.spentMore : insights.spentLess) : up ? insights.earnedMore : insights.earnedLess;
    // Worse for the budget: more spent or less earned.
    const worse = move.kind === 'spending' ? up : !up;
    const name = move.category.id === uncategorizedId ? messages.uncategorized : (move.category.name ?? move.category.id);
    return html`<li>
      <span class="mover-name">${name}</span>
      <span class=${worse ? 'change worse' : 'change better'}><span class="arrow" aria-hidden="true">${up ? '▲' : '▼'}</span> ${this.money(Math.abs(move.change))} ${words}</span>
    </li>`;
  }

  private renderTable(series: CurrencyCashFlow, period: string, locale: string, messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    return html`
      <div class="table-wrap" role="region" aria-label=${insights.cashFlow} tabindex="0">
        <table id="table" part="table">
          <caption>${insights.cashFlowLabel(period)}</caption>
          <thead>
            <tr>
              <th scope="col">${insights.month}</th>
              <th scope="col" class="amount">${messages.income}</th>
              <th scope="col" class="amount">${insights.spending}</th>
              <th scope="col" class="amount">${messages.net}</th>
            </tr>
          </thead>
          <tbody>
            ${series.months.map(
              (month) => html`<tr>
                <th scope="row">${formatDate(month.from, locale, 'month')}</th>
                <td class="amount">${this.money(month.income)}</td>
                <td class="amount">${this.money(month.spending)}</td>
                <td class=${month.net < 0 && !this.masked ? 'amount negative' : 'amount'}>${this.money(month.net, true)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
