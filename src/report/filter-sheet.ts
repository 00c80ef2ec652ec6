/**
 * The report's filter controls, and what opens and closes them. The report loads this module when
 * the person first points at or opens the Filters button: most readers search or pick a period
 * and never open it.
 *
 * They show as a panel under the Filters button on a wide report, a modal sheet at the bottom of
 * a narrow one (narrower than 600 px), where a panel would cover the whole screen anyway and the rest of the page must not take focus. A modal
 * `<dialog>` traps focus and closes on Escape by itself; the panel closes on Escape and on a
 * click outside it. Either way focus goes back to the button that opened it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { toMajorUnits, toMinorUnits } from '../format/money.js';
import { filterWords } from '../i18n/en-filters.js';
import { isFilterEmpty, uncategorizedId } from '../insights/transaction-filter.js';
import type { GroupBy } from '../insights/transaction-summary.js';
import { sortOf, valueOf, type Localized, type ToolbarActions, type ToolbarView } from './report-toolbar.js';

export { filterSheetStyles as styles } from './filter-sheet.styles.js';

/** Below this width of the report the filters open as a modal sheet. */
export const sheetBelowPx = 600;

export interface FilterSheetParts {
  dialog: () => HTMLDialogElement | null | undefined;
  trigger: () => HTMLElement | null | undefined;
}

export class FilterSheetController implements ReactiveController {
  /** Whether the filters are showing, for the button's `aria-expanded`. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: FilterSheetParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.parts.dialog()?.close();
    this.open = false;
  }

  toggle(): void {
    if (this.open) this.close();
    else this.show();
  }

  show(): void {
    const dialog = this.parts.dialog();
    if (!dialog || dialog.open) return;
    if (this.host.getBoundingClientRect().width < sheetBelowPx) dialog.showModal();
    else dialog.show();
    this.open = true;
    this.host.requestUpdate();
    // The first control, not the dialog's own close button: the user came to filter.
    dialog.querySelector<HTMLElement>('select, input')?.focus();
  }

  close(): void {
    this.parts.dialog()?.close();
  }

  /** The dialog's `close` event, however it closed (Escape, Done, a click outside). */
  readonly onClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.parts.trigger()?.focus();
  };

  /** Escape closes the panel as it closes the modal sheet. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const dialog = this.parts.dialog();
    if (!this.open || !dialog) return;
    const path = event.composedPath();
    if (path[0] === dialog) {
      // A modal sheet's backdrop belongs to the dialog: a tap on it lands on the dialog itself.
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) this.close();
      return;
    }
    if (path.includes(dialog) || path.includes(this.parts.trigger() as EventTarget)) return;
    this.close();
  };
}

/** An amount bound in minor units as the number the user typed, in major units. */
const amountText = (minor: number | undefined, currency: string): string => (minor === undefined ? '' : String(toMajorUnits(minor, currency)));

function amountBound(event: Event, currency: string): number | undefined {
  const value = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(value) ? toMinorUnits(Math.abs(value), currency) : undefined;
}

/** A minimum or maximum amount field, in the major units people type. */
const amountField = (label: string, value: string, onChange: (event: Event) => void) => html`<label>
  <span>${label}</span>
  <input type="number" min="0" .step=${'any'} inputmode="decimal" .value=${live(value)} @change=${onChange} />
</label>`;

/**
 * The category `<select>`'s value: one category, `*` for all, or `+` for several picked in the
 * chart, an option that names their number: never "All categories" while a selection is active.
 */
function categoryValue(ids: ReadonlySet<string> | undefined): string {
  if (!ids || ids.size === 0) return '*';
  return ids.size === 1 ? ([...ids][0] ?? '') : '+';
}

/** The filter controls: a panel on a wide report, a sheet on a narrow one (`FilterSheetController`). */
export function renderFilterDialog({ facts, filter, groupBy, sortKey, currency, hasTransfers, includeTransfers }: ToolbarView, actions: ToolbarActions, l10n: Localized): TemplateResult {
  const { messages } = l10n;
  const words = filterWords(messages);
  const category = categoryValue(filter.categoryIds);
  const picked = filter.categoryIds?.size ?? 0;
  return html`<dialog id="report-filters" part="filters" aria-labelledby="report-filters-title" @close=${actions.filtersClosed} @keydown=${actions.filtersKeyDown}>
    <h3 id="report-filters-title">${messages.filters}</h3>
    <div class="filter-fields">
      <label>
        <span>${words.categoryFilter}</span>
        <select
          .value=${live(category)}
          @change=${(event: Event) => {
            const value = valueOf(event);
            if (value !== '+') actions.filter({ categoryIds: value === '*' ? undefined : new Set([value]) });
          }}
        >
          <option value="*" ?selected=${category === '*'}>${words.allCategories}</option>
          ${picked > 1 ? html`<option value="+" selected hidden>${messages.categoryCount(picked)}</option>` : nothing}
          ${facts.categories.map((entry) => html`<option value=${entry.id} ?selected=${category === entry.id}>${entry.name ?? entry.id}</option>`)}
          ${facts.hasUncategorized ? html`<option value=${uncategorizedId} ?selected=${category === uncategorizedId}>${messages.uncategorized}</option>` : nothing}
        </select>
      </label>
      <label>
        <span>${words.directionFilter}</span>
        <select
          .value=${live(filter.direction ?? '')}
          @change=${(event: Event) => {
            const value = valueOf(event);
            actions.filter({ direction: value === 'credit' || value === 'debit' ? value : undefined });
          }}
        >
          <option value="" ?selected=${!filter.direction}>${words.allDirections}</option>
          <option value="credit" ?selected=${filter.direction === 'credit'}>${messages.income}</option>
          <option value="debit" ?selected=${filter.direction === 'debit'}>${messages.expenses}</option>
        </select>
      </label>
      ${amountField(words.minAmount, amountText(filter.minAmount, currency), (event) => {
        actions.filter({ minAmount: amountBound(event, currency) });
      })}
      ${amountField(words.maxAmount, amountText(filter.maxAmount, currency), (event) => {
        actions.filter({ maxAmount: amountBound(event, currency) });
      })}
      ${sortOf(sortKey).field === 'date'
        ? html`<label>
            <span>${words.groupLabel}</span>
            <select
              .value=${live(groupBy)}
              @change=${(event: Event) => {
                actions.group(valueOf(event) as GroupBy);
              }}
            >
              <option value="day" ?selected=${groupBy === 'day'}>${words.groupByDay}</option>
              <option value="month" ?selected=${groupBy === 'month'}>${words.groupByMonth}</option>
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
          <span>${words.includeTransfers}</span>
        </label>`
      : nothing}
    <div class="sheet-actions">
      ${isFilterEmpty(filter) && !includeTransfers ? nothing : html`<button type="button" class="link-button" @click=${actions.clearFilters}>${messages.clearFilters}</button>`}
      <button type="button" class="primary" @click=${actions.closeFilters}>${words.filtersDone}</button>
    </div>
  </dialog>`;
}
