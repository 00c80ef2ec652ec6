/** Swedish: `<xs2a-connect>`'s words, checked against the English catalog's shape. */
import type { ConnectMessages } from './connect-en.js';

export const connectMessages = {
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
} satisfies ConnectMessages;
