/**
 * The report's toolbar as a template of the view state it is given: the search first, across
 * the whole width; then one row of the period, the Filters button (with the number of active
 * filters), sort and export, which on a narrow report show only their icons (their words stay
 * their accessible names); a custom period's From and To on a row of their own, in the element's
 * locale; the filter controls in a dialog the button opens; the active filters as chips. Every
 * control shows a bound value, so resetting the state resets what the user sees; the element keeps
 * the state and passes the actions that change it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../elements/localize-controller.js';
import { toMajorUnits, toMinorUnits } from '../format/money.js';
import type { Messages } from '../i18n/messages.js';
import { isFilterEmpty, uncategorizedId, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import type { GroupBy } from '../insights/transaction-summary.js';
import { dateField } from './date-field.js';
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
} as const satisfies Record<string, { sort: TransactionSort; label: keyof Messages }>;

export type SortKey = keyof typeof sortOptions;

export const sortOf = (key: SortKey): TransactionSort => sortOptions[key].sort;

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
}

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
}

type Localized = Pick<LocalizeController, 'locale' | 'messages' | 'money'>;

const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** An amount bound in minor units as the number the user typed, in major units. */
const amountText = (minor: number | undefined, currency: string): string => (minor === undefined ? '' : String(toMajorUnits(minor, currency)));

function amountBound(event: Event, currency: string): number | undefined {
  const value = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(value) ? toMinorUnits(Math.abs(value), currency) : undefined;
}

/**
 * The category `<select>`'s value: one category, `*` for all, or `+` for several picked in the
 * chart, an option that names their number: never "All categories" while a selection is active.
 */
function categoryValue(ids: ReadonlySet<string> | undefined): string {
  if (!ids || ids.size === 0) return '*';
  return ids.size === 1 ? ([...ids][0] ?? '') : '+';
}

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
        aria-controls="report-filters"
        aria-expanded=${filtersOpen ? 'true' : 'false'}
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
      <button type="button" part="export" ?disabled=${!view.canExport} @click=${actions.exportCsv}>${exportIcon}<span class="button-text">${messages.exportCsv}</span></button>
      ${renderFilterDialog(view, actions, l10n)}
    </div>
    ${period === 'custom' ? renderCustomPeriod(view, actions, l10n) : nothing}
    ${renderFilterChips({ filter, period, range, categories: view.facts.categories, currency: view.currency }, actions, l10n)}
  </div>`;
}

/**
 * From and To side by side, each within the report's days and on its side of the other: a From
 * after the To would show an empty report with nothing to say why.
 */
function renderCustomPeriod({ range, span }: ToolbarView, actions: ToolbarActions, { locale, messages }: Localized): TemplateResult {
  return html`<div class="dates" role="group" aria-label=${messages.periodCustom}>
    ${dateField({
      id: 'report-from-date',
      label: messages.fromDate,
      value: range.from,
      min: span.from,
      max: range.to ?? span.to,
      locale,
      messages,
      onDate: (from) => {
        actions.customPeriod({ from });
      },
    })}
    ${dateField({
      id: 'report-to-date',
      label: messages.toDate,
      value: range.to,
      min: range.from ?? span.from,
      max: span.to,
      locale,
      messages,
      onDate: (to) => {
        actions.customPeriod({ to });
      },
    })}
  </div>`;
}

/** The filter controls: a panel on a wide report, a sheet on a narrow one (`FilterSheetController`). */
function renderFilterDialog({ facts, filter, groupBy, sortKey, currency, hasTransfers, includeTransfers }: ToolbarView, actions: ToolbarActions, l10n: Localized): TemplateResult {
  const { messages } = l10n;
  const category = categoryValue(filter.categoryIds);
  const picked = filter.categoryIds?.size ?? 0;
  return html`<dialog id="report-filters" part="filters" aria-labelledby="report-filters-title" @close=${actions.filtersClosed} @keydown=${actions.filtersKeyDown}>
    <h3 id="report-filters-title">${messages.filters}</h3>
    <div class="filter-fields">
      <label>
        <span>${messages.categoryFilter}</span>
        <select
          .value=${live(category)}
          @change=${(event: Event) => {
            const value = valueOf(event);
            if (value !== '+') actions.filter({ categoryIds: value === '*' ? undefined : new Set([value]) });
          }}
        >
          <option value="*" ?selected=${category === '*'}>${messages.allCategories}</option>
          ${picked > 1 ? html`<option value="+" selected hidden>${messages.categoryCount(picked)}</option>` : nothing}
          ${facts.categories.map((entry) => html`<option value=${entry.id} ?selected=${category === entry.id}>${entry.name ?? entry.id}</option>`)}
          ${facts.hasUncategorized ? html`<option value=${uncategorizedId} ?selected=${category === uncategorizedId}>${messages.uncategorized}</option>` : nothing}
        </select>
      </label>
      <label>
        <span>${messages.directionFilter}</span>
        <select
          .value=${live(filter.direction ?? '')}
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
        <span>${messages.minAmount}</span>
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
        <span>${messages.maxAmount}</span>
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
      ${sortOf(sortKey).field === 'date'
        ? html`<label>
            <span>${messages.groupLabel}</span>
            <select
              .value=${live(groupBy)}
              @change=${(event: Event) => {
                actions.group(valueOf(event) as GroupBy);
              }}
            >
              <option value="day" ?selected=${groupBy === 'day'}>${messages.groupByDay}</option>
              <option value="month" ?selected=${groupBy === 'month'}>${messages.groupByMonth}</option>
            </select>
          </label>`
        : nothing}
    </div>
    ${hasTransfers
      ? html`<label class="check">
          <input
            type="checkbox"
            .checked=${live(includeTransfers)}
            @change=${(event: Event) => {
              actions.includeTransfers((event.target as HTMLInputElement).checked);
            }}
          />
          <span>${messages.includeTransfers}</span>
        </label>`
      : nothing}
    <div class="sheet-actions">
      ${isFilterEmpty(filter) && !includeTransfers ? nothing : html`<button type="button" class="link-button" @click=${actions.clearFilters}>${messages.clearFilters}</button>`}
      <button type="button" class="primary" @click=${actions.closeFilters}>${messages.filtersDone}</button>
    </div>
  </dialog>`;
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

export function renderResultBar({ shown, total, masked }: ResultBarView, actions: ResultBarActions, messages: Messages): TemplateResult {
  return html`<div part="result-bar">
    <p part="result-count" role="status">${messages.resultCount(shown, total)}</p>
    <button type="button" aria-pressed=${masked ? 'true' : 'false'} @click=${actions.toggleMasked}>${masked ? messages.showAmounts : messages.hideAmounts}</button>
  </div>`;
}
