export interface CategorySelectDetail {
  /** The selected category ids; "Other" adds every id it stands for. Empty when cleared. */
  ids: string[];
}

/** A user pressed a category of the chart, selecting or releasing it. */
export class Xs2aCategorySelectEvent extends Event {
  static readonly eventName = 'xs2a-category-select';
  readonly detail: CategorySelectDetail;

  constructor(detail: CategorySelectDetail) {
    super(Xs2aCategorySelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xs2a-category-select': Xs2aCategorySelectEvent;
  }
}
