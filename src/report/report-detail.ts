/**
 * Where the detail of the chosen transaction shows: beside the list when the report is wide, or
 * as a modal sheet from the bottom when it is not. The element decides which and keeps the state.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { Transaction } from '../model/report-model.js';
import type { DisplayOptions } from './report-sections.js';

export interface DetailActions {
  /** The detail's close button or Escape (`xs2a-detail-close`). */
  close: () => void;
  /** Escape on the sheet: the dialog's own close request, handled like the close button. */
  cancel: (event: Event) => void;
}

function renderDetail(transaction: Transaction, actions: DetailActions, { locale, theme, masked }: DisplayOptions): TemplateResult {
  return html`<xs2a-transaction-detail
    part="transaction-detail"
    .transaction=${transaction}
    locale=${locale}
    theme=${ifDefined(theme)}
    ?masked=${masked}
    @xs2a-detail-close=${actions.close}
  ></xs2a-transaction-detail>`;
}

/** A complementary region beside the list, sticky while the list scrolls. */
export function renderDetailPanel(transaction: Transaction, actions: DetailActions, display: DisplayOptions, messages: DisplayMessages): TemplateResult {
  return html`<aside part="detail-panel" aria-label=${messages.detailLabel}>${renderDetail(transaction, actions, display)}</aside>`;
}

/** A modal `<dialog>`: the rest of the report is inert behind it, and Escape closes it. */
export function renderDetailSheet(transaction: Transaction, actions: DetailActions, display: DisplayOptions, messages: DisplayMessages): TemplateResult {
  return html`<dialog part="detail-sheet" aria-label=${messages.detailLabel} @cancel=${actions.cancel}>${renderDetail(transaction, actions, display)}</dialog>`;
}
