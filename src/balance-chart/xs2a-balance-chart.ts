import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate } from '../format/date.js';
import { DisplayElement } from '../elements/display-element.js';
import { formatPeriod } from '../format/period.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { BalancePoint } from '../model/report-model.js';
import { styleProperties } from '../styles/style-properties.js';
import { balanceGeometry, chartableBalances, nearestIndex, type BalanceGeometry, type BalancePeriod } from './balance-geometry.js';
import { balanceChartStyles } from './xs2a-balance-chart.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { BalancePoint } from '../model/report-model.js';

/** Points a Page Up or Page Down moves the cursor: about a week of daily balances. */
const pageStep = 7;

/**
 * The balance over time as an area chart: the line turns the negative colour below zero, with a
 * zero line when the balance crosses it, and labels for the first and last day and the lowest
 * and highest balance. The chart takes keyboard focus: arrow keys move a cursor from day to day
 * and announce its date and balance, Page Up and Page Down move seven points, Home and End jump
 * to the first and last day. "Show as table" reveals every balance in a table. In privacy mode
 * (`masked`) the balances are hidden; the shape of the line still shows.
 *
 * Long series are drawn through at most 400 points, keeping each stretch's lowest and highest
 * balance; the cursor and the table still reach every day.
 *
 * The chart says what it covers under its heading and in its accessible name: `caption`, else
 * the period of `from-date` and `to-date`, else the first and last day of the data. Given a
 * period, it shows the balances of those days only and its horizontal axis runs from the
 * period's first day to its last, so a month with balances from the 10th on starts a third of
 * the way in. With no balance in it, it says so; with one, it shows that balance and its day.
 *
 * @tag xs2a-balance-chart
 * @summary Show a balance over time as an accessible area chart.
 *
 * @slot heading - Replaces the default heading, "Balance over time".
 *
 * @csspart base - The card around heading, chart and table.
 * @csspart heading - The default heading.
 * @csspart caption - What the chart covers: `caption`, else the period, else the data's first and last day.
 * @csspart readout - The date and balance under the cursor, else of the last day.
 * @csspart chart - The focusable chart with its axis labels.
 * @csspart axis - An axis label; also `min`, `max`, `start` or `end` (the period's ends when it is given).
 * @csspart line - The balance line; also `negative` below zero.
 * @csspart area - The area between the line and zero; also `negative` below zero.
 * @csspart zero-line - The line at zero, drawn when the balance crosses it.
 * @csspart cursor - The dot on the day the cursor is on; also `negative` below zero.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The table of every balance.
 * @csspart empty - The message shown when there are fewer than two balances (with the one balance in `readout`).
 *
 * @cssprop [--xs2a-chart-height=10rem] - Height of the plot.
 * @cssprop [--xs2a-chart-table-height=18rem] - Height beyond which the table scrolls.
 * @cssprop [--xs2a-color-accent=#0b57d0] - Line, area and toggle colour.
 * @cssprop [--xs2a-color-negative=#b3261e] - Line and area below zero, negative balances in the table.
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card.
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Table header and hovered toggle.
 * @cssprop [--xs2a-color-border=#d3d7de] - Borders.
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour.
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Axis labels and the zero line.
 * @cssprop [--xs2a-color-focus=#0b57d0] - Focus ring.
 */
export class Xs2aBalanceChart extends DisplayElement {
  static override styles = balanceChartStyles;

  @state() private geometry?: BalanceGeometry;
  /** The only balance in the period, when there is one: no line, but still a figure to show. */
  @state() private single?: BalancePoint;
  /** Index of the point the cursor is on, -1 for none. */
  @state() private cursor = -1;
  /** What the live region says: the cursor's date and balance after a key press. */
  @state() private announcement = '';
  @state() private tableOpen = false;

  /** Balance at the end of each day, oldest first. */
  @property({ attribute: false }) balances: BalancePoint[] = [];

  /** What the chart covers, shown under the heading, e.g. "Last 90 days"; default the period, else the data's days. */
  @property() caption?: string;

  /** The first day to show, `YYYY-MM-DD`: the horizontal axis starts there and earlier balances are left out. */
  @property({ attribute: 'from-date' }) fromDate?: string;

  /** The last day to show, `YYYY-MM-DD`: the horizontal axis ends there and later balances are left out. */
  @property({ attribute: 'to-date' }) toDate?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('balances') || changed.has('fromDate') || changed.has('toDate')) {
      const period: BalancePeriod = { from: this.fromDate, to: this.toDate };
      this.geometry = balanceGeometry(this.balances, { period });
      const chartable = this.geometry ? [] : chartableBalances(this.balances, period);
      this.single = chartable.length === 1 ? chartable[0] : undefined;
      this.cursor = -1;
      this.announcement = '';
    }
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.geometry?.points.length ?? 0;
    if (count === 0) return;
    const last = count - 1;
    const from = this.cursor;
    // As on a slider, Up goes forward in time. With no cursor yet, stepping back starts at the
    // latest day and stepping on at the first.
    const moves: Record<string, () => number> = {
      ArrowLeft: () => (from < 0 ? last : from - 1),
      ArrowDown: () => (from < 0 ? last : from - 1),
      PageDown: () => (from < 0 ? last : from - pageStep),
      ArrowRight: () => (from < 0 ? 0 : from + 1),
      ArrowUp: () => (from < 0 ? 0 : from + 1),
      PageUp: () => (from < 0 ? 0 : from + pageStep),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (event.key === 'Escape' && this.cursor >= 0) {
      this.cursor = -1;
      return;
    }
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.cursor = Math.min(last, Math.max(0, move()));
    this.announcement = this.describePoint(this.cursor);
  };

  private onPointerMove = (event: PointerEvent): void => {
    const geometry = this.geometry;
    const plot = event.currentTarget as HTMLElement;
    const box = plot.getBoundingClientRect();
    if (!geometry || box.width === 0) return;
    this.cursor = nearestIndex(geometry.xs, ((event.clientX - box.left) / box.width) * 100);
  };

  /** The cursor belongs to the pointer or the focus; with neither, the readout shows the last day. */
  private clearCursor = (): void => {
    this.cursor = -1;
  };

  private onToggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private money(point: BalancePoint): string {
    return this.localize.money(point.balance.minor, point.balance.currency);
  }

  private describePoint(index: number): string {
    const point = this.geometry?.points[index];
    if (!point) return '';
    const locale = this.localize.locale;
    const date = formatDate(point.date, locale);
    return this.masked ? date : `${date}: ${this.money(point)}`;
  }

  /** The period the page named, in words, or `undefined`. */
  private namedCoverage(locale: string, messages: DisplayMessages): string | undefined {
    return this.caption?.trim() || formatPeriod(this.fromDate, this.toDate, locale, messages);
  }

  /** What the caption says: the page's caption or period, else the days the data covers. */
  private coverage(locale: string, messages: DisplayMessages): string | undefined {
    const named = this.namedCoverage(locale, messages);
    if (named) return named;
    if (this.geometry) return formatPeriod(this.geometry.first.point.date, this.geometry.last.point.date, locale, messages);
    return this.single ? formatDate(this.single.date, locale) : undefined;
  }

  /** The accessible name: what the page says the chart covers, then the data's days and figures. */
  private chartLabel(geometry: BalanceGeometry, locale: string, messages: DisplayMessages): string {
    const from = formatDate(geometry.first.point.date, locale);
    const to = formatDate(geometry.last.point.date, locale);
    const values = this.masked
      ? undefined
      : {
          first: this.money(geometry.first.point),
          last: this.money(geometry.last.point),
          min: this.money(geometry.min.point),
          max: this.money(geometry.max.point),
        };
    const label = messages.balanceChartLabel(from, to, values);
    const named = this.namedCoverage(locale, messages);
    return named ? `${named}. ${label}` : label;
  }

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    const coverage = this.coverage(locale, messages);
    return html`
      <div part="base">
        <slot name="heading"><h3 part="heading">${messages.balanceOverTime}</h3></slot>
        ${coverage ? html`<p part="caption">${coverage}</p>` : nothing}
        ${this.geometry ? this.renderChart(this.geometry, locale, messages) : this.renderShort(locale, messages)}
      </div>
    `;
  }

  /** Fewer than two balances: the one there is, with its day, or a plain statement that there are none. */
  private renderShort(locale: string, messages: DisplayMessages): TemplateResult {
    const point = this.single;
    if (!point) return html`<p part="empty">${messages.noBalancesInPeriod}</p>`;
    return html`
      <p part="readout">
        <span class="readout-balance" aria-hidden=${this.masked ? 'true' : 'false'}>${this.money(point)}</span>
        <span class="readout-date">${formatDate(point.date, locale)}</span>
      </p>
      <p part="empty">${messages.singleBalance}</p>
    `;
  }

  private renderChart(geometry: BalanceGeometry, locale: string, messages: DisplayMessages): TemplateResult {
    const shown = geometry.points[this.cursor] ?? geometry.last.point;
    return html`
      <p part="readout" aria-hidden="true">
        <span class="readout-balance">${this.money(shown)}</span>
        <span class="readout-date">${formatDate(shown.date, locale)}</span>
      </p>
      <div part="chart" role="application" tabindex="0" aria-label=${this.chartLabel(geometry, locale, messages)} aria-describedby="hint" @keydown=${this.onKeyDown} @blur=${this.clearCursor}>
        <div class="y-axis" aria-hidden="true">
          <span part="axis max">${this.money(geometry.max.point)}</span>
          <span part="axis min">${this.money(geometry.min.point)}</span>
        </div>
        <div class="plot" @pointermove=${this.onPointerMove} @pointerleave=${this.clearCursor}>
          ${this.renderPlot(geometry)} ${this.renderCursor(geometry)}
        </div>
        <div class="x-axis" aria-hidden="true">
          <span part="axis start">${formatDate(geometry.axis.from, locale)}</span>
          <span part="axis end">${formatDate(geometry.axis.to, locale)}</span>
        </div>
      </div>
      <span id="hint" hidden>${messages.chartKeyboardHint}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <button part="table-toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls=${this.tableOpen ? 'table' : nothing} @click=${this.onToggleTable}>
        <span class="chevron" aria-hidden="true"></span>${messages.chartAsTable}
      </button>
      ${this.tableOpen ? this.renderTable(geometry, locale, messages) : nothing}
    `;
  }

  /** The view box is stretched to the plot's box; `non-scaling-stroke` keeps lines as wide as set in CSS pixels. */
  private renderPlot(geometry: BalanceGeometry): TemplateResult {
    const cursorX = geometry.xs[this.cursor];
    return html`
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${geometry.segments.map((segment) => svg`<path part=${segment.negative ? 'area negative' : 'area'} d=${segment.area}></path>`)}
        ${geometry.zeroY === undefined ? nothing : svg`<line part="zero-line" x1="0" x2="100" y1=${geometry.zeroY} y2=${geometry.zeroY} vector-effect="non-scaling-stroke"></line>`}
        ${geometry.segments.map((segment) => svg`<path part=${segment.negative ? 'line negative' : 'line'} d=${segment.line} vector-effect="non-scaling-stroke"></path>`)}
        ${cursorX === undefined ? nothing : svg`<line class="cursor-line" x1=${cursorX} x2=${cursorX} y1="0" y2="100" vector-effect="non-scaling-stroke"></line>`}
      </svg>
    `;
  }

  /**
   * A dot in HTML rather than SVG: the stretched view box would squash a circle into an oval.
   * Placed through the CSSOM, which a strict `style-src` allows.
   */
  private renderCursor(geometry: BalanceGeometry): TemplateResult | typeof nothing {
    const point = geometry.points[this.cursor];
    const x = geometry.xs[this.cursor];
    const y = geometry.ys[this.cursor];
    if (!point || x === undefined || y === undefined) return nothing;
    return html`<span part=${point.balance.minor < 0 ? 'cursor negative' : 'cursor'} style=${styleProperties({ left: `${x}%`, top: `${y}%` })}></span>`;
  }

  private renderTable(geometry: BalanceGeometry, locale: string, messages: DisplayMessages): TemplateResult {
    return html`
      <div class="table-wrap" role="region" aria-label=${messages.balanceOverTime} tabindex="0">
        <table id="table" part="table">
          <thead>
            <tr>
              <th scope="col">${messages.date}</th>
              <th scope="col" class="balance">${messages.balance}</th>
            </tr>
          </thead>
          <tbody>
            ${geometry.points.map(
              (point) => html`<tr>
                <td>${formatDate(point.date, locale)}</td>
                <td class=${point.balance.minor < 0 && !this.masked ? 'balance negative' : 'balance'}>${this.money(point)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
