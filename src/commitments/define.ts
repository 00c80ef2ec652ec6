import { defineElement } from '../define-element.js';
import { Xs2aCommitments } from './xs2a-commitments.js';

defineElement('xs2a-commitments', Xs2aCommitments);

declare global {
  interface HTMLElementTagNameMap {
    'xs2a-commitments': Xs2aCommitments;
  }
}
