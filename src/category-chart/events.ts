import { Xs2aEvent } from '../events/xs2a-event.js';
export interface CategorySelectDetail {
  /** The selected category ids; "Other" adds every id it stands for. Empty when cleared. */
  ids: string[];
}

/** A user pressed a category of the chart, selecting or releasing it. */
export class Xs2aCategorySelectEvent extends Xs2aEvent<CategorySelectDetail> {
  static readonly eventName = 'xs2a-category-select';

  constructor(detail: CategorySelectDetail) {
    super(Xs2aCategorySelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-category-select': Xs2aCategorySelectEvent;
  }
}
