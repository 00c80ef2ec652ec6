/**
 * The top of the report as templates: the shown account (bank, holder, IBAN, refresh time) with
 * the switcher between accounts, and the income, expenses and net of the shown transactions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../elements/localize-controller.js';
import { formatDateTime } from '../format/date.js';
import { groupIban, maskIban } from '../format/iban.js';
import type { CurrencyTotals } from '../insights/transaction-summary.js';
import type { Account } from '../model/report-model.js';

export interface AccountHeaderView {
  accounts: readonly Account[];
  /** The shown account's index in `accounts`. */
  index: number;
  ibanRevealed: boolean;
}

export interface AccountHeaderActions {
  selectAccount: (index: number) => void;
  toggleIban: () => void;
}

type Localized = Pick<LocalizeController, 'locale' | 'messages' | 'money'>;

export function renderAccountHeader({ accounts, index, ibanRevealed }: AccountHeaderView, actions: AccountHeaderActions, { locale, messages }: Localized): TemplateResult {
  const account = accounts[index];
  if (!account) return html``;
  const title = account.name ?? account.bankName ?? messages.account;
  const subtitle = [account.name ? account.bankName : undefined, account.holderName].filter(Boolean).join(' · ');
  return html`<header part="header">
    <div class="account">
      <h2>${title}</h2>
      ${subtitle ? html`<p>${subtitle}</p>` : nothing}
      ${account.iban
        ? html`<p class="iban">
            <span>${ibanRevealed ? groupIban(account.iban) : maskIban(account.iban)}</span>
            <button type="button" class="link-button" aria-pressed=${ibanRevealed ? 'true' : 'false'} @click=${actions.toggleIban}>
              ${ibanRevealed ? messages.hideIban : messages.showIban}
            </button>
          </p>`
        : nothing}
      ${account.refreshedAt ? html`<p>${messages.refreshedAt(formatDateTime(account.refreshedAt, locale))}</p>` : nothing}
    </div>
    ${accounts.length > 1
      ? html`<label>
          <span class="visually-hidden">${messages.accountSwitcher}</span>
          <select
            part="account-switcher"
            aria-label=${messages.accountSwitcher}
            @change=${(event: Event) => {
              actions.selectAccount(Number((event.target as HTMLSelectElement).value));
            }}
          >
            ${accounts.map(
              (option, optionIndex) => html`<option value=${optionIndex} ?selected=${optionIndex === index}>
                ${option.name ?? option.bankName ?? messages.account} ${option.iban ? maskIban(option.iban) : ''}
              </option>`,
            )}
          </select>
        </label>`
      : nothing}
  </header>`;
}

export function renderSummary(totals: CurrencyTotals, l10n: Localized): TemplateResult {
  const { messages } = l10n;
  return html`<dl part="summary" aria-label=${messages.summary}>
    <div>
      <dt>${messages.income}</dt>
      <dd class="income">${l10n.money(totals.income, totals.currency)}</dd>
    </div>
    <div>
      <dt>${messages.expenses}</dt>
      <dd>${l10n.money(totals.expenses, totals.currency)}</dd>
    </div>
    <div>
      <dt>${messages.net}</dt>
      <dd>${l10n.money(totals.net, totals.currency, 'exceptZero')}</dd>
    </div>
  </dl>`;
}
