import { nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
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
import { Xs2aTransactionSelectEvent } from './events.js';
import { buildListGroups, isPendingGroup, type ListGrouping, type ListGroups } from './list-groups.js';
import { groupAt, headerTop, totalHeight, type RowHeights } from './list-geometry.js';
import { ListWindow, type RowPainter } from './list-window.js';
import { pendingIcon, recurringIcon, transferIcon } from './badge-icons.js';
import { transactionListStyles } from './xs2a-transaction-list.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { Xs2aTransactionSelectEvent } from './events.js';
export type { Transaction } from '../model/report-model.js';
export type { ListGrouping } from './list-groups.js';
export type { RunningBalances } from '../insights/running-balance.js';

const noTransfers: ReadonlySet<string> = new Set();
const noRows: ListGroups = buildListGroups([], 'none');

/**
 * The heights the last list on the page measured, which the next one starts from: the same
 * styles give the same heights. At first the defaults, 3.5rem and 2rem at 16 px.
 */
const lastHeights: RowHeights = { row: 56, header: 32 };

/** The list box's height when `--xs2a-list-height` is not set: as in the styles. */
const defaultListHeight = '28rem';

/**
 * Rows drawn beyond each edge of the view: 400 px is seven rows of 56 px, more than a fast
 * wheel or touch scroll moves in a frame.
 */
const overhang = 400;

/**
 * A virtualized list of transactions, grouped by day or month under sticky headers with each
 * group's total. Every row and every header has a fixed height, so where each one is follows
 * from where the days begin: the DOM holds only the rows in view, reused as they scroll, and
 * 100,000 transactions scroll like 100.
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

  @query('[part="list"]') private listElement?: HTMLElement;
  @query('.sizer') private sizerElement?: HTMLElement;
  @query('.sticky') private anchorElement?: HTMLElement;
  @query('[part="sticky-header"]') private stickyElement?: HTMLElement;
  @query('.probe-row') private rowProbe?: HTMLElement;
  @query('.probe-header') private headerProbe?: HTMLElement;

  @state() private rows: ListGroups = noRows;
  /** The transaction keyboard focus is on or starts from, by its place in `rows.order`; -1 with none. */
  @state() private activePlace = -1;
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

  /** The heights of a row and a header, as the styles make them; measured, 0 until then. */
  private readonly heights: RowHeights = { row: 0, header: 0 };
  /** Without `page-scroll`: the list's scroll offset and height, kept so that no update has to read them. */
  private listScrollTop = 0;
  private viewHeight = 0;
  /** Counts the element's updates: a row drawn in an earlier one is drawn again when it shows. */
  private drawing = 0;
  private stickyGroup = -1;
  private stickyShift = 0;
  private stickyDrawnIn?: HTMLElement;
  private stickyDrawing = -1;
  private pendingFocus = false;
  /** Whether a row had keyboard focus when this update began: it keeps it if its element goes. */
  private rowHadFocus = false;

  private readonly painter: RowPainter = {
    createRow: () => {
      const row = document.createElement('div');
      row.setAttribute('role', 'option');
      return row;
    },
    createHeader: () => {
      const header = document.createElement('div');
      header.className = 'group';
      header.setAttribute('part', 'group-header');
      header.setAttribute('role', 'presentation');
      header.setAttribute('aria-hidden', 'true');
      return header;
    },
    drawRow: (element, place) => {
      this.drawRow(element, place);
    },
    drawHeader: (element, group) => {
      const shown = this.rows.groups[group];
      if (shown) render(this.renderGroupText(shown, this.localize.locale), element, { host: this });
    },
  };

  private readonly rowWindow = new ListWindow(this.painter);

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
  private readonly rowsBy: Record<ListGrouping, (transactions: readonly Transaction[]) => ListGroups> = {
    day: perList((transactions) => buildListGroups(transactions, 'day')),
    month: perList((transactions) => buildListGroups(transactions, 'month')),
    none: perList((transactions) => buildListGroups(transactions, 'none')),
  };

  override willUpdate(changed: PropertyValues<this>): void {
    this.rowHadFocus = this.shadowRoot?.activeElement?.getAttribute('role') === 'option';
    if (changed.has('transactions') || changed.has('groupBy')) {
      const rows = this.rowsBy[this.groupBy](this.transactions);
      this.rows = rows;
      this.stickyGroup = -1;
      // Keyboard focus starts from the selected transaction when it is among the new rows.
      const selectedId = this.selectedId;
      const selected = selectedId === undefined ? -1 : rows.order.findIndex((transaction) => transaction.id === selectedId);
      this.activePlace = selected >= 0 ? selected : rows.order.length > 0 ? 0 : -1;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pageScroll) this.listenToPage(true);
    if (this.hasUpdated) this.observeSizes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenToPage(false);
    this.sizeObserver?.disconnect();
    this.observed = undefined;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('pageScroll') && this.isConnected) this.listenToPage(this.pageScroll);
    this.observeSizes();
    this.drawing += 1;
    this.placeRows();
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.focusActiveRow();
    } else if (this.rowHadFocus && (document.activeElement === document.body || document.activeElement === null)) {
      // The focused row's element left with the rows it belonged to: its successor takes focus.
      this.rowWindow.rowElement(this.activePlace)?.focus({ preventScroll: true });
    }
  }

  /**
   * The list's size and the heights the styles give rows and headers, watched: a theme, a font
   * size or a narrower page may change them. Until the observer first reports, which it does
   * after the first frame's layout, the first rows are placed without reading the layout (a
   * forced layout there cost a small report a fifth of its first frame): at the heights the
   * last list on the page measured, else the default ones.
   */
  private sizeObserver?: ResizeObserver;
  private observed?: HTMLElement;
  private measured = false;

  private observeSizes(): void {
    const list = this.listElement;
    if (list === this.observed || !this.isConnected) return;
    this.sizeObserver?.disconnect();
    this.observed = list;
    if (!list || !this.rowProbe || !this.headerProbe) return;
    if (this.heights.row <= 0) {
      this.heights.row = lastHeights.row;
      this.heights.header = lastHeights.header;
    }
    this.sizeObserver ??= new ResizeObserver(this.onResize);
    this.sizeObserver.observe(this.rowProbe);
    this.sizeObserver.observe(this.headerProbe);
    this.sizeObserver.observe(list);
  }

  private measure(row: number, header: number, view: number): void {
    // A hidden list measures 0: it keeps what it had until it shows.
    if (row > 0) this.heights.row = lastHeights.row = row;
    if (header > 0) this.heights.header = lastHeights.header = header;
    this.viewHeight = view;
    this.measured = true;
  }

  private onResize = (entries: ResizeObserverEntry[]): void => {
    const { row: rowBefore, header: headerBefore } = this.heights;
    let { row, header } = this.heights;
    let view = this.viewHeight;
    for (const entry of entries) {
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      if (entry.target === this.rowProbe) row = height;
      else if (entry.target === this.headerProbe) header = height;
      else view = entry.contentRect.height;
    }
    const first = !this.measured;
    this.measure(row, header, view);
    const resized = this.heights.row !== rowBefore || this.heights.header !== headerBefore;
    // With `page-scroll` the list is as tall as its rows: resized here, it would resize the
    // elements around it inside the observer's loop, which the browser reports as an error.
    if (this.pageScroll && resized) requestAnimationFrame(this.placeRows);
    else if (first) {
      // The first frame paints the rows in view, corrected here if the first guess missed; the
      // rows beyond the edges follow in the next frame, not as a second layout before the first
      // paint.
      this.placeRowsWithin(0);
      requestAnimationFrame(this.placeRows);
    } else this.placeRows();
  };

  /**
   * Puts the rows near the view in the DOM, and the pinned header at the top edge. One read of
   * the layout: the list's box with `page-scroll`; without it none, since its scroll offset and
   * height are kept from its scroll events and its size observer.
   */
  private placeRows = (): void => {
    // The first rows, placed before any scrolling, need no margin.
    this.placeRowsWithin(this.measured ? overhang : 0);
  };

  /** {@link placeRows} with `margin` pixels of rows beyond each edge of the view. */
  private placeRowsWithin(margin: number): void {
    const list = this.listElement;
    const sizer = this.sizerElement;
    const heights = this.heights;
    // A frame scheduled before the list left the page finds it gone.
    if (!list || !sizer || !this.isConnected || heights.row <= 0 || heights.header <= 0) return;
    const rows = this.rows;
    this.rowWindow.attach(list, sizer);
    this.rowWindow.resize(rows, heights);
    let top: number;
    let bottom: number;
    // The offset in the list's content of the edge the header is pinned to.
    let edge: number;
    if (!this.measured) {
      // Before the first layout: the window's height from the list's top covers the view of a
      // page that has not scrolled past the list's top; a list with a box of its own needs no
      // more than its height, where its styles give it.
      top = 0;
      bottom = this.pageScroll ? window.innerHeight : Math.min(window.innerHeight, this.styledListHeight());
      edge = 0;
    } else if (this.pageScroll) {
      const box = list.getBoundingClientRect();
      const anchor = this.anchorElement?.getBoundingClientRect().top ?? box.top;
      top = -box.top;
      bottom = window.innerHeight - box.top;
      edge = Math.max(0, anchor - box.top);
    } else {
      // The browser clamps the offset of a list that got shorter: so does this.
      top = Math.max(0, Math.min(this.listScrollTop, totalHeight(rows, heights) - this.viewHeight));
      bottom = top + this.viewHeight;
      edge = top;
    }
    this.rowWindow.update(rows, heights, top - margin, bottom + margin, this.activePlace, this.drawing);
    if (this.pageScroll) this.markUndrawn(sizer, top - margin, bottom + margin, totalHeight(rows, heights));
    this.placeStickyHeader(edge);
  }

  /**
   * With `page-scroll`, the list's content above and below the rows in the DOM, as two boxes an
   * intersection observer watches: when either comes into view, the rows are placed again. A
   * scroll places them anyway; this catches the list moving without one, when content above it
   * grows or shrinks, or the page's layout changes.
   */
  private undrawnObserver?: IntersectionObserver;
  private undrawnWatched?: Element;

  private markUndrawn(sizer: HTMLElement, top: number, bottom: number, total: number): void {
    const [above, below] = sizer.children as HTMLCollectionOf<HTMLElement>;
    if (!above || !below) return;
    if (this.undrawnWatched !== above) {
      this.undrawnObserver ??= new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.placeRows();
      });
      this.undrawnObserver.disconnect();
      this.undrawnObserver.observe(above);
      this.undrawnObserver.observe(below);
      this.undrawnWatched = above;
    }
    const end = Math.max(0, Math.min(top, total));
    const start = Math.min(total, Math.max(bottom, end));
    setStyle(above, 'height', `${end}px`);
    setStyle(below, 'transform', `translateY(${start}px)`);
    setStyle(below, 'height', `${total - start}px`);
  }

  /**
   * The height `--xs2a-list-height` gives the list's box, from the computed style: a length in
   * px, rem or em, else the window's height. The size observer corrects it before the first paint
   * if the page sized the box another way. Inside a size container (the report is one) the read
   * also lays the page out; measured, that layout is work the first frame then does not repeat
   * (bench/RESULTS.md, "Where the missed targets stand").
   */
  private styledListHeight(): number {
    const style = getComputedStyle(this);
    const [, size, unit] = /^(\d+(?:\.\d+)?)(px|rem|em)$/.exec(style.getPropertyValue('--xs2a-list-height').trim() || defaultListHeight) ?? [];
    if (size === undefined) return window.innerHeight;
    if (unit === 'px') return Number(size);
    const fontSize = unit === 'em' ? style.fontSize : getComputedStyle(document.documentElement).fontSize;
    return Number(size) * parseFloat(fontSize);
  }

  /**
   * Pins the header of the group under the top edge of the view, and pushes it up as the next
   * group's header arrives, as a sticky section header does: exactly one header is ever at the
   * top, never a half-covered second one. Worked out from the offset, in the frame the reader
   * sees; drawn only when its group changes.
   */
  private placeStickyHeader(edge: number): void {
    const sticky = this.stickyElement;
    const rows = this.rows;
    if (!sticky || rows.groups.length === 0) return;
    if (sticky !== this.stickyDrawnIn) {
      // A new header element (the list was empty in between): nothing drawn in it, no transform.
      this.stickyDrawnIn = sticky;
      this.stickyGroup = -1;
      this.stickyShift = 0;
    }
    const heights = this.heights;
    const group = Math.max(0, groupAt(rows, edge, heights));
    if (group !== this.stickyGroup || this.stickyDrawing !== this.drawing) {
      this.stickyGroup = group;
      this.stickyDrawing = this.drawing;
      const shown = rows.groups[group];
      if (shown) render(this.renderGroupText(shown, this.localize.locale), sticky, { host: this });
    }
    const nextTop = group + 1 < rows.groups.length ? headerTop(rows, group + 1, heights) : Infinity;
    const shift = Math.min(0, nextTop - edge - heights.header, totalHeight(rows, heights) - edge - heights.header);
    if (shift !== this.stickyShift) {
      this.stickyShift = shift;
      sticky.style.transform = shift < 0 ? `translateY(${shift}px)` : '';
    }
  }

  private onScroll = (): void => {
    if (!this.pageScroll && this.listElement) this.listScrollTop = this.listElement.scrollTop;
    this.placeRows();
  };

  private onPageResize = (): void => {
    this.placeRows();
  };

  private listeningToPage = false;

  /** With `page-scroll` the list moves when any scroller around it does, the window or a panel, and when the window's height changes; the observer of its undrawn content (`markUndrawn`) stops with these listeners. */
  private listenToPage(listen: boolean): void {
    if (listen === this.listeningToPage) return;
    this.listeningToPage = listen;
    if (listen) {
      window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onPageResize, { passive: true });
    } else {
      window.removeEventListener('scroll', this.onScroll, { capture: true });
      window.removeEventListener('resize', this.onPageResize);
      this.undrawnObserver?.disconnect();
      this.undrawnWatched = undefined;
    }
  }

  private onFocusIn = (event: FocusEvent): void => {
    const row = this.rowElementOf(event);
    if (!row) return;
    const place = this.rowWindow.placeOf(row);
    if (place >= 0 && place !== this.activePlace) this.activePlace = place;
    // Tabbed to from outside: the row may be far from the view, or under the pinned header.
    const from = event.relatedTarget;
    if (!(from instanceof Node && this.renderRoot.contains(from))) row.scrollIntoView({ block: 'nearest' });
  };

  /** Scrolls a transaction into view and makes it the row keyboard focus starts from. */
  async scrollToTransaction(transaction: Transaction): Promise<void> {
    const place = this.rows.order.indexOf(transaction);
    if (place < 0) return;
    this.activePlace = place;
    await this.updateComplete;
    this.rowWindow.rowElement(place)?.scrollIntoView({ block: 'nearest' });
  }

  /** Moves keyboard focus to a transaction's row, scrolled into view: e.g. when a detail opened from it closes. */
  focusTransaction(transaction: Transaction): void {
    const place = this.rows.order.indexOf(transaction);
    if (place < 0) return;
    this.activePlace = place;
    this.pendingFocus = true;
    this.requestUpdate();
  }

  /**
   * Focuses the active row and scrolls it into view, below the pinned header (rows have a
   * `scroll-margin` of its height). The window always holds the active row, wherever it is,
   * at the offset the scroll will bring into view.
   */
  private focusActiveRow(): void {
    const row = this.rowWindow.rowElement(this.activePlace);
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.rows.order.length;
    const pageSize = 8;
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: pageSize,
      PageUp: -pageSize,
      Home: -count,
      End: count,
    };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(count - 1, this.activePlace + step));
      if (next !== this.activePlace || event.target === this.listElement) {
        this.activePlace = next;
        this.pendingFocus = true;
        this.requestUpdate();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const transaction = this.transactionOf(event);
      if (transaction) {
        event.preventDefault();
        this.select(transaction);
      }
    }
  };

  private onClick = (event: MouseEvent): void => {
    const row = this.rowElementOf(event);
    const place = row ? this.rowWindow.placeOf(row) : -1;
    const transaction = this.rows.order[place];
    if (transaction) {
      this.activePlace = place;
      this.select(transaction);
    }
  };

  private rowElementOf(event: Event): HTMLElement | undefined {
    return event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'option');
  }

  private transactionOf(event: Event): Transaction | undefined {
    const row = this.rowElementOf(event);
    return row ? this.rows.order[this.rowWindow.placeOf(row)] : undefined;
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
    const { messages } = this.localize;
    if (this.rows.order.length === 0) {
      return html`<div class="frame"><p class="empty" part="empty">${messages.empty}</p></div>`;
    }
    // The rows are not the template's: the window puts them in the list, after the sizer.
    return html`
      <div class="frame">
        <div class="sticky">${this.rows.groups.length > 0 ? html`<div part="sticky-header" aria-hidden="true"></div>` : nothing}</div>
        <div
          part="list"
          role="listbox"
          aria-label=${this.label ?? messages.transactions}
          tabindex="-1"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @scroll=${this.onScroll}
          @focusin=${this.onFocusIn}
        ><div class="sizer">${this.pageScroll ? html`<div class="undrawn"></div><div class="undrawn"></div>` : nothing}</div></div>
        <div class="probes" aria-hidden="true"><div class="probe-row"></div><div class="probe-header"></div></div>
      </div>
    `;
  }

  /** A day's or month's label and total: in its header, and in the sticky one above the list. */
  private renderGroupText(group: TransactionGroup, locale: string): TemplateResult {
    return html`<span .textContent=${this.groupLabel(group, locale)}></span><span .textContent=${this.formatTotal(group.totals)}></span>`;
  }

  private drawRow(element: HTMLElement, place: number): void {
    const transaction = this.rows.order[place];
    if (!transaction) return;
    const direction = transaction.direction ?? 'unknown';
    const selected = transaction.id === this.selectedId;
    setAttribute(element, 'part', `row row-${direction}${transaction.pending ? ' row-pending' : ''}${selected ? ' row-selected' : ''}`);
    setAttribute(element, 'aria-selected', selected ? 'true' : 'false');
    setAttribute(element, 'aria-setsize', String(this.rows.order.length));
    setAttribute(element, 'aria-posinset', String(place + 1));
    setAttribute(element, 'tabindex', place === this.activePlace ? '0' : '-1');
    render(this.renderRow(transaction, direction, this.localize.locale, this.localize.messages), element, { host: this });
  }

  private renderRow(transaction: Transaction, direction: string, locale: string, messages: DisplayMessages): TemplateResult {
    const name = transaction.brand?.name ?? transaction.counterparty?.name ?? transaction.reference ?? '—';
    const secondary = name === transaction.reference ? transaction.counterparty?.name : transaction.reference;
    const amount = transaction.amount;
    const amountText = !amount ? '' : this.localize.money(amount.minor, amount.currency, 'exceptZero');
    return html`${this.renderIcon(transaction, name)}<span class="text">
        <span class="visually-hidden" .textContent=${formatDate(transaction.date, locale)}></span>
        <span class="line">
          <span part="name" .textContent=${name}></span>${this.renderBadges(transaction, messages)}
        </span>
        <span class="line">
          ${secondary ? html`<span part="reference" .textContent=${secondary}></span>` : nothing}${transaction.categories
            .slice(0, 2)
            .map((category) => html`<span part="chip" .textContent=${category.name ?? messages.uncategorized}></span>`)}
        </span>
      </span>${this.renderAmount(transaction, direction, amountText, messages)}`;
  }

  /** The badges a row has, in one binding: a row without any has one marker in the DOM, not three. */
  private renderBadges(transaction: Transaction, messages: DisplayMessages): TemplateResult[] | typeof nothing {
    const badges: TemplateResult[] = [];
    if (this.transferIds.has(transaction.id)) badges.push(html`<span part="badge transfer">${transferIcon}<span class="badge-text" .textContent=${messages.transfer}></span></span>`);
    if (transaction.recurring) badges.push(html`<span part="badge recurring">${recurringIcon}<span class="badge-text" .textContent=${messages.recurring}></span></span>`);
    // Under the pending header the badge would say it twice.
    if (transaction.pending && this.groupBy === 'none') badges.push(html`<span part="badge pending-badge">${pendingIcon}<span class="badge-text" .textContent=${messages.pending}></span></span>`);
    return badges.length > 0 ? badges : nothing;
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

/** Written only when it differs: a row that scrolls back into view keeps its attributes, and its styles stay valid. */
function setAttribute(element: HTMLElement, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setStyle(element: HTMLElement, name: string, value: string): void {
  if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
}

/** A logo shows, over the initial, once it has loaded. */
function markLoaded(event: Event): void {
  (event.currentTarget as HTMLImageElement).dataset['loaded'] = '';
}
