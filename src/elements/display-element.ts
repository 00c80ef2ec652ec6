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
}
