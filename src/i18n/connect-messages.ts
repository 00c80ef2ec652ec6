/**
 * The words of `<xs2a-connect>`, apart from the report's catalog: the button is the one element
 * many pages load alone, so it carries only these.
 */
import type { Xs2aConnectState } from '../connect/events.js';
import { languageOf } from './messages.js';
import type { Language } from './messages.js';

export interface ConnectMessages {
  /** The button's label when the page gives none. */
  label: string;
  /** What the live region announces in each state. */
  states: Record<Xs2aConnectState, string>;
  /** Shown beside the button after an error or an abort, with `retry` as the button's label. */
  failed: string;
  cancelled: string;
  retry: string;
}

const en: ConnectMessages = {
  label: 'Connect your bank',
  states: {
    idle: '',
    'creating-flow': 'Preparing the bank connection…',
    'loading-launcher': 'Opening the bank connection…',
    'in-flow': 'Bank connection open',
    completing: 'Completing the bank connection…',
    finished: 'Bank account connected',
    aborted: 'Bank connection cancelled',
    error: 'Bank connection failed',
  },
  failed: 'The bank connection failed.',
  cancelled: 'The bank connection was cancelled.',
  retry: 'Try again',
};

const de: ConnectMessages = {
  label: 'Bank verbinden',
  states: {
    idle: '',
    'creating-flow': 'Bankverbindung wird vorbereitet…',
    'loading-launcher': 'Bankverbindung wird geöffnet…',
    'in-flow': 'Bankverbindung geöffnet',
    completing: 'Bankverbindung wird abgeschlossen…',
    finished: 'Bankkonto verbunden',
    aborted: 'Bankverbindung abgebrochen',
    error: 'Bankverbindung fehlgeschlagen',
  },
  failed: 'Die Bankverbindung ist fehlgeschlagen.',
  cancelled: 'Die Bankverbindung wurde abgebrochen.',
  retry: 'Erneut versuchen',
};

const sv: ConnectMessages = {
  label: 'Anslut din bank',
  states: {
    idle: '',
    'creating-flow': 'Bankanslutningen förbereds…',
    'loading-launcher': 'Bankanslutningen öppnas…',
    'in-flow': 'Bankanslutningen är öppen',
    completing: 'Bankanslutningen slutförs…',
    finished: 'Bankkontot är anslutet',
    aborted: 'Bankanslutningen avbröts',
    error: 'Bankanslutningen misslyckades',
  },
  failed: 'Bankanslutningen misslyckades.',
  cancelled: 'Bankanslutningen avbröts.',
  retry: 'Försök igen',
};

const catalogs = { en, de, sv } satisfies Record<Language, ConnectMessages>;

export const connectMessagesFor = (locale: string | undefined): ConnectMessages => catalogs[languageOf(locale)];
