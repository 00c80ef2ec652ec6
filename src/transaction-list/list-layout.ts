import { FlowLayout, type flow } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * The virtualizer's flow layout, keeping rows rendered 400 px beyond each edge of the list
 * instead of 1,000. Rows are 56 px, so that is seven rows ahead, more than a fast wheel or
 * touch scroll moves in a frame; a search then updates and lays out 18 rows in a 600 px list,
 * not 28.
 *
 * When no part of the list is in view (it is below the fold, or scrolled away), the flow layout
 * renders no row at all; this one keeps the row `keep` names, at its place in the list. The
 * listbox then always holds its active row, the one Tab reaches: an empty listbox is not
 * focusable, has no option for a screen reader, and axe flags it.
 */
class ListLayout extends FlowLayout {
  protected override _overhang = 400;

  /** The row to keep rendered when none is in view; set through the layout's config. */
  keep: () => number = () => -1;

  override _clearItems(): void {
    const index = this.keep();
    const kept = index >= 0 && index < this.items.length;
    // Placed where the rows rendered so far put it, so it is read before they are cleared.
    const bounds = kept ? { pos: this._getPosition(index), size: this._getSize(index) ?? this._getAverageSize() } : undefined;
    super._clearItems();
    if (!bounds) return;
    this._first = index;
    this._last = index;
    this._physicalItems.set(index, bounds);
  }
}

export const listLayout = (keep: () => number): ReturnType<typeof flow> => ({ type: ListLayout, keep } as ReturnType<typeof flow>);
