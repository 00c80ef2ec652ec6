/**
 * The report's sections as templates of the state they are given: the shown account (bank,
 * holder, IBAN, refresh time) with the switcher between accounts; the income, expenses and net of
 * the shown transactions; the charts; the list. The element keeps the state and the actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../elements/localize-controller.js';
import { formatDate, formatDateTime } from '../format/date.js';
import { groupIban, maskIban } from '../format/iban.js';
import type { RunningBalances } from '../insights/running-balance.js';
import type { CurrencyTotals } from '../insights/transaction-summary.js';
import type { Account, ExpenseCategory, Transaction } from '../model/report-model.js';
import type { Xs2aTransactionSelectEvent } from '../transaction-list/events.js';
import type { ListGrouping } from '../transaction-list/list-groups.js';
import type { HeaderBalance } from './current-balance.js';
import { allAccountsIndex } from './report-insights.js';
import type { AccountFacts } from './report-view.js';

export interface AccountHeaderView {
  accounts: readonly Account[];
  /** The shown account's index in `accounts`. */
  index: number;
  ibanRevealed: boolean;
  /** The account's current balance and its day, when the report has one. */
  balance?: HeaderBalance | undefined;
}

export interface AccountHeaderActions {
  selectAccount: (index: number) => void;
  toggleIban: () => void;
}

type Localized = Pick<LocalizeController, 'locale' | 'messages' | 'money'>;

export function renderAccountHeader({ accounts, index, ibanRevealed, balance }: AccountHeaderView, actions: AccountHeaderActions, l10n: Localized): TemplateResult {
  const { locale, messages } = l10n;
  const account = accounts[index];
  // No account: the combined view of all of them (the switcher's first entry).
  if (!account && accounts.length < 2) return html``;
  const title = account ? (account.name ?? account.bankName ?? messages.account) : messages.insights.allAccounts;
  const subtitle = account ? [account.name ? account.bankName : undefined, account.holderName].filter(Boolean).join(' · ') : '';
  return html`<header part="header">
    <div class="account">
      <h2>${title}</h2>
      ${subtitle ? html`<p>${subtitle}</p>` : nothing}
      ${account?.iban
        ? html`<p class="iban">
            <span>${ibanRevealed ? groupIban(account.iban) : maskIban(account.iban)}</span>
            <button type="button" class="link-button" aria-pressed=${ibanRevealed ? 'true' : 'false'} @click=${actions.toggleIban}>
              ${ibanRevealed ? messages.hideIban : messages.showIban}
            </button>
          </p>`
        : nothing}
      ${account?.refreshedAt ? html`<p>${messages.refreshedAt(formatDateTime(account.refreshedAt, locale))}</p>` : nothing}
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
            <option value=${allAccountsIndex} ?selected=${index === allAccountsIndex}>${messages.insights.allAccounts}</option>
            ${accounts.map(
              (option, optionIndex) => html`<option value=${optionIndex} ?selected=${optionIndex === index}>
                ${option.name ?? option.bankName ?? messages.account} ${option.iban ? maskIban(option.iban) : ''}
              </option>`,
            )}
          </select>
        </label>`
      : nothing}
    ${balance ? renderBalance(balance, l10n) : nothing}
  </header>`;
}

/** "Balance on 30 Nov" over the amount; dots in privacy mode, as every amount. */
function renderBalance({ balance, date }: HeaderBalance, l10n: Localized): TemplateResult {
  const { locale, messages } = l10n;
  return html`<p part="balance">
    <span class="balance-label">${date ? messages.balanceOn(formatDate(date, locale, 'short')) : messages.currentBalance}</span>
    <span class="balance-amount">${l10n.money(balance.minor, balance.currency)}</span>
  </p>`;
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

/** What the report hands down to the elements it renders. */
export interface DisplayOptions {
  locale: string;
  theme: 'light' | 'dark' | undefined;
  masked: boolean;
}

export interface ChartsView {
  account: Account;
  facts: AccountFacts;
  /** Spending per category of the transactions the summary sums up. */
  categories: ExpenseCategory[];
  /** The categories the filter selects, the same array while it stays. */
  selectedIds: string[];
  /** The report's period, which both charts cover, and what the category chart says it covers. */
  from?: string | undefined;
  to?: string | undefined;
  categoryCaption: string;
  categoryLimit: number;
  currency: string;
}

export function renderCharts({ account, facts, categories, selectedIds, from, to, categoryCaption, categoryLimit, currency }: ChartsView, onCategorySelect: (event: Event) => void, { locale, theme, masked }: DisplayOptions): TemplateResult | typeof nothing {
  const hasCategories = facts.expenseCategories.length > 0;
  const hasBalances = account.balances.length > 1;
  if (!hasCategories && !hasBalances) return nothing;
  return html`<div class="charts">
    ${hasCategories
      ? html`<xs2a-category-chart
          part="category-chart"
          .categories=${categories}
          .selectedIds=${live(selectedIds)}
          caption=${categoryCaption}
          from-date=${ifDefined(from)}
          to-date=${ifDefined(to)}
          limit=${categoryLimit}
          currency=${currency}
          locale=${locale}
          theme=${ifDefined(theme)}
          ?masked=${masked}
          @xs2a-category-select=${onCategorySelect}
        ></xs2a-category-chart>`
      : nothing}
    ${hasBalances
      ? html`<xs2a-balance-chart part="balance-chart" .balances=${account.balances} from-date=${ifDefined(from)} to-date=${ifDefined(to)} locale=${locale} theme=${ifDefined(theme)} ?masked=${masked}></xs2a-balance-chart>`
      : nothing}
  </div>`;
}

const noTransfers: ReadonlySet<string> = new Set();

export interface ListView {
  transactions: readonly Transaction[];
  groupBy: ListGrouping;
  /** The transaction whose detail is open. */
  selectedId: string | undefined;
  /** The page scrolls the list (a phone), not a box of its own. */
  pageScroll: boolean;
  /** Transfers between the consumer's own accounts, badged in the list. */
  transferIds?: ReadonlySet<string>;
  /** The balance after each transaction, where the report's balances allow it. */
  runningBalances?: RunningBalances;
}

export function renderList({ transactions, groupBy, selectedId, pageScroll, transferIds, runningBalances }: ListView, onSelect: (event: Xs2aTransactionSelectEvent) => void, { locale, theme, masked }: DisplayOptions): TemplateResult {
  return html`<xs2a-transaction-list
    part="transaction-list"
    exportparts="row, amount, icon, name, reference, chip, badge, group-header, sticky-header"
    .transactions=${transactions}
    .transferIds=${transferIds ?? noTransfers}
    .selectedId=${selectedId}
    ?page-scroll=${pageScroll}
    @xs2a-transaction-select=${onSelect}
    .runningBalances=${runningBalances}
    group-by=${groupBy}
    locale=${locale}
    theme=${ifDefined(theme)}
    ?masked=${masked}
  ></xs2a-transaction-list>`;
}
