import { FlowLayout, type flow } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * The virtualizer's flow layout, keeping rows rendered 400 px beyond each edge of the list
 * instead of 1,000. Rows are 56 px, so that is seven rows ahead, more than a fast wheel or
 * touch scroll moves in a frame; a search then updates and lays out 18 rows in a 600 px list,
 * not 28.
 */
class ListLayout extends FlowLayout {
  protected override _overhang = 400;
}

export const listLayout = (): ReturnType<typeof flow> => ({ type: ListLayout });
