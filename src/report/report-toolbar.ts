/**
 * The report's toolbar (search, filters, sort, grouping) and result bar as templates of the view
 * state they are given. Every control shows a bound value, so resetting the state resets what the
 * user sees; the element keeps the state and passes the actions that change it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { toMajorUnits, toMinorUnits } from '../format/money.js';
import type { Messages } from '../i18n/messages.js';
import { isFilterEmpty, uncategorizedId, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import type { GroupBy } from '../insights/transaction-summary.js';
import type { AccountFacts } from './report-view.js';

/** The orders the user can pick, in the order the picker lists them, with their labels. */
const sortOptions = {
  newest: { sort: { field: 'date', order: 'desc' }, label: 'sortNewest' },
  oldest: { sort: { field: 'date', order: 'asc' }, label: 'sortOldest' },
  'largest-expense': { sort: { field: 'amount', order: 'asc' }, label: 'sortLargestExpense' },
  'largest-income': { sort: { field: 'amount', order: 'desc' }, label: 'sortLargestIncome' },
} as const satisfies Record<string, { sort: TransactionSort; label: keyof Messages }>;

export type SortKey = keyof typeof sortOptions;

export const sortOf = (key: SortKey): TransactionSort => sortOptions[key].sort;

/** What the toolbar shows. */
export interface ToolbarView {
  facts: AccountFacts;
  filter: TransactionFilter;
  sortKey: SortKey;
  groupBy: GroupBy;
  /** The currency amount bounds are typed in. */
  currency: string;
}

/** How the toolbar changes the view. */
export interface ToolbarActions {
  filter: (change: Partial<TransactionFilter>) => void;
  sort: (key: SortKey) => void;
  group: (groupBy: GroupBy) => void;
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** An amount bound in minor units as the number the user typed, in major units. */
const amountText = (minor: number | undefined, currency: string): string => (minor === undefined ? '' : String(toMajorUnits(minor, currency)));

function amountBound(event: Event, currency: string): number | undefined {
  const value = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(value) ? toMinorUnits(Math.abs(value), currency) : undefined;
}

/** The category `<select>`'s value: one category, `*` for all, or none of its options for several picked in the chart. */
function categoryValue(ids: ReadonlySet<string> | undefined): string {
  if (!ids) return '*';
  return ids.size === 1 ? ([...ids][0] ?? '') : '';
}

export function renderToolbar({ facts, filter, sortKey, groupBy, currency }: ToolbarView, actions: ToolbarActions, messages: Messages): TemplateResult {
  const category = categoryValue(filter.categoryIds);
  // `live`: the user may have typed what the filter does not hold (an invalid amount, say), and a
  // reset must clear it too.
  return html`<div part="toolbar" role="search">
    <label class="search">
      ${messages.searchLabel}
      <input
        type="search"
        .value=${live(filter.query ?? '')}
        placeholder=${messages.searchPlaceholder}
        @input=${(event: Event) => {
          actions.filter({ query: valueOf(event) });
        }}
      />
    </label>
    <label>
      ${messages.categoryFilter}
      <select
        @change=${(event: Event) => {
          const value = valueOf(event);
          actions.filter({ categoryIds: value === '*' ? undefined : new Set([value]) });
        }}
      >
        <option value="*" ?selected=${category === '*'}>${messages.allCategories}</option>
        ${facts.categories.map((entry) => html`<option value=${entry.id} ?selected=${category === entry.id}>${entry.name ?? entry.id}</option>`)}
        ${facts.hasUncategorized ? html`<option value=${uncategorizedId} ?selected=${category === uncategorizedId}>${messages.uncategorized}</option>` : nothing}
      </select>
    </label>
    <label>
      ${messages.directionFilter}
      <select
        @change=${(event: Event) => {
          const value = valueOf(event);
          actions.filter({ direction: value === 'credit' || value === 'debit' ? value : undefined });
        }}
      >
        <option value="" ?selected=${!filter.direction}>${messages.allDirections}</option>
        <option value="credit" ?selected=${filter.direction === 'credit'}>${messages.income}</option>
        <option value="debit" ?selected=${filter.direction === 'debit'}>${messages.expenses}</option>
      </select>
    </label>
    <label>
      ${messages.fromDate}
      <input
        type="date"
        .value=${live(filter.fromDate ?? '')}
        @change=${(event: Event) => {
          actions.filter({ fromDate: valueOf(event) || undefined });
        }}
      />
    </label>
    <label>
      ${messages.toDate}
      <input
        type="date"
        .value=${live(filter.toDate ?? '')}
        @change=${(event: Event) => {
          actions.filter({ toDate: valueOf(event) || undefined });
        }}
      />
    </label>
    <label>
      ${messages.minAmount}
      <input
        type="number"
        min="0"
        .step=${'any'}
        inputmode="decimal"
        .value=${live(amountText(filter.minAmount, currency))}
        @change=${(event: Event) => {
          actions.filter({ minAmount: amountBound(event, currency) });
        }}
      />
    </label>
    <label>
      ${messages.maxAmount}
      <input
        type="number"
        min="0"
        .step=${'any'}
        inputmode="decimal"
        .value=${live(amountText(filter.maxAmount, currency))}
        @change=${(event: Event) => {
          actions.filter({ maxAmount: amountBound(event, currency) });
        }}
      />
    </label>
    <label>
      ${messages.sortLabel}
      <select
        @change=${(event: Event) => {
          actions.sort(valueOf(event) as SortKey);
        }}
      >
        ${(Object.keys(sortOptions) as SortKey[]).map((key) => html`<option value=${key} ?selected=${key === sortKey}>${messages[sortOptions[key].label]}</option>`)}
      </select>
    </label>
    ${sortOf(sortKey).field === 'date'
      ? html`<label>
          ${messages.groupLabel}
          <select
            @change=${(event: Event) => {
              actions.group(valueOf(event) as GroupBy);
            }}
          >
            <option value="day" ?selected=${groupBy === 'day'}>${messages.groupByDay}</option>
            <option value="month" ?selected=${groupBy === 'month'}>${messages.groupByMonth}</option>
          </select>
        </label>`
      : nothing}
  </div>`;
}

/** What the result bar shows. */
export interface ResultBarView {
  shown: number;
  total: number;
  filter: TransactionFilter;
  masked: boolean;
}

/** What the result bar's buttons do. */
export interface ResultBarActions {
  clearFilters: () => void;
  toggleMasked: () => void;
  exportCsv: () => void;
}

export function renderResultBar({ shown, total, filter, masked }: ResultBarView, actions: ResultBarActions, messages: Messages): TemplateResult {
  return html`<div part="result-bar">
    <p part="result-count" role="status">${messages.resultCount(shown, total)}</p>
    <div class="actions">
      ${isFilterEmpty(filter) ? nothing : html`<button type="button" @click=${actions.clearFilters}>${messages.clearFilters}</button>`}
      <button type="button" aria-pressed=${masked ? 'true' : 'false'} @click=${actions.toggleMasked}>${masked ? messages.showAmounts : messages.hideAmounts}</button>
      <button type="button" ?disabled=${shown === 0} @click=${actions.exportCsv}>${messages.exportCsv}</button>
    </div>
  </div>`;
}
