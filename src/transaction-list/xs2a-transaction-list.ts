import { nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
// Every template here is rows and boxes in grid and flex layouts: none shows its line breaks.
import { compactHtml as html } from './compact-html.js';
import { formatDate } from '../format/date.js';
import { perList } from '../insights/per-list.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import { DisplayElement } from '../elements/display-element.js';
import { maskedAmount } from '../elements/localize-controller.js';
import type { TransactionGroup } from '../insights/transaction-summary.js';
import type { RunningBalances } from '../insights/running-balance.js';
import type { Money, Transaction } from '../model/report-model.js';
import { toSafeHttpUrl } from '../security/safe-url.js';
import { colorSlotOf, initialOf } from './avatar.js';
import { listLayout } from './list-layout.js';
import { useFrameResizeObserver } from './frame-resize-observer.js';
import { Xs2aTransactionSelectEvent } from './events.js';
import { buildListRows, isGroupRow, isPendingGroup, nextTransactionRow, type ListGrouping, type ListRow, type ListRows } from './list-rows.js';
import { pendingIcon, recurringIcon, transferIcon } from './badge-icons.js';
import { transactionListStyles } from './xs2a-transaction-list.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { Xs2aTransactionSelectEvent } from './events.js';
export type { Transaction } from '../model/report-model.js';
export type { ListGrouping } from './list-rows.js';
export type { RunningBalances } from '../insights/running-balance.js';

useFrameResizeObserver();

const noTransfers: ReadonlySet<string> = new Set();

/**
 * A virtualized list of transactions, grouped by day or month under sticky headers with each
 * group's total. The DOM holds only the rows in view, so 100,000 transactions scroll like 100.
 * Pending transactions come first, under a header of their own. Rows are a listbox: arrow keys,
 * Page Up/Down, Home and End move between them and keep the focused row in view; Enter, Space
 * or a click selects one (`aria-selected`), and the selection stays on its transaction through
 * scrolling, searching and re-rendering.
 *
 * The list scrolls in a box of its own (`--xs2a-list-height`) by default; with `page-scroll` it
 * is as tall as its rows and the page scrolls it, as a phone layout wants, while it still keeps
 * only the rows in view in the DOM and its day header pinned at the top of the viewport.
 *
 * @tag xs2a-transaction-list
 * @summary Show transactions in a virtualized, keyboard-navigable list grouped by day or month.
 *
 * @fires {Xs2aTransactionSelectEvent} xs2a-transaction-select - `{ transaction }`: a user activated a row.
 *
 * @csspart list - The listbox; it scrolls unless `page-scroll` is set.
 * @csspart sticky-header - The header of the group at the top of the view, pinned there until the next group's header pushes it away.
 * @csspart group-header - A day or month header in the list, or the header of the pending transactions.
 * @csspart row - A transaction row; also `row-credit`, `row-debit`, `row-pending` and `row-selected` by state. Only the amount is coloured by default.
 * @csspart icon - The brand icon or coloured initial.
 * @csspart name - The brand, counterparty or reference.
 * @csspart reference - The reference, under the name.
 * @csspart chip - A category chip.
 * @csspart badge - The recurring, pending or transfer badge, its word beside an icon; only the icon when the list is narrower than 30rem. Also `recurring`, `pending-badge` or `transfer`.
 * @csspart amount - The amount; also `credit` (coloured as income) or `debit`.
 * @csspart running-balance - The balance after the transaction, small under the amount, where `runningBalances` knows it.
 * @csspart empty - The message shown when there are no transactions.
 *
 * @cssprop [--xs2a-list-height=28rem] - Height of the scrolling list (without `page-scroll`).
 * @cssprop [--xs2a-list-sticky-top=0px] - With `page-scroll`: where the day header pins, below a page's own sticky bar.
 * @cssprop [--xs2a-list-row-height=3.5rem] - Height of every transaction row.
 * @cssprop [--xs2a-list-header-height=2rem] - Height of the group headers.
 * @cssprop [--xs2a-color-positive=#146c2e] - Colour of credited amounts (dark: #6dd58c).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the list (dark: #1b1b1f).
 * @cssprop [--xs2a-color-accent=#0b57d0] - Tint and edge of the selected row (dark: #a8c7fa).
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
  @query('[part="sticky-header"]') private stickyElement?: HTMLElement;

  @state() private rows: ListRow[] = [];
  @state() private groups: TransactionGroup[] = [];
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

  /** The group whose header is pinned; drawn into the sticky header directly, not by a render of the list. */
  private stickyGroup = -1;
  private groupOfRow: Int32Array = new Int32Array(0);
  /** Row index → position among transaction rows, for `aria-posinset`. */
  private positionOfRow: Int32Array = new Int32Array(0);
  private pendingFocus = false;

  /** The row element that had keyboard focus, and its row: to put focus back when the element is replaced. */
  private focusedRow?: { element: HTMLElement; index: number };

  /** The transactions to show, in the order to show them. */
  @property({ attribute: false }) transactions: readonly Transaction[] = [];

  /** `day`, `month`, or `none` for no headers (e.g. when sorted by amount). */
  @property({ attribute: 'group-by' }) groupBy: ListGrouping = 'day';

  /** Accessible name of the list. */
  @property() label?: string;

  /**
   * The `id` of the selected transaction, whose row has `aria-selected="true"`. A user's click,
   * Enter or Space sets it (and fires `xs2a-transaction-select`); a page may set or clear it,
   * which fires nothing. It names a transaction, not a row, so it holds through scrolling and
   * new `transactions`.
   */
  @property({ attribute: 'selected-id' }) selectedId?: string;

  /**
   * The ids of transactions that move money between the consumer's own accounts; their rows carry
   * a "Transfer" badge. The list only marks them: what counts as a transfer is the page's rule
   * (the report's is `transferIds` in `insights/transfers.ts`).
   */
  @property({ attribute: false }) transferIds: ReadonlySet<string> = noTransfers;

  /**
   * The page scrolls the list instead of a box of its own: the list is as tall as its rows,
   * which suits a phone, where a nested scroll area traps the finger and the wheel.
   */
  @property({ type: Boolean, attribute: 'page-scroll', reflect: true }) pageScroll = false;

  /**
   * The balance after each transaction (`runningBalances(report)`), shown small under the amount;
   * a row whose balance is unknown shows none, never a guessed one.
   */
  @property({ attribute: false }) runningBalances?: RunningBalances;

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
      // Keyboard focus starts from the selected transaction when it is among the new rows.
      const selected = this.selectedId === undefined ? -1 : rows.findIndex((row) => !isGroupRow(row) && row.id === this.selectedId);
      this.activeRow = selected >= 0 ? selected : nextTransactionRow(rows, -1, 1);
      if (rows.length === 0) this.activeRow = -1;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pageScroll) this.listenToPageScroll(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenToPageScroll(false);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('pageScroll') && this.isConnected) this.listenToPageScroll(this.pageScroll);
    if (this.pendingFocus) {
      this.pendingFocus = false;
      void this.focusActiveRow();
    }
    this.restoreLostFocus();
    this.placeStickyHeader();
  }

  private onFocusIn = (event: FocusEvent): void => {
    const row = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'option');
    this.focusedRow = row ? { element: row, index: Number(row.dataset.row) } : undefined;
    // Tabbed to from outside: the row may have been kept far from the view, where the browser's
    // scroll to it makes the virtualizer lay out and move it: it is kept in view as arrow keys keep it.
    const from = event.relatedTarget;
    if (row && Number(row.dataset.row) === this.activeRow && !(from instanceof Node && this.renderRoot.contains(from))) void this.focusActiveRow();
  };

  private onFocusOut = (event: FocusEvent): void => {
    // Focus that moves somewhere stays there; focus lost with its element (relatedTarget null) is kept track of.
    if (event.relatedTarget !== null) this.focusedRow = undefined;
  };

  /**
   * The virtualizer may replace a row's element after a re-layout (the list's width changed, a
   * detail beside it closed, its range moved): when the element that had focus left the DOM and
   * took focus with it to the body, its row's new element takes it back. Focus the reader moved
   * elsewhere, or dropped by clicking the page, stays where it is: the old element is still there.
   */
  private restoreLostFocus(frames = 10): void {
    const focused = this.focusedRow;
    if (!focused || focused.element.isConnected || !this.isConnected) return;
    if (document.activeElement !== document.body && document.activeElement !== null) {
      this.focusedRow = undefined;
      return;
    }
    const row = this.listElement?.querySelector<HTMLElement>(`[role="option"][data-row="${focused.index}"]`);
    if (row) row.focus({ preventScroll: true });
    // The virtualizer renders the row's new element over the next frames.
    else if (frames > 0)
      requestAnimationFrame(() => {
        this.restoreLostFocus(frames - 1);
      });
  }

  /** After the virtualizer changed its range or moved its rows: its DOM is updated in a microtask. */
  private onRangeChanged = (): void => {
    queueMicrotask(() => {
      this.restoreLostFocus();
    });
  };

  /** Scrolls a transaction into view and makes it the row keyboard focus starts from. */
  async scrollToTransaction(transaction: Transaction): Promise<void> {
    const index = this.rows.indexOf(transaction);
    if (index < 0) return;
    this.activeRow = index;
    await this.updateComplete;
    const virtualizer = this.listElement?.[virtualizerRef];
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Moves keyboard focus to a transaction's row, scrolled into view: e.g. when a detail opened from it closes. */
  focusTransaction(transaction: Transaction): void {
    const index = this.rows.indexOf(transaction);
    if (index < 0) return;
    this.activeRow = index;
    this.pendingFocus = true;
    this.requestUpdate();
  }

  /**
   * Focuses the active row and keeps it in view. A row far away is not in the DOM: the
   * virtualizer scrolls to where it estimates it and renders it over the next frames. It then
   * measures the rows it rendered and corrects its estimate, which moves the rows and may
   * rebuild the focused one: so the row is scrolled into view by the browser (below the pinned
   * header: rows have a `scroll-margin` of its height) and focused again, frame by frame,
   * until it has stayed in view for two frames.
   */
  private async focusActiveRow(): Promise<void> {
    const index = this.activeRow;
    const rowElement = () => this.listElement?.querySelector<HTMLElement>(`[role="option"][data-row="${index}"]`) ?? null;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const virtualizer = this.listElement?.[virtualizerRef];
    if (!rowElement()) virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    let steady = 0;
    for (let frame = 0; frame < 30 && steady < 2 && this.isConnected && index === this.activeRow; frame += 1) {
      const row = rowElement();
      if (row) {
        // Taken back only from nowhere: a rebuilt row leaves focus on the body, not elsewhere.
        const focusLost = document.activeElement === document.body || document.activeElement === this;
        if (this.shadowRoot?.activeElement !== row && (frame === 0 || focusLost || this.shadowRoot?.activeElement)) row.focus({ preventScroll: true });
        if (this.isInView(row)) steady += 1;
        else {
          steady = 0;
          row.scrollIntoView({ block: 'nearest' });
        }
      }
      await nextFrame();
    }
  }

  /** Whether a row is wholly inside the part of the list the reader sees, below the pinned header. */
  private isInView(row: HTMLElement): boolean {
    const list = this.listElement;
    if (!list) return false;
    const rect = row.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    const top = Math.max(this.pageScroll ? 0 : box.top, this.stickyElement?.getBoundingClientRect().bottom ?? box.top);
    const bottom = Math.min(this.pageScroll ? window.innerHeight : box.bottom, box.bottom);
    return rect.top >= top - 1 && rect.bottom <= bottom + 1;
  }

  private onVisibilityChanged = (_event: VisibilityChangedEvent): void => {
    this.placeStickyHeader();
    this.onRangeChanged();
  };

  private onScroll = (): void => {
    this.placeStickyHeader();
  };

  private listeningToPage = false;

  /** With `page-scroll` the list moves when any scroller around it does: the window or a panel. */
  private listenToPageScroll(listen: boolean): void {
    if (listen === this.listeningToPage) return;
    this.listeningToPage = listen;
    if (listen) window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    else window.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  /**
   * Pins the header of the group under the top edge of the view, and pushes it up as the next
   * group's header arrives, as a sticky section header does: exactly one header is ever at
   * the top, never a half-covered second one. Read from the rows on screen at each scroll, so
   * it is right in the frame the reader sees, not a frame behind the virtualizer's events.
   */
  private placeStickyHeader(): void {
    const list = this.listElement;
    const sticky = this.stickyElement;
    if (!list || !sticky) return;
    // The pinned edge: the list's top, or with `page-scroll` where the sticky anchor sits.
    const edge = sticky.parentElement?.getBoundingClientRect().top ?? list.getBoundingClientRect().top;
    let group = -1;
    const headerTops = new Map<number, number>();
    for (const child of list.children) {
      if (!(child instanceof HTMLElement) || child.dataset.row === undefined) continue;
      const row = Number(child.dataset.row);
      const rect = child.getBoundingClientRect();
      if (rect.top <= edge + 0.5 && rect.bottom > edge + 0.5) group = this.groupOfRow[row] ?? -1;
      if (child.classList.contains('group')) headerTops.set(this.groupOfRow[row] ?? -1, rect.top);
    }
    // Until the rows where the view is are laid out, the header stays as it is.
    if (group >= 0) this.stickyGroup = group;
    const shown = this.groups[this.stickyGroup];
    if (!shown) return;
    render(this.renderGroupText(shown, this.localize.locale), sticky);
    const height = sticky.offsetHeight;
    const nextTop = group >= 0 ? (headerTops.get(group + 1) ?? Infinity) : Infinity;
    const shift = Math.min(0, nextTop - edge - height, list.getBoundingClientRect().bottom - edge - height);
    sticky.style.transform = shift < 0 ? `translateY(${shift}px)` : '';
  }

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
    this.selectedId = transaction.id;
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
    if (isPendingGroup(group)) return this.localize.messages.pending;
    return group.key.length === 7 ? formatDate(`${group.key}-01`, locale, 'month') : formatDate(group.key, locale, 'weekday');
  }

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    if (this.rows.length === 0) {
      return html`<div class="frame"><p class="empty" part="empty">${messages.empty}</p></div>`;
    }
    return html`
      <div class="frame">
        <div class="sticky">${this.groups.length > 0 ? html`<div part="sticky-header" aria-hidden="true"></div>` : nothing}</div>
        <div
          part="list"
          role="listbox"
          aria-label=${this.label ?? messages.transactions}
          tabindex=${this.activeRow < 0 ? 0 : -1}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @scroll=${this.onScroll}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @rangeChanged=${this.onRangeChanged}
          @visibilityChanged=${this.onVisibilityChanged}
        >
          ${virtualize({
            items: this.rows,
            // With `page-scroll` the virtualizer follows the window or whichever ancestor scrolls.
            scroller: !this.pageScroll,
            // Given, not left to the virtualizer's lazy import: no extra request, no async gap.
            layout: listLayout(this.keptRow),
            // Rows are kept by position: when a search replaces the transactions, the rows on screen
            // are updated in place instead of being rebuilt and laid out anew.
            keyFunction: (_row: ListRow | undefined, index: number) => index,
            renderItem: (row: ListRow | undefined, index: number) =>
              row === undefined ? html`` : isGroupRow(row) ? this.renderGroup(row, index, locale) : this.renderRow(row, index, locale, messages),
          })}
        </div>
      </div>
    `;
  }

  /** The row the virtualizer keeps when none is in view: the one keyboard focus starts from. */
  private keptRow = (): number => this.activeRow;

  private renderGroup(group: TransactionGroup, index: number, locale: string): TemplateResult {
    return html`<div class="group" part="group-header" role="presentation" aria-hidden="true" data-row=${index}>${this.renderGroupText(group, locale)}</div>`;
  }

  /** A day's or month's label and total: in its header, and in the sticky one above the list. */
  private renderGroupText(group: TransactionGroup, locale: string): TemplateResult {
    return html`<span .textContent=${this.groupLabel(group, locale)}></span><span .textContent=${this.formatTotal(group.totals)}></span>`;
  }

  private renderRow(transaction: Transaction, index: number, locale: string, messages: DisplayMessages): TemplateResult {
    const name = transaction.brand?.name ?? transaction.counterparty?.name ?? transaction.reference ?? '—';
    const secondary = name === transaction.reference ? transaction.counterparty?.name : transaction.reference;
    const direction = transaction.direction ?? 'unknown';
    const amount = transaction.amount;
    const amountText = !amount ? '' : this.localize.money(amount.minor, amount.currency, 'exceptZero');
    const selected = transaction.id === this.selectedId;
    const parts = ['row', `row-${direction}`, transaction.pending ? 'row-pending' : '', selected ? 'row-selected' : ''].filter(Boolean).join(' ');
    // Under the pending header the badge would say it twice.
    const pendingBadge = transaction.pending && this.groupBy === 'none';
    return html`<div
      part=${parts}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
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
          ${this.transferIds.has(transaction.id)
            ? html`<span part="badge transfer">${transferIcon}<span class="badge-text" .textContent=${messages.transfer}></span></span>`
            : nothing}${transaction.recurring
            ? html`<span part="badge recurring">${recurringIcon}<span class="badge-text" .textContent=${messages.recurring}></span></span>`
            : nothing}${pendingBadge
            ? html`<span part="badge pending-badge">${pendingIcon}<span class="badge-text" .textContent=${messages.pending}></span></span>`
            : nothing}
        </span>
        <span class="line">
          ${secondary ? html`<span part="reference" .textContent=${secondary}></span>` : nothing}${transaction.categories
            .slice(0, 2)
            .map((category) => html`<span part="chip" .textContent=${category.name ?? messages.uncategorized}></span>`)}
        </span>
      </span>
      ${this.renderAmount(transaction, direction, amountText, messages)}
    </div>`;
  }

  private renderAmount(transaction: Transaction, direction: string, amountText: string, messages: DisplayMessages): TemplateResult {
    const amount = html`<span part="amount ${direction}" .textContent=${amountText}></span>`;
    const balance = this.runningBalances?.after(transaction);
    if (!balance) return amount;
    return html`<span class="amounts">${amount}<span part="running-balance"><span class="visually-hidden" .textContent=${`${messages.insights.runningBalance} `}></span><span .textContent=${this.localize.money(balance.minor, balance.currency)}></span></span></span>`;
  }

  private renderIcon(transaction: Transaction, name: string): TemplateResult {
    const iconUrl = this.safeIconUrl(transaction.brand?.iconUrl);
    const initial = initialOf(name);
    if (iconUrl && !this.failedIcons.has(iconUrl)) {
      // The initial stays under the logo until the logo has loaded: a slow or blocked image never
      // leaves an empty circle. A new image element per URL: a reused one would show the last
      // brand until the new one loads.
      return html`<span part="icon" aria-hidden="true" data-color=${colorSlotOf(name)}
        ><span class="initial" .textContent=${initial}></span>${keyed(
          iconUrl,
          html`<img src=${iconUrl} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @load=${markLoaded} @error=${() => {
            this.onIconError(iconUrl);
          }} />`,
        )}</span
      >`;
    }
    // A data attribute, not an inline style: strict CSPs refuse style attributes.
    return html`<span part="icon" aria-hidden="true" data-color=${colorSlotOf(name)} .textContent=${initial}></span>`;
  }
}

/** A logo shows, over the initial, once it has loaded. */
function markLoaded(event: Event): void {
  (event.currentTarget as HTMLImageElement).dataset['loaded'] = '';
}
