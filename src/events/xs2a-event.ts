/**
 * The base of every public event: a typed, readonly `detail`, bubbling and crossing shadow
 * roots, so a page can listen on `document`. Subclasses add a static `eventName`.
 */
export abstract class Xs2aEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
