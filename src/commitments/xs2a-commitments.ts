import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisplayElement } from '../elements/display-element.js';
import { formatDate } from '../format/date.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import { viewWords } from '../i18n/en-views.js';
import type { Commitment, RecurringCommitments } from '../insights/recurring.js';
import type { Transaction } from '../model/report-model.js';
import { commitmentsOf } from './commitments-data.js';
import { commitmentsStyles } from './xs2a-commitments.styles.js';

// The types its properties use, importable from the module the manifest names for it.
export type { Transaction } from '../model/report-model.js';

/**
 * The recurring payments and income found in the transactions (see `recurringCommitments`: Klarna's
 * `recurring` flag, and detection by counterparty, amount and a regular rhythm), as a table: name,
 * how often it repeats, its typical amount (income with a plus sign), the last date and when the
 * next is expected, or "Ended" when it has stopped. Above the table, per currency, what the active
 * commitments come to per month. Own-account transfers are left out when the page passes their
 * ids (`transferIds`). In privacy mode (`masked`) amounts are hidden.
 *
 * @tag xs2a-commitments
 * @summary Show recurring payments and income with their rhythm, amount and next date.
 *
 * @slot heading - Replaces the default heading, "Recurring payments and income".
 *
 * @csspart base - The card around heading, totals and table.
 * @csspart heading - The default heading.
 * @csspart totals - What the active commitments come to per month, per currency.
 * @csspart table - The table of commitments.
 * @csspart row - A commitment's row; also `income`, `payment` and `ended`.
 * @csspart empty - The message shown when no commitment is found.
 *
 * @cssprop [--xs2a-commitments-table-height=24rem] - Height beyond which the table scrolls.
 * @cssprop [--xs2a-color-positive=#146c2e] - Income amounts (dark: #6dd58c).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card.
 * @cssprop [--xs2a-color-surface-raised=#f4f6fa] - Table header.
 * @cssprop [--xs2a-color-border=#d3d7de] - Borders.
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour.
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Ended commitments and labels.
 */
export class Xs2aCommitments extends DisplayElement {
  static override styles = commitmentsStyles;

  @state() private found?: RecurringCommitments;

  /** The transactions to read, in any order. */
  @property({ attribute: false }) transactions: readonly Transaction[] = [];

  /** Ids of own-account transfers to leave out (`transferIds(report)`). */
  @property({ attribute: false }) transferIds?: ReadonlySet<string>;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('transactions') || changed.has('transferIds')) this.found = commitmentsOf(this.transactions, this.transferIds);
  }

  override render(): TemplateResult {
    const { messages } = this.localize;
    const insights = viewWords(messages);
    const found = this.found;
    const empty = !found || found.commitments.length === 0;
    return html`
      <div part="base">
        <slot name="heading"><h3 part="heading" id="heading">${insights.commitments}</h3></slot>
        ${empty ? html`<p part="empty">${insights.noCommitments}</p>` : html`${this.renderTotals(found, messages)}${this.renderTable(found.commitments, messages)}`}
      </div>
    `;
  }

  private renderTotals(found: RecurringCommitments, messages: DisplayMessages): TemplateResult | typeof nothing {
    const insights = viewWords(messages);
    if (found.monthly.length === 0) return nothing;
    return html`<dl part="totals">
      ${found.monthly.map(
        (total) => html`<div>
            <dt>${insights.payments} · ${insights.perMonth}</dt>
            <dd>${this.localize.money(total.payments, total.currency)}</dd>
          </div>
          <div>
            <dt>${messages.income} · ${insights.perMonth}</dt>
            <dd class="income">${this.localize.money(total.income, total.currency)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderTable(commitments: readonly Commitment[], messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    return html`<div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table">
        <caption id="caption">${insights.commitments}</caption>
        <thead>
          <tr>
            <th scope="col">${insights.name}</th>
            <th scope="col" class="cadence">${insights.cadence}</th>
            <th scope="col" class="amount">${insights.typicalAmount}</th>
            <th scope="col" class="last">${insights.lastDate}</th>
            <th scope="col">${insights.nextDate}</th>
          </tr>
        </thead>
        <tbody>
          ${commitments.map((commitment) => this.renderRow(commitment, messages))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(commitment: Commitment, messages: DisplayMessages): TemplateResult {
    const insights = viewWords(messages);
    const locale = this.localize.locale;
    const { amount, direction } = commitment;
    const income = direction === 'income';
    const parts = ['row', direction, commitment.active ? '' : 'ended'].filter(Boolean).join(' ');
    const next = !commitment.active ? insights.ended : commitment.nextDate ? formatDate(commitment.nextDate, locale) : '—';
    const cadence = commitment.cadence ? insights.cadences[commitment.cadence] : insights.irregular;
    // On a phone the cadence moves under the name, and the last date goes: five columns do not fit.
    return html`<tr part=${parts}>
      <th scope="row">${commitment.name}<span class="cadence-under-name">${cadence}</span></th>
      <td class="cadence">${cadence}</td>
      <td class=${income && !this.masked ? 'amount income' : 'amount'}>${this.localize.money(income ? amount.minor : -amount.minor, amount.currency, 'exceptZero')}</td>
      <td class="last">${formatDate(commitment.lastDate, locale)}</td>
      <td>${next}</td>
    </tr>`;
  }
}
