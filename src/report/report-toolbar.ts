/**
 * The report's toolbar as a template of the view state it is given: the search first, across
 * the whole width; then one row of the period, the Filters button (with the number of active
 * filters), sort and export, which on a narrow report show only their icons (their words stay
 * their accessible names); a custom period's From and To on a row of their own, in the element's
 * locale; the filter controls in a dialog the button opens; the active filters as chips. The
 * filter controls and the custom dates are drawn by modules the report loads on first use (see
 * `ReportControls`); until one is here the toolbar leaves its place empty. Every
 * control shows a bound value, so resetting the state resets what the user sees; the element keeps
 * the state and passes the actions that change it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../elements/localize-controller.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { TransactionFilter, TransactionSort } from '../insights/transaction-filter.js';
import type { GroupBy } from '../insights/transaction-summary.js';
import type { renderCustomPeriod } from './custom-period.js';
import type { renderFilterDialog } from './filter-sheet.js';
import { activeFilterCount, renderFilterChips, type ChipsActions } from './filter-chips.js';
import { isPeriodPreset, periodPresets, type DateRange, type PeriodPreset } from './period.js';
import type { AccountFacts } from './report-view.js';
import { exportIcon, filtersIcon, sortIcon } from './toolbar-icons.js';

/**
 * The orders the user can pick, in the order the picker lists them, with their labels. "Largest
 * expense first" lists every expense by size, then the income: a signed sort would list the
 * salaries and then the expenses smallest first.
 */
const sortOptions = {
  newest: { sort: { field: 'date', order: 'desc' }, label: 'sortNewest' },
  oldest: { sort: { field: 'date', order: 'asc' }, label: 'sortOldest' },
  'largest-expense': { sort: { field: 'expense', order: 'desc' }, label: 'sortLargestExpense' },
  'largest-income': { sort: { field: 'income', order: 'desc' }, label: 'sortLargestIncome' },
} as const satisfies Record<string, { sort: TransactionSort; label: keyof DisplayMessages }>;

export type SortKey = keyof typeof sortOptions;

export const sortOf = (key: SortKey): TransactionSort => sortOptions[key].sort;

/** Every order the toolbar offers: a large list has them ready before a person picks one. */
export const toolbarSorts: readonly TransactionSort[] = Object.values(sortOptions).map((option) => option.sort);

/** What the toolbar shows. */
export interface ToolbarView {
  facts: AccountFacts;
  filter: TransactionFilter;
  period: PeriodPreset;
  /** The days the period covers: the custom date inputs start from them. */
  range: DateRange;
  /** The days the report has: a custom period's bounds stay within them. */
  span: DateRange;
  sortKey: SortKey;
  groupBy: GroupBy;
  /** The currency amount bounds are typed in. */
  currency: string;
  /** Whether the report has own-account transfers, and whether the figures count them. */
  hasTransfers: boolean;
  includeTransfers: boolean;
  /** Whether there is anything to export. */
  canExport: boolean;
  /** Whether the filter controls are open. */
  filtersOpen: boolean;
  /** The filter controls' template, once its code has loaded. */
  filterDialog?: typeof renderFilterDialog | undefined;
  /** The custom dates' template, once its code has loaded. */
  customPeriod?: typeof renderCustomPeriod | undefined;
}

/** The controls whose code loads on first use. */
export type LazyControl = 'filters' | 'custom-period' | 'export';

/** How the toolbar changes the view. */
export interface ToolbarActions extends ChipsActions {
  /** One bound of a custom period; the other stays. */
  customPeriod: (change: Partial<DateRange>) => void;
  includeTransfers: (include: boolean) => void;
  sort: (key: SortKey) => void;
  group: (groupBy: GroupBy) => void;
  toggleFilters: () => void;
  closeFilters: () => void;
  /** The filter dialog's `close` and `keydown` events. */
  filtersClosed: () => void;
  filtersKeyDown: (event: KeyboardEvent) => void;
  exportCsv: () => void;
  /** The person points at or focuses a control whose code loads on first use: start loading it, so the click rarely waits. */
  warm: (control: LazyControl) => void;
}

export type Localized = Pick<LocalizeController, 'locale' | 'messages' | 'money'>;

export const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderToolbar(view: ToolbarView, actions: ToolbarActions, l10n: Localized): TemplateResult {
  const { messages } = l10n;
  const { filter, period, range, sortKey, filtersOpen } = view;
  const count = activeFilterCount(filter);
  // `live`: the user may have typed what the filter does not hold (an invalid amount, say), and a
  // reset must clear it too.
  return html`<div part="toolbar">
    <div class="search" role="search">
      <label class="visually-hidden" for="report-search">${messages.searchLabel}</label>
      <input
        id="report-search"
        type="search"
        .value=${live(filter.query ?? '')}
        placeholder=${messages.searchHint}
        @input=${(event: Event) => {
          actions.filter({ query: valueOf(event) });
        }}
      />
    </div>
    <div class="controls">
      <label class="period">
        <span class="visually-hidden">${messages.periodLabel}</span>
        <select
          part="period"
          .value=${live(period)}
          @pointerenter=${() => {
            actions.warm('custom-period');
          }}
          @focus=${() => {
            actions.warm('custom-period');
          }}
          @change=${(event: Event) => {
            const value = valueOf(event);
            if (isPeriodPreset(value)) actions.period(value);
          }}
        >
          ${(Object.keys(periodPresets) as PeriodPreset[]).map((key) => html`<option value=${key} ?selected=${key === period}>${messages[periodPresets[key]]}</option>`)}
        </select>
      </label>
      <button
        type="button"
        part="filters-button"
        aria-haspopup="dialog"
        aria-controls=${ifDefined(view.filterDialog ? 'report-filters' : undefined)}
        aria-expanded=${filtersOpen ? 'true' : 'false'}
        @pointerenter=${() => {
          actions.warm('filters');
        }}
        @focus=${() => {
          actions.warm('filters');
        }}
        @click=${actions.toggleFilters}
      >
        ${filtersIcon}<span class="button-text">${messages.filters}</span>${count > 0
          ? html`<span class="filter-count" aria-hidden="true">${count}</span><span class="visually-hidden">, ${messages.activeFilterCount(count)}</span>`
          : nothing}
      </button>
      <label class="sort">
        <span class="visually-hidden">${messages.sortLabel}</span>
        <select
          .value=${live(sortKey)}
          @change=${(event: Event) => {
            actions.sort(valueOf(event) as SortKey);
          }}
        >
          ${(Object.keys(sortOptions) as SortKey[]).map((key) => html`<option value=${key} ?selected=${key === sortKey}>${messages[sortOptions[key].label]}</option>`)}
        </select>
        ${sortIcon}
      </label>
      <button
        type="button"
        part="export"
        ?disabled=${!view.canExport}
        @pointerenter=${() => {
          actions.warm('export');
        }}
        @focus=${() => {
          actions.warm('export');
        }}
        @click=${actions.exportCsv}
      >${exportIcon}<span class="button-text">${messages.exportCsv}</span></button>
      ${view.filterDialog?.(view, actions, l10n) ?? nothing}
    </div>
    ${period === 'custom' ? (view.customPeriod?.(view, actions, l10n) ?? nothing) : nothing}
    ${renderFilterChips({ filter, period, range, categories: view.facts.categories, currency: view.currency }, actions, l10n)}
  </div>`;
}

/** What the result bar shows. */
export interface ResultBarView {
  shown: number;
  total: number;
  masked: boolean;
}

/** What the result bar's buttons do. */
export interface ResultBarActions {
  toggleMasked: () => void;
}

export function renderResultBar({ shown, total, masked }: ResultBarView, actions: ResultBarActions, messages: DisplayMessages): TemplateResult {
  return html`<div part="result-bar">
    <p part="result-count" role="status">${messages.resultCount(shown, total)}</p>
    <button type="button" aria-pressed=${masked ? 'true' : 'false'} @click=${actions.toggleMasked}>${masked ? messages.showAmounts : messages.hideAmounts}</button>
  </div>`;
}
