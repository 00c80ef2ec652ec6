/** German: `<xs2a-connect>`'s words, checked against the English catalog's shape. */
import type { ConnectMessages } from './connect-en.js';

export const connectMessages = {
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
} satisfies ConnectMessages;
