/**
 * The active filters as removable chips ("Groceries ×", "From €10.00 ×", "Last month ×"): what
 * narrows the report stays visible while the filter controls are closed, and one click undoes
 * one criterion. The Filters button counts the same criteria.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../elements/localize-controller.js';
import { isFilterEmpty, uncategorizedId, type TransactionFilter } from '../insights/transaction-filter.js';
import type { Category } from '../model/report-model.js';
import { periodPresets, periodText, type DateRange, type PeriodPreset } from './period.js';

/** Above this many picked categories one chip names their number instead of each. */
const namedCategoryLimit = 3;

export interface ChipsView {
  filter: TransactionFilter;
  period: PeriodPreset;
  /** The days the period covers, for a custom period's chip. */
  range: DateRange;
  categories: readonly Category[];
  currency: string;
}

export interface ChipsActions {
  filter: (change: Partial<TransactionFilter>) => void;
  period: (preset: PeriodPreset) => void;
  clearFilters: () => void;
}

interface Chip {
  label: string;
  remove: () => void;
}

type Localized = Pick<LocalizeController, 'locale' | 'messages' | 'money'>;

/** How many criteria the filter controls hold (not the search, which shows in its box, nor the period, which has its own picker). */
export function activeFilterCount(filter: TransactionFilter): number {
  return [(filter.categoryIds?.size ?? 0) > 0, filter.direction !== undefined, filter.minAmount !== undefined, filter.maxAmount !== undefined].filter(Boolean).length;
}

/** The name of a category id as the filter shows it. */
export function categoryName(id: string, categories: readonly Category[], messages: Localized['messages']): string {
  if (id === uncategorizedId) return messages.uncategorized;
  const category = categories.find((entry) => entry.id === id);
  return category?.name ?? category?.id ?? id;
}

function chipsOf({ filter, period, range, categories, currency }: ChipsView, actions: ChipsActions, l10n: Localized): Chip[] {
  const { messages } = l10n;
  const chips: Chip[] = [];
  if (period !== 'all') {
    const label = period === 'custom' ? periodText(range, l10n.locale, messages) || messages.periodCustom : messages[periodPresets[period]];
    chips.push({ label, remove: () => { actions.period('all'); } });
  }
  const ids = [...(filter.categoryIds ?? [])];
  if (ids.length > namedCategoryLimit) {
    chips.push({ label: messages.categoryCount(ids.length), remove: () => { actions.filter({ categoryIds: undefined }); } });
  } else {
    for (const id of ids) {
      chips.push({
        label: categoryName(id, categories, messages),
        remove: () => {
          const rest = new Set(filter.categoryIds);
          rest.delete(id);
          actions.filter({ categoryIds: rest.size > 0 ? rest : undefined });
        },
      });
    }
  }
  if (filter.direction) chips.push({ label: filter.direction === 'credit' ? messages.income : messages.expenses, remove: () => { actions.filter({ direction: undefined }); } });
  if (filter.minAmount !== undefined) chips.push({ label: messages.amountFrom(l10n.money(filter.minAmount, currency)), remove: () => { actions.filter({ minAmount: undefined }); } });
  if (filter.maxAmount !== undefined) chips.push({ label: messages.amountUpTo(l10n.money(filter.maxAmount, currency)), remove: () => { actions.filter({ maxAmount: undefined }); } });
  return chips;
}

/** The chips and "Clear filters", or nothing while nothing narrows the report. */
export function renderFilterChips(view: ChipsView, actions: ChipsActions, l10n: Localized): TemplateResult | typeof nothing {
  const chips = chipsOf(view, actions, l10n);
  if (chips.length === 0 && isFilterEmpty(view.filter)) return nothing;
  const { messages } = l10n;
  return html`<div part="filter-chips" role="group" aria-label=${messages.activeFilters}>
    ${chips.map(
      (chip) => html`<button type="button" part="filter-chip" aria-label=${messages.removeFilter(chip.label)} @click=${chip.remove}>
        <span>${chip.label}</span><span aria-hidden="true" class="chip-remove">×</span>
      </button>`,
    )}
    <button type="button" class="link-button" @click=${actions.clearFilters}>${messages.clearFilters}</button>
  </div>`;
}
