import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { DisplayElement } from '../elements/display-element.js';
import { maskedAmount } from '../elements/localize-controller.js';
import { formatPeriod } from '../format/period.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { ExpenseCategory } from '../model/report-model.js';
import { chartColorCount } from '../styles/theme.js';
import { arcPath, categoryBreakdown, formatShare, pressedState, toggleEntry, type CategoryBreakdown, type CategoryEntry } from './category-breakdown.js';
import { formatCompactMoney } from './compact-money.js';
import { Xs2aCategorySelectEvent } from './events.js';
import { FitTextController } from './fit-text-controller.js';
import { categoryChartStyles } from './xs2a-category-chart.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { ExpenseCategory } from '../model/report-model.js';
export type { Xs2aCategorySelectEvent } from './events.js';

/** The ring in the 100 × 100 view box: radius and the blank between neighbouring arcs. */
const ring = { cx: 50, cy: 50, radius: 42 };
const arcGap = 0.004;
/**
 * The total may shrink to 70 % of its size (about 11 px in the default theme) to fit the hole;
 * below that it reads `€4.96M` instead, with the exact figure in its accessible name and title.
 */
const totalMinScale = 0.7;

/**
 * Spending per category: a donut chart and, beside it, the list of the largest categories and
 * "Other", each with its colour, amount and share. The list is the chart's accessible
 * alternative: each entry is a toggle button, so a click, Enter or Space selects a category
 * (e.g. to filter a transaction list) and announces its pressed state. In privacy mode (`masked`)
 * the amounts are hidden; the shares still show.
 *
 * The selection is `selectedIds`. A page that filters by category keeps one source of truth by
 * setting `selectedIds` from its own filter whenever that changes, and updating its filter from
 * each `xs2a-category-select`, whose `ids` are the whole new selection (not the id toggled).
 * `selectedIds` already holds that selection when the event fires; a page that wants another
 * one (e.g. one category at a time) sets `selectedIds` in its listener, and the chart shows it.
 *
 * The chart says what it covers under its heading: `caption`, else the period of `from-date`
 * and `to-date` in the locale's words ("Mar 1 – 31, 2024"); the list of categories is named
 * with it too. Give it the categories of the same transactions the rest of the page sums up.
 *
 * @tag xs2a-category-chart
 * @summary Show spending per category as a donut chart with a selectable legend.
 *
 * @fires {Xs2aCategorySelectEvent} xs2a-category-select - `{ ids }`: a user toggled a category;
 * `ids` are the selected category ids ("Other" adds all it stands for), empty when the selection
 * was cleared. `selectedIds` equals `ids` when it fires. Never fired when `selectedIds` is set by
 * the page.
 *
 * @slot heading - Replaces the default heading, "Expenses by category".
 *
 * @csspart base - The card around heading and chart.
 * @csspart heading - The default heading.
 * @csspart caption - What the chart covers: `caption`, else the period of `from-date` and `to-date`.
 * @csspart chart - The donut's SVG.
 * @csspart slice - One arc of the donut.
 * @csspart total - The total in the middle of the donut, always on one line: scaled down to fit
 * the hole, or in short notation (`€4.96M`, exact figure in its title) when even that is too small.
 * @csspart list - The list of categories.
 * @csspart category - A category's toggle button; `aria-pressed` tells whether it is selected.
 * @csspart swatch - The colour square of a category.
 * @csspart name - A category's name: up to two lines, then cut, with the whole name in its title.
 * @csspart amount - A category's amount.
 * @csspart share - A category's share of the total.
 * @csspart empty - The message shown when there is no spending.
 *
 * @cssprop [--xs2a-chart-size=10rem] - Diameter of the donut.
 * @cssprop [--xs2a-chart-color-1=#0b57d0] - Colour of the largest category; `--xs2a-chart-color-2` to `-7` colour the next ones.
 * @cssprop [--xs2a-chart-color-8=#5e5e5e] - Colour of "Other".
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card.
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Hovered entry and the donut's track.
 * @cssprop [--xs2a-color-border=#d3d7de] - Border of the card.
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour.
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Shares and the total's label.
 * @cssprop [--xs2a-color-focus=#0b57d0] - Focus ring.
 */
export class Xs2aCategoryChart extends DisplayElement {
  static override styles = categoryChartStyles;

  private readonly totalFit = new FitTextController(
    this,
    () => {
      const root = this.renderRoot as ParentNode;
      const box = root.querySelector<HTMLElement>('.total-amount');
      const full = root.querySelector<HTMLElement>('.total-full');
      const short = root.querySelector<HTMLElement>('.total-short');
      return box && full && short ? { box, full, short } : undefined;
    },
    { minScale: totalMinScale, margin: 2 },
  );

  @state() private breakdown?: CategoryBreakdown;
  /** The entry under the pointer or keyboard focus, highlighted in chart and list alike. */
  @state() private activeIndex = -1;

  private arcs: string[] = [];
  private selected: ReadonlySet<string> = new Set();

  /** Spending per category, in any order and currencies. */
  @property({ attribute: false }) categories: ExpenseCategory[] = [];

  /**
   * The selected category ids, in any order; ids of categories the chart does not show are kept
   * until the user toggles an entry. Setting it selects without firing `xs2a-category-select`.
   */
  @property({ attribute: false }) selectedIds: string[] = [];

  /** What the chart covers, shown under the heading, e.g. "Last 90 days"; default the period of `from-date` and `to-date`. */
  @property() caption?: string;

  /** The first day the categories cover, `YYYY-MM-DD`. */
  @property({ attribute: 'from-date' }) fromDate?: string;

  /** The last day the categories cover, `YYYY-MM-DD`. */
  @property({ attribute: 'to-date' }) toDate?: string;

  /** How many categories to show before "Other". */
  @property({ type: Number }) limit = 5;

  /** The currency to show; default the one spent most in. */
  @property() currency?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('categories') || changed.has('limit') || changed.has('currency')) {
      this.breakdown = categoryBreakdown(this.categories, { limit: this.limit, currency: this.currency, colorCount: chartColorCount });
      const entries = this.breakdown?.entries ?? [];
      const gap = entries.length > 1 ? arcGap : 0;
      this.arcs = entries.map((entry) => arcPath(entry.start, entry.end, { ...ring, gap }));
      this.activeIndex = -1;
    }
    if (changed.has('selectedIds')) this.selected = new Set(this.selectedIds);
  }

  private indexOf(event: Event): number {
    const target = event.currentTarget as Element;
    return Number(target.getAttribute('data-index'));
  }

  private onToggle = (event: Event): void => {
    const entries = this.breakdown?.entries;
    if (!entries) return;
    this.selectedIds = toggleEntry(entries, this.selectedIds, this.indexOf(event));
    this.dispatchEvent(new Xs2aCategorySelectEvent({ ids: [...this.selectedIds] }));
  };

  private onActivate = (event: Event): void => {
    this.activeIndex = this.indexOf(event);
  };

  private onDeactivate = (event: Event): void => {
    if (this.activeIndex === this.indexOf(event)) this.activeIndex = -1;
  };

  private entryName(entry: CategoryEntry, messages: DisplayMessages): string {
    if (entry.kind === 'other') return messages.other;
    return entry.name ?? messages.uncategorized;
  }

  /** What the chart covers, in words: `caption`, else the period, else nothing. */
  private coverage(locale: string, messages: DisplayMessages): string | undefined {
    return this.caption?.trim() || formatPeriod(this.fromDate, this.toDate, locale, messages);
  }

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    const coverage = this.coverage(locale, messages);
    return html`
      <div part="base">
        <slot name="heading"><h3 part="heading">${messages.expenseCategories}</h3></slot>
        ${coverage ? html`<p part="caption">${coverage}</p>` : nothing}
        ${this.breakdown ? this.renderBody(this.breakdown, locale, messages, coverage) : html`<p part="empty">${messages.noExpenses}</p>`}
      </div>
    `;
  }

  private renderBody(breakdown: CategoryBreakdown, locale: string, messages: DisplayMessages, coverage: string | undefined): TemplateResult {
    return html`
      <div class="body">
        <div class="donut">
          ${this.renderDonut(breakdown)} ${this.renderTotal(breakdown, locale, messages)}
        </div>
        <ul part="list" role="list" aria-label=${coverage ? messages.expenseCategoriesIn(coverage) : messages.expenseCategories}>
          ${breakdown.entries.map((entry, index) => this.renderEntry(entry, index, locale, messages))}
        </ul>
      </div>
    `;
  }

  /**
   * The exact total and its short form share one line; `FitTextController` scales them and shows
   * one. Assistive technology always reads the exact one, which the title also shows to a pointer.
   */
  private renderTotal(breakdown: CategoryBreakdown, locale: string, messages: DisplayMessages): TemplateResult {
    const { minor } = breakdown.total;
    if (this.masked) {
      return html`<div part="total">
        <span class="total-label">${messages.expenses}</span>
        <span class="total-amount" aria-hidden="true"><span class="total-full">${maskedAmount}</span><span class="total-short">${maskedAmount}</span></span>
      </div>`;
    }
    const exact = this.localize.money(minor, breakdown.currency);
    return html`<div part="total" title=${`${messages.expenses} ${exact}`}>
      <span class="total-label">${messages.expenses}</span>
      <span class="total-amount"
        ><span class="total-full">${exact}</span><span class="total-short" aria-hidden="true">${formatCompactMoney(minor, breakdown.currency, locale)}</span></span
      >
    </div>`;
  }

  /** Hidden from assistive technology: the list says all the chart says, and can be pressed. */
  private renderDonut(breakdown: CategoryBreakdown): TemplateResult {
    const hasSelection = breakdown.entries.some((entry) => pressedState(entry, this.selected) !== 'false');
    return html`
      <svg part="chart" viewBox="0 0 100 100" aria-hidden="true" focusable="false" class=${classMap({ 'has-selection': hasSelection })}>
        <circle class="track" cx=${ring.cx} cy=${ring.cy} r=${ring.radius}></circle>
        ${breakdown.entries.map(
          (entry, index) => svg`<path
            part="slice"
            class=${classMap({ 'is-active': index === this.activeIndex, 'is-selected': pressedState(entry, this.selected) !== 'false' })}
            data-color=${entry.color}
            data-index=${index}
            d=${this.arcs[index] ?? ''}
            @click=${this.onToggle}
            @pointerenter=${this.onActivate}
            @pointerleave=${this.onDeactivate}
          ></path>`,
        )}
      </svg>
    `;
  }

  private renderEntry(entry: CategoryEntry, index: number, locale: string, messages: DisplayMessages): TemplateResult {
    return html`
      <li>
        <button
          part="category"
          type="button"
          class=${classMap({ 'is-active': index === this.activeIndex })}
          data-color=${entry.color}
          data-index=${index}
          aria-pressed=${pressedState(entry, this.selected)}
          @click=${this.onToggle}
          @pointerenter=${this.onActivate}
          @pointerleave=${this.onDeactivate}
          @focus=${this.onActivate}
          @blur=${this.onDeactivate}
        >
          <span part="swatch"></span>
          <span part="name" title=${this.entryName(entry, messages)}>${this.entryName(entry, messages)}</span>
          ${this.masked
            ? html`<span part="amount" aria-hidden="true">${maskedAmount}</span>`
            : html`<span part="amount">${this.localize.money(entry.amount.minor, entry.amount.currency)}</span>`}
          <span part="share">${formatShare(entry.share, locale)}</span>
        </button>
      </li>
    `;
  }
}
