/**
 * `<xs2a-connect>`'s words in English, the catalog the other languages follow: its shape is the
 * `ConnectMessages` type, and `connect-de.ts` and `connect-sv.ts` `satisfy` it. A module of its
 * own, apart from the display elements' words in `en.ts`: the button is the one element many
 * pages load alone, so it carries only these.
 */
import type { Xs2aConnectState } from '../connect/events.js';

export const connectMessages = {
  /** The button's label when the page gives none. */
  label: 'Connect your bank',
  /** What the live region announces in each state. */
  states: {
    idle: '',
    'creating-flow': 'Preparing the bank connection…',
    'loading-launcher': 'Opening the bank connection…',
    'in-flow': 'Bank connection open',
    completing: 'Completing the bank connection…',
    finished: 'Bank account connected',
    aborted: 'Bank connection cancelled',
    error: 'Bank connection failed',
  } satisfies Record<Xs2aConnectState, string>,
  /** Shown beside the button after an error or an abort, with `retry` as the button's label. */
  failed: 'The bank connection failed.',
  cancelled: 'The bank connection was cancelled.',
  retry: 'Try again',
};

/** The words `<xs2a-connect>` shows. */
export type ConnectMessages = typeof connectMessages;
