import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
// Every template here is rows and boxes in grid and flex layouts: none shows its line breaks.
import { compactHtml as html } from './compact-html.js';
import { formatDate } from '../format/date.js';
import { perList } from '../insights/per-list.js';
import type { Messages } from '../i18n/messages.js';
import { DisplayElement } from '../elements/display-element.js';
import { maskedAmount } from '../elements/localize-controller.js';
import type { TransactionGroup } from '../insights/transaction-summary.js';
import type { Money, Transaction } from '../model/report-model.js';
import { toSafeHttpUrl } from '../security/safe-url.js';
import { colorSlotOf, initialOf } from './avatar.js';
import { listLayout } from './list-layout.js';
import { useFrameResizeObserver } from './frame-resize-observer.js';
import { Xs2aTransactionSelectEvent } from './events.js';
import { buildListRows, isGroupRow, nextTransactionRow, type ListGrouping, type ListRow, type ListRows } from './list-rows.js';
import { transactionListStyles } from './xs2a-transaction-list.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { Xs2aTransactionSelectEvent } from './events.js';
export type { Transaction } from '../model/report-model.js';
export type { ListGrouping } from './list-rows.js';

useFrameResizeObserver();

/**
 * A virtualized list of transactions, grouped by day or month under sticky headers with each
 * group's total. The DOM holds only the rows in view, so 100,000 transactions scroll like 100.
 * Rows are a listbox: arrow keys, Page Up/Down, Home and End move between them; Enter, Space
 * or a click selects one.
 *
 * @tag xs2a-transaction-list
 * @summary Show transactions in a virtualized, keyboard-navigable list grouped by day or month.
 *
 * @fires {Xs2aTransactionSelectEvent} xs2a-transaction-select - `{ transaction }`: a user activated a row.
 *
 * @csspart list - The scrolling listbox.
 * @csspart sticky-header - The header of the group at the top of the view.
 * @csspart group-header - A day or month header in the list.
 * @csspart row - A transaction row; also `credit`, `debit` and `pending` parts by state.
 * @csspart icon - The brand icon or coloured initial.
 * @csspart name - The brand, counterparty or reference.
 * @csspart reference - The reference, under the name.
 * @csspart chip - A category chip.
 * @csspart badge - The recurring or pending badge; also `recurring` or `pending-badge`.
 * @csspart amount - The amount; also `credit` or `debit`.
 * @csspart empty - The message shown when there are no transactions.
 *
 * @cssprop [--xs2a-list-height=28rem] - Height of the scrolling list.
 * @cssprop [--xs2a-list-row-height=3.5rem] - Height of every transaction row.
 * @cssprop [--xs2a-list-header-height=2rem] - Height of the group headers.
 * @cssprop [--xs2a-color-positive=#146c2e] - Colour of credited amounts (dark: #6dd58c).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the list (dark: #1b1b1f).
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Group headers and chips (dark: #26272c).
 * @cssprop [--xs2a-color-border=#d3d7de] - Border of the list (dark: #44464d).
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - References, dates and group totals (dark: #b4b4b4).
 * @cssprop [--xs2a-chart-color-1=#0b57d0] - Background of the coloured initials; `--xs2a-chart-color-2` to `-8` colour the others.
 * @cssprop [--xs2a-radius=0.5rem] - Corner radius.
 * @cssprop [--xs2a-space=0.5rem] - The spacing unit.
 */
export class Xs2aTransactionList extends DisplayElement {
  static override styles = transactionListStyles;

  /** The virtualizer is attached on first render, so it may not be there yet. */
  @query('[part="list"]') private listElement?: HTMLElement & Partial<VirtualizerHostElement>;

  @state() private rows: ListRow[] = [];
  @state() private groups: TransactionGroup[] = [];
  @state() private stickyGroup = -1;
  @state() private activeRow = -1;
  @state() private failedIcons = new Set<string>();

  /**
   * The model only holds http(s) URLs; they are checked again because a host may build rows
   * itself, once per URL rather than on every render of a row while scrolling.
   */
  private readonly safeIcons = new Map<string, string | undefined>();

  private safeIconUrl(url: string | undefined): string | undefined {
    if (url === undefined) return undefined;
    if (!this.safeIcons.has(url)) {
      // A bound, so a host feeding endless distinct URLs cannot grow it without end.
      if (this.safeIcons.size >= 1000) this.safeIcons.clear();
      this.safeIcons.set(url, toSafeHttpUrl(url));
    }
    return this.safeIcons.get(url);
  }

  private groupOfRow: Int32Array = new Int32Array(0);
  /** Row index → position among transaction rows, for `aria-posinset`. */
  private positionOfRow: Int32Array = new Int32Array(0);
  private pendingFocus = false;

  /** The transactions to show, in the order to show them. */
  @property({ attribute: false }) transactions: readonly Transaction[] = [];

  /** `day`, `month`, or `none` for no headers (e.g. when sorted by amount). */
  @property({ attribute: 'group-by' }) groupBy: ListGrouping = 'day';

  /** Accessible name of the list. */
  @property() label?: string;

  /** Rows per list and grouping, kept while the list lives: a search's earlier results come back. */
  private readonly rowsBy: Record<ListGrouping, (transactions: readonly Transaction[]) => ListRows> = {
    day: perList((transactions) => buildListRows(transactions, 'day')),
    month: perList((transactions) => buildListRows(transactions, 'month')),
    none: perList((transactions) => buildListRows(transactions, 'none')),
  };

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('transactions') || changed.has('groupBy')) {
      const { rows, groupOfRow, positionOfRow, groups } = this.rowsBy[this.groupBy](this.transactions);
      this.rows = rows;
      this.groups = groups;
      this.groupOfRow = groupOfRow;
      this.positionOfRow = positionOfRow;
      this.stickyGroup = groups.length > 0 ? 0 : -1;
      this.activeRow = nextTransactionRow(rows, -1, 1);
      if (rows.length === 0) this.activeRow = -1;
    }
  }

  override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      void this.focusActiveRow();
    }
  }

  /** Scrolls a transaction into view and makes it the row keyboard focus starts from. */
  async scrollToTransaction(transaction: Transaction): Promise<void> {
    const index = this.rows.indexOf(transaction);
    if (index < 0) return;
    this.activeRow = index;
    await this.updateComplete;
    const virtualizer = this.listElement?.[virtualizerRef];
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Focuses the active row, first scrolling it into the DOM if the virtualizer had dropped it. */
  private async focusActiveRow(): Promise<void> {
    const rowElement = () => this.renderRoot.querySelector<HTMLElement>(`[data-row="${this.activeRow}"]`);
    const virtualizer = this.listElement?.[virtualizerRef];
    virtualizer?.element(this.activeRow)?.scrollIntoView({ block: 'nearest' });
    // The virtualizer renders the scrolled-to rows over the next frames; give it a few.
    for (let frame = 0; frame < 10 && !rowElement() && this.isConnected; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    rowElement()?.focus({ preventScroll: true });
  }

  private onVisibilityChanged = (event: VisibilityChangedEvent): void => {
    const group = this.groupOfRow[event.first] ?? -1;
    if (group !== this.stickyGroup) this.stickyGroup = group;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const pageSize = 8;
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: pageSize,
      PageUp: -pageSize,
      Home: -this.rows.length,
      End: this.rows.length,
    };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = nextTransactionRow(this.rows, this.activeRow, step);
      if (next !== this.activeRow || event.target === this.listElement) {
        this.activeRow = next;
        this.pendingFocus = true;
        this.requestUpdate();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const row = this.rowOfEvent(event);
      if (row) {
        event.preventDefault();
        this.select(row);
      }
    }
  };

  private onClick = (event: MouseEvent): void => {
    const row = this.rowOfEvent(event);
    if (row) {
      this.activeRow = this.rows.indexOf(row);
      this.select(row);
    }
  };

  private rowOfEvent(event: Event): Transaction | undefined {
    const element = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.row !== undefined);
    const row = element ? this.rows[Number(element.dataset.row)] : undefined;
    return row && !isGroupRow(row) ? row : undefined;
  }

  private select(transaction: Transaction): void {
    this.dispatchEvent(new Xs2aTransactionSelectEvent({ transaction }));
  }

  private onIconError(url: string): void {
    this.failedIcons = new Set(this.failedIcons).add(url);
  }

  private formatTotal(totals: readonly Money[]): string {
    if (this.masked) return maskedAmount;
    return totals.map((total) => this.localize.money(total.minor, total.currency, 'exceptZero')).join(' · ');
  }

  private groupLabel(group: TransactionGroup, locale: string): string {
    return group.key.length === 7 ? formatDate(`${group.key}-01`, locale, 'month') : formatDate(group.key, locale, 'weekday');
  }

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    if (this.rows.length === 0) {
      return html`<div class="frame"><p class="empty" part="empty">${messages.empty}</p></div>`;
    }
    const sticky = this.groups[this.stickyGroup];
    return html`
      <div class="frame">
        ${sticky
          ? html`<div part="sticky-header" aria-hidden="true">${this.renderGroupText(sticky, locale)}</div>`
          : nothing}
        <div
          part="list"
          role="listbox"
          aria-label=${this.label ?? messages.transactions}
          tabindex=${this.activeRow < 0 ? 0 : -1}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @visibilityChanged=${this.onVisibilityChanged}
        >
          ${virtualize({
            items: this.rows,
            scroller: true,
            // Given, not left to the virtualizer's lazy import: no extra request, no async gap.
            layout: listLayout(),
            // Rows are kept by position: when a search replaces the transactions, the rows on screen
            // are updated in place instead of being rebuilt and laid out anew.
            keyFunction: (_row: ListRow | undefined, index: number) => index,
            renderItem: (row: ListRow | undefined, index: number) =>
              row === undefined ? html`` : isGroupRow(row) ? this.renderGroup(row, locale) : this.renderRow(row, index, locale, messages),
          })}
        </div>
      </div>
    `;
  }

  private renderGroup(group: TransactionGroup, locale: string): TemplateResult {
    return html`<div class="group" part="group-header" role="presentation" aria-hidden="true">${this.renderGroupText(group, locale)}</div>`;
  }

  /** A day's or month's label and total: in its header, and in the sticky one above the list. */
  private renderGroupText(group: TransactionGroup, locale: string): TemplateResult {
    return html`<span .textContent=${this.groupLabel(group, locale)}></span><span .textContent=${this.formatTotal(group.totals)}></span>`;
  }

  private renderRow(transaction: Transaction, index: number, locale: string, messages: Messages): TemplateResult {
    const name = transaction.brand?.name ?? transaction.counterparty?.name ?? transaction.reference ?? '—';
    const secondary = name === transaction.reference ? transaction.counterparty?.name : transaction.reference;
    const direction = transaction.direction ?? 'unknown';
    const amount = transaction.amount;
    const amountText = !amount ? '' : this.localize.money(amount.minor, amount.currency, 'exceptZero');
    const parts = ['row', direction, transaction.pending ? 'pending' : ''].filter(Boolean).join(' ');
    return html`<div
      part=${parts}
      role="option"
      aria-selected="false"
      aria-setsize=${this.transactions.length}
      aria-posinset=${this.positionOfRow[index] ?? 0}
      tabindex=${index === this.activeRow ? 0 : -1}
      data-row=${index}
    >
      ${this.renderIcon(transaction, name)}
      <span class="text">
        <span class="visually-hidden" .textContent=${formatDate(transaction.date, locale)}></span>
        <span class="line">
          <span part="name" .textContent=${name}></span>
          ${transaction.recurring ? html`<span part="badge recurring" .textContent=${messages.recurring}></span>` : nothing}${transaction.pending
            ? html`<span part="badge pending-badge" .textContent=${messages.pending}></span>`
            : nothing}
        </span>
        <span class="line">
          ${secondary ? html`<span part="reference" .textContent=${secondary}></span>` : nothing}${transaction.categories
            .slice(0, 2)
            .map((category) => html`<span part="chip" .textContent=${category.name ?? messages.uncategorized}></span>`)}
        </span>
      </span>
      <span part="amount ${direction}" .textContent=${amountText}></span>
    </div>`;
  }

  private renderIcon(transaction: Transaction, name: string): TemplateResult {
    const iconUrl = this.safeIconUrl(transaction.brand?.iconUrl);
    if (iconUrl && !this.failedIcons.has(iconUrl)) {
      // A new image element per URL: a reused one would show the last brand until the new one loads.
      return html`<span part="icon">${keyed(
        iconUrl,
        html`<img src=${iconUrl} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${() => {
          this.onIconError(iconUrl);
        }} />`,
      )}</span>`;
    }
    // A data attribute, not an inline style: strict CSPs refuse style attributes.
    return html`<span part="icon" aria-hidden="true" data-color=${colorSlotOf(name)} .textContent=${initialOf(name)}></span>`;
  }
}
