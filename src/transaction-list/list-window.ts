/**
 * The rows of the list that are in the DOM: those in a window of the list's content (what the
 * reader sees and a margin around it), and the row keyboard focus is on or starts from wherever
 * it is, so the listbox always has a row to Tab to and a focused row is never taken away.
 *
 * Rows and headers are elements kept in two pools and reused: a row leaving the window gives its
 * element to a row entering it, which is drawn into it (Lit updates only what differs), so a
 * scroll frame creates no element and redraws only the rows that came into view. Every row is
 * placed by a transform at the top the geometry gives it; the DOM keeps them in the order shown
 * (a screen reader's browse mode reads them in that order), moving only the elements that entered.
 */
import { groupAt, firstPlaceBelow, headerRowIndex, headerTop, isGrouped, rowIndex, rowTop, totalHeight, groupOfPlace, type RowHeights } from './list-geometry.js';
import type { ListGroups as ListRows } from './list-groups.js';

/** How an element of the list draws a row or a header into an element the window hands it. */
export interface RowPainter {
  createRow(): HTMLElement;
  createHeader(): HTMLElement;
  drawRow(element: HTMLElement, place: number): void;
  drawHeader(element: HTMLElement, group: number): void;
}

interface Slot {
  readonly element: HTMLElement;
  /** The place (rows) or group (headers) drawn in it; -1 when free. */
  key: number;
  /** The drawing it shows: slots drawn before the list's last render are drawn again. */
  drawn: number;
  top: number;
}

export class ListWindow {
  private readonly rowSlots: Slot[] = [];
  private readonly headerSlots: Slot[] = [];
  /** The slots' elements in the order shown; kept between updates so that an update allocates nothing. */
  private readonly shown: HTMLElement[] = [];
  private container?: HTMLElement;
  private sizer?: HTMLElement;
  private height = -1;

  constructor(private readonly painter: RowPainter) {}

  /**
   * The element rows are placed in, and its sizer, which gives it the rows' height. A new
   * container (the list was rendered anew) starts with fresh pools.
   */
  attach(container: HTMLElement, sizer: HTMLElement): void {
    if (container === this.container) return;
    this.container = container;
    this.sizer = sizer;
    this.rowSlots.length = 0;
    this.headerSlots.length = 0;
    this.height = -1;
  }

  /** The element of the transaction at `place`, if it is in the DOM. */
  rowElement(place: number): HTMLElement | undefined {
    for (const slot of this.rowSlots) if (slot.key === place) return slot.element;
    return undefined;
  }

  /** The place of the transaction a row element shows; -1 for any other element. */
  placeOf(element: Element): number {
    for (const slot of this.rowSlots) if (slot.element === element) return slot.key;
    return -1;
  }

  /**
   * Gives the sizer the height of all rows, before the view is read: a list that got shorter
   * has its scroll offset clamped by then, so the rows are placed where the reader will be.
   */
  resize(rows: ListRows, heights: RowHeights): void {
    const total = totalHeight(rows, heights);
    if (total === this.height || !this.sizer) return;
    this.height = total;
    this.sizer.style.height = `${total}px`;
  }

  /**
   * Puts in the DOM the rows and headers between `top` and `bottom` (offsets in the list's
   * content; nothing when `bottom <= top`) and the transaction at `keep` (-1 for none). Slots
   * drawn with an older `drawing` are drawn again.
   */
  update(rows: ListRows, heights: RowHeights, top: number, bottom: number, keep: number, drawing: number): void {
    const { container, sizer } = this;
    if (!container || !sizer) return;
    this.resize(rows, heights);
    const total = this.height;
    const count = rows.order.length;
    const grouped = isGrouped(rows);
    const from = Math.max(0, top);
    const to = Math.min(total, bottom);
    // The window as ranges: transactions [firstPlace, endPlace), headers [firstGroup, endGroup).
    let firstPlace = 0;
    let endPlace = 0;
    let firstGroup = 0;
    let endGroup = 0;
    if (to > from && count > 0) {
      if (grouped) {
        const group = Math.max(0, groupAt(rows, from, heights));
        firstGroup = headerTop(rows, group, heights) + heights.header > from ? group : group + 1;
        endGroup = firstGroup;
        while (endGroup < rows.groups.length && headerTop(rows, endGroup, heights) < to) endGroup += 1;
        firstPlace = firstPlaceBelow(rows, group, from, heights);
        endPlace = firstPlace;
        for (let rowGroup = group; endPlace < count; endPlace += 1) {
          if (endPlace === (rows.firstOfGroup[rowGroup + 1] as number)) rowGroup += 1;
          if (rowTop(endPlace, rowGroup, heights) >= to) break;
        }
      } else {
        firstPlace = firstPlaceBelow(rows, -1, from, heights);
        endPlace = Math.min(count, Math.ceil(to / heights.row));
      }
    }
    if (keep >= count) keep = -1;

    // Free the slots that left the window, and take their elements out of the DOM.
    for (const slot of this.rowSlots) {
      if (slot.key >= 0 && (slot.key < firstPlace || slot.key >= endPlace) && slot.key !== keep) this.free(slot);
    }
    for (const slot of this.headerSlots) {
      if (slot.key >= 0 && (slot.key < firstGroup || slot.key >= endGroup)) this.free(slot);
    }

    // The elements in the order shown: the kept row where it falls, headers before their rows.
    const shown = this.shown;
    shown.length = 0;
    const keepOutside = keep >= 0 && (keep < firstPlace || keep >= endPlace);
    if (keepOutside && keep < firstPlace) shown.push(this.placeRow(rows, heights, keep, groupOfPlace(rows, keep), drawing));
    let place = firstPlace;
    let group = grouped ? groupOfPlace(rows, firstPlace) : -1;
    for (let header = firstGroup; header < endGroup || place < endPlace; ) {
      // A header comes before the rows of its group.
      if (header < endGroup && (place >= endPlace || (rows.firstOfGroup[header] as number) <= place)) {
        shown.push(this.placeHeader(rows, heights, header, drawing));
        header += 1;
        continue;
      }
      if (grouped && place === (rows.firstOfGroup[group + 1] as number)) group += 1;
      shown.push(this.placeRow(rows, heights, place, group, drawing));
      place += 1;
    }
    if (keepOutside && keep >= endPlace) shown.push(this.placeRow(rows, heights, keep, groupOfPlace(rows, keep), drawing));

    // Into the DOM in that order: the elements already there keep their order; only the ones
    // that entered are inserted.
    let next = sizer.nextSibling;
    for (const element of shown) {
      if (element === next) next = next.nextSibling;
      else container.insertBefore(element, next);
    }
  }

  private free(slot: Slot): void {
    slot.key = -1;
    slot.element.remove();
  }

  private placeRow(rows: ListRows, heights: RowHeights, place: number, group: number, drawing: number): HTMLElement {
    const slot = this.slotFor(this.rowSlots, place, false);
    if (slot.key !== place || slot.drawn !== drawing) {
      slot.key = place;
      slot.drawn = drawing;
      slot.element.dataset['row'] = String(rowIndex(place, group));
      this.painter.drawRow(slot.element, place);
    }
    this.moveTo(slot, rowTop(place, group, heights));
    return slot.element;
  }

  private placeHeader(rows: ListRows, heights: RowHeights, group: number, drawing: number): HTMLElement {
    const slot = this.slotFor(this.headerSlots, group, true);
    if (slot.key !== group || slot.drawn !== drawing) {
      slot.key = group;
      slot.drawn = drawing;
      slot.element.dataset['row'] = String(headerRowIndex(rows, group));
      this.painter.drawHeader(slot.element, group);
    }
    this.moveTo(slot, headerTop(rows, group, heights));
    return slot.element;
  }

  private moveTo(slot: Slot, top: number): void {
    if (slot.top === top) return;
    slot.top = top;
    slot.element.style.transform = `translateY(${top}px)`;
  }

  /** The slot showing `key`, else a free one, else a new one: the pools grow to the most rows a window held. */
  private slotFor(slots: Slot[], key: number, header: boolean): Slot {
    let free: Slot | undefined;
    for (const slot of slots) {
      if (slot.key === key) return slot;
      if (slot.key < 0) free ??= slot;
    }
    if (free) return free;
    const slot: Slot = { element: header ? this.painter.createHeader() : this.painter.createRow(), key: -1, drawn: -1, top: Number.NaN };
    slots.push(slot);
    return slot;
  }
}
