/**
 * Where each row of the list is, from the group boundaries alone: every transaction row is
 * `row` pixels tall and every header `header` pixels, so a transaction's top is its place times
 * the row height plus one header per group up to and including its own. Rows are numbered as
 * shown, headers included (`data-row`): a group's header is row `firstOfGroup[group] + group`,
 * the transaction at place `p` of group `g` is row `p + g + 1` (without grouping, row `p`).
 */
import type { ListGroups as ListRows } from './list-groups.js';

export interface RowHeights {
  row: number;
  header: number;
}

export const isGrouped = (rows: ListRows): boolean => rows.groups.length > 0;

/** The height of all rows and headers together. */
export const totalHeight = (rows: ListRows, heights: RowHeights): number => rows.order.length * heights.row + rows.groups.length * heights.header;

/** The top of a group's header. */
export const headerTop = (rows: ListRows, group: number, heights: RowHeights): number => (rows.firstOfGroup[group] as number) * heights.row + group * heights.header;

/** The top of the transaction at `place`, in group `group` (-1 without grouping). */
export const rowTop = (place: number, group: number, heights: RowHeights): number => place * heights.row + (group + 1) * heights.header;

/** The group of the transaction at `place`: the last group starting at or before it; -1 without grouping. */
export function groupOfPlace(rows: ListRows, place: number): number {
  const { firstOfGroup } = rows;
  let low = 0;
  let high = rows.groups.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((firstOfGroup[middle] as number) <= place) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The group whose header or rows cover the offset `y`: the last header at or above it; -1
 * without grouping. A binary search, written out so that a scroll frame allocates nothing.
 */
export function groupAt(rows: ListRows, y: number, heights: RowHeights): number {
  let low = 0;
  let high = rows.groups.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (headerTop(rows, middle, heights) <= y) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The first transaction whose row ends below `y` in group `group` (-1 without grouping), or the group's end. */
export function firstPlaceBelow(rows: ListRows, group: number, y: number, heights: RowHeights): number {
  const first = group < 0 ? 0 : (rows.firstOfGroup[group] as number);
  const end = group < 0 ? rows.order.length : (rows.firstOfGroup[group + 1] as number);
  const skipped = Math.floor((y - rowTop(first, group, heights)) / heights.row);
  return Math.min(end, first + Math.max(0, skipped));
}

/** The row number (`data-row`) of a header or a transaction. */
export const headerRowIndex = (rows: ListRows, group: number): number => (rows.firstOfGroup[group] as number) + group;
export const rowIndex = (place: number, group: number): number => place + group + 1;
