import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transaction } from '../model/report-model.js';
import type { Xs2aTransactionDetail } from '../transaction-detail/xs2a-transaction-detail.js';
import type { Xs2aTransactionList } from '../transaction-list/xs2a-transaction-list.js';

const detailTag = 'xs2a-transaction-detail';

export interface DetailParts {
  /** The list the transaction was chosen in, where focus returns. */
  list: () => Xs2aTransactionList | null;
  /** The sheet, when the report is too narrow for a side panel. */
  sheet: () => HTMLDialogElement | null;
  detail: () => Xs2aTransactionDetail | null;
}

/**
 * The transaction whose detail is open, and the focus around it: the detail's heading takes focus
 * when it opens (the detail element does that when its transaction is set; in a sheet, once the
 * modal `<dialog>` shows), and the row it was opened from gets it back when it closes.
 */
export class DetailController implements ReactiveController {
  /** The transaction shown in the detail; nothing while it is closed. */
  selected?: Transaction;

  private readonly host: ReactiveControllerHost;
  private readonly parts: DetailParts;

  constructor(host: ReactiveControllerHost, parts: DetailParts) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  /** The detail element's code on its way: it loads on the first open, as most readers never open one. */
  pending?: Promise<void>;

  open(transaction: Transaction): void {
    if (customElements.get(detailTag)) {
      this.show(transaction);
      return;
    }
    this.pending = import('../transaction-detail/define.js').then(
      () => {
        this.pending = undefined;
        this.show(transaction);
      },
      (error: unknown) => {
        // The row stays selectable and its event went out; only the detail cannot show.
        this.pending = undefined;
        console.warn('xs2a-report: the transaction detail could not be loaded', error);
      },
    );
  }

  private show(transaction: Transaction): void {
    this.selected = transaction;
    this.host.requestUpdate();
  }

  /** Closes the detail and gives focus back to the transaction's row. */
  close(): void {
    const transaction = this.selected;
    if (!transaction) return;
    this.selected = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.parts.list()?.focusTransaction(transaction));
  }

  /** Forgets the detail without moving focus: a new report, another account. */
  reset(): void {
    this.selected = undefined;
  }

  hostUpdated(): void {
    const sheet = this.parts.sheet();
    if (sheet && this.selected && !sheet.open) void this.showSheet(sheet);
  }

  /** A modal sheet: the rest of the report is inert until it closes, and focus starts on the heading. */
  private async showSheet(sheet: HTMLDialogElement): Promise<void> {
    const detail = this.parts.detail();
    await detail?.updateComplete;
    if (!sheet.isConnected || sheet.open || !this.selected) return;
    sheet.showModal();
    detail?.focus();
  }
}
