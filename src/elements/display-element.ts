import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from './localize-controller.js';

/**
 * What the report, the transaction list and the two charts share: the properties every display
 * element has and the controller that turns them into words and amounts. Not an element itself;
 * each subclass has its own tag, styles and JSDoc.
 *
 * @internal
 */
export class DisplayElement extends LitElement {
  /** Locale, messages and amounts of the current update; see `LocalizeController`. */
  protected readonly localize = new LocalizeController(this);

  /** Formatting locale; default the nearest `lang`, then the browser's. */
  @property() locale?: string;

  /** Privacy mode: amounts are replaced by dots. */
  @property({ type: Boolean, reflect: true }) masked = false;

  /** Colour scheme override: `light` or `dark`; default follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Holds each update until the words of the element's language are here: a German page's first
   * frame is German, never English first. `updateComplete` waits for them too.
   */
  // Lit's signature: its own updates at once and returns nothing.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.localize.whenReady();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
