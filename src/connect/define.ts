/** Registers `<xs2a-connect>` unless the tag is taken (for instance by the CDN copy). */
import { defineElement } from '../define-element.js';
import { Xs2aConnect } from './xs2a-connect.js';

defineElement('xs2a-connect', Xs2aConnect);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-connect': Xs2aConnect;
  }
}
