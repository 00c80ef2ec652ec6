import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatDate } from '../format/date.js';
import { groupIban, maskIban } from '../format/iban.js';
import { DisplayElement } from '../elements/display-element.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import { detailWords } from '../i18n/en-detail.js';
import type { Transaction } from '../model/report-model.js';
import { toSafeHttpUrl } from '../security/safe-url.js';
import { colorSlotOf, initialOf } from '../transaction-list/avatar.js';
import { bankTransactionCodeOf } from './bank-transaction-code.js';
import { Xs2aDetailCloseEvent } from './events.js';
import { transactionDetailStyles } from './xs2a-transaction-detail.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type { Xs2aDetailCloseEvent } from './events.js';
export type { Transaction } from '../model/report-model.js';


/**
 * Everything a report says about one transaction: amount, dates, status, the counterparty and
 * its IBAN (masked until the reader reveals it), reference, categories, the merchant with its
 * logo and website, whether it recurs, and the bank transaction code. It shows whatever
 * `transaction` is set to and fits a side panel or a sheet: the page places it and hides it.
 * When a transaction is set, focus moves to its heading; the close button and Escape fire
 * `xs2a-detail-close`, and the page then hides the element and returns focus, e.g. to the row.
 *
 * @tag xs2a-transaction-detail
 * @summary Show every field of one transaction, keyboard operable and closable.
 *
 * @fires {Xs2aDetailCloseEvent} xs2a-detail-close - `{ transaction }`: the user pressed the close button or Escape.
 *
 * @csspart base - The card around everything.
 * @csspart header - The icon, heading and close button.
 * @csspart icon - The merchant's logo or a coloured initial.
 * @csspart heading - The merchant, counterparty or reference; focused when a transaction is set.
 * @csspart close-button - The button that fires `xs2a-detail-close`.
 * @csspart amount - The amount; also `credit` (coloured as income) or `debit`.
 * @csspart date - The date under the amount.
 * @csspart badge - The pending or recurring badge; also `pending-badge` or `recurring`.
 * @csspart fields - The list of the transaction's fields.
 * @csspart field - One field: its label (`dt`) and value (`dd`).
 * @csspart iban - The counterparty's IBAN.
 * @csspart iban-toggle - The button that reveals or masks the IBAN; `aria-pressed` tells which.
 * @csspart chip - A category.
 * @csspart link - The merchant's website (http and https only).
 * @csspart empty - The message shown when no transaction is set.
 *
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card (dark: #1b1b1f).
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Chips, badges and the close button's hover (dark: #26272c).
 * @cssprop [--xs2a-color-border=#d3d7de] - Border of the card (dark: #44464d).
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour (dark: #e3e3e3).
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Labels and the date (dark: #b4b4b4).
 * @cssprop [--xs2a-color-positive=#146c2e] - Colour of credited amounts (dark: #6dd58c).
 * @cssprop [--xs2a-color-accent=#0b57d0] - Links and the IBAN toggle (dark: #a8c7fa).
 * @cssprop [--xs2a-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--xs2a-chart-color-1=#0b57d0] - Background of the coloured initial; `--xs2a-chart-color-2` to `-8` colour the others.
 * @cssprop [--xs2a-radius=0.5rem] - Corner radius.
 * @cssprop [--xs2a-space=0.5rem] - The spacing unit.
 */
export class Xs2aTransactionDetail extends DisplayElement {
  static override styles = transactionDetailStyles;

  @query('[part="heading"]') private headingElement?: HTMLElement;

  @state() private ibanRevealed = false;
  /** The logo URLs that failed to load, shown as an initial instead. */
  @state() private failedIcons: ReadonlySet<string> = new Set();

  /** The transaction to show; nothing but a short note without one. */
  @property({ attribute: false }) transaction?: Transaction;

  override willUpdate(changed: PropertyValues<this>): void {
    // Another transaction's IBAN starts masked again.
    if (changed.has('transaction')) this.ibanRevealed = false;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('transaction') && this.transaction) this.headingElement?.focus();
  }

  /** Moves focus to the heading, where a reader starts. */
  override focus(options?: FocusOptions): void {
    if (this.headingElement) this.headingElement.focus(options);
    else super.focus(options);
  }

  private close = (): void => {
    this.dispatchEvent(new Xs2aDetailCloseEvent({ transaction: this.transaction }));
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  private toggleIban = (): void => {
    this.ibanRevealed = !this.ibanRevealed;
  };

  override render(): TemplateResult {
    const { locale, messages } = this.localize;
    const words = detailWords(messages);
    const transaction = this.transaction;
    if (!transaction) return html`<div part="base"><p part="empty">${words.detailNone}</p></div>`;
    const name = transaction.brand?.name ?? transaction.counterparty?.name ?? transaction.reference ?? '—';
    const direction = transaction.direction ?? 'unknown';
    const amount = transaction.amount;
    const amountText = !amount ? '' : this.localize.money(amount.minor, amount.currency, 'exceptZero');
    return html`
      <section part="base" aria-labelledby="heading" @keydown=${this.onKeyDown}>
        <div part="header">
          ${this.renderIcon(transaction, name)}
          <h2 part="heading" id="heading" tabindex="-1">${name}</h2>
          <button part="close-button" type="button" aria-label=${words.detailClose} @click=${this.close}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
          </button>
        </div>
        ${amountText ? html`<p part="amount ${direction}">${amountText}</p>` : nothing}
        <p part="date">
          <span>${formatDate(transaction.date, locale, 'weekday')}</span>
          ${transaction.pending ? html`<span part="badge pending-badge">${messages.pending}</span>` : nothing}
          ${transaction.recurring ? html`<span part="badge recurring">${messages.recurring}</span>` : nothing}
        </p>
        <dl part="fields">${this.renderFields(transaction, locale, messages)}</dl>
      </section>
    `;
  }

  private renderFields(transaction: Transaction, locale: string, messages: DisplayMessages): TemplateResult[] {
    const words = detailWords(messages);
    const { counterparty, brand } = transaction;
    const website = toSafeHttpUrl(brand?.url);
    const code = bankTransactionCodeOf(transaction);
    const fields: (TemplateResult | undefined)[] = [
      this.field(words.detailStatus, transaction.pending ? messages.pending : words.detailBooked),
      transaction.bookingDate ? this.field(words.detailBookingDate, formatDate(transaction.bookingDate, locale)) : undefined,
      transaction.valueDate ? this.field(words.detailValueDate, formatDate(transaction.valueDate, locale)) : undefined,
      counterparty && Object.values(counterparty).some(Boolean) ? this.field(words.detailCounterparty, this.renderCounterparty(transaction, messages)) : undefined,
      transaction.reference ? this.field(words.detailReference, transaction.reference) : undefined,
      this.field(
        words.detailCategories,
        transaction.categories.length === 0
          ? messages.uncategorized
          : html`<ul class="chips">${transaction.categories.map((category) => html`<li part="chip">${category.name ?? messages.uncategorized}</li>`)}</ul>`,
      ),
      brand?.name || website
        ? this.field(
            words.detailBrand,
            html`<span class="stack">${brand?.name ? html`<span>${brand.name}</span>` : nothing}${website
                ? html`<a part="link" href=${website} target="_blank" rel="noopener noreferrer" aria-label=${`${words.detailWebsite}: ${new URL(website).host}`}
                    >${new URL(website).host}</a
                  >`
                : nothing}</span>`,
          )
        : undefined,
      this.field(words.detailRecurring, transaction.recurring ? words.detailRecurringYes : words.detailRecurringNo),
      code ? this.field(words.detailBankCode, code) : undefined,
    ];
    return fields.filter((field): field is TemplateResult => field !== undefined);
  }

  private renderCounterparty(transaction: Transaction, messages: DisplayMessages): TemplateResult {
    const words = detailWords(messages);
    const counterparty = transaction.counterparty ?? {};
    const iban = counterparty.iban;
    return html`<span class="stack">
      ${counterparty.name ? html`<span>${counterparty.name}</span>` : nothing}
      ${iban
        ? html`<span class="iban-line">
            <span class="visually-hidden">${words.detailIban}</span>
            <span part="iban">${this.ibanRevealed ? groupIban(iban) : maskIban(iban)}</span>
            <button part="iban-toggle" type="button" aria-pressed=${this.ibanRevealed ? 'true' : 'false'} @click=${this.toggleIban}>
              ${this.ibanRevealed ? messages.hideIban : messages.showIban}
            </button>
          </span>`
        : nothing}
      ${counterparty.accountNumber ? html`<span>${words.detailAccountNumber}: ${counterparty.accountNumber}</span>` : nothing}
      ${counterparty.bic ? html`<span>${words.detailBic}: ${counterparty.bic}</span>` : nothing}
      ${counterparty.bankName ? html`<span>${words.detailBank}: ${counterparty.bankName}</span>` : nothing}
    </span>`;
  }

  private field(label: string, value: string | TemplateResult): TemplateResult {
    return html`<div part="field"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  private renderIcon(transaction: Transaction, name: string): TemplateResult {
    const iconUrl = toSafeHttpUrl(transaction.brand?.iconUrl);
    const logo = iconUrl && !this.failedIcons.has(iconUrl) ? iconUrl : undefined;
    // The initial stays under the logo until the logo has loaded: a slow or blocked image never
    // leaves an empty circle. A data attribute, not an inline style: strict CSPs refuse style attributes.
    return html`<span part="icon" aria-hidden="true" data-color=${colorSlotOf(name)}
      ><span class="initial">${initialOf(name)}</span>${logo
        ? html`<img src=${logo} alt="" decoding="async" referrerpolicy="no-referrer" @load=${markLoaded} @error=${() => {
            this.failedIcons = new Set(this.failedIcons).add(logo);
          }} />`
        : nothing}</span
    >`;
  }
}

/** A logo shows, over the initial, once it has loaded. */
function markLoaded(event: Event): void {
  (event.currentTarget as HTMLImageElement).dataset['loaded'] = '';
}
