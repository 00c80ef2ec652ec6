/**
 * English, the catalog the others follow: its shape is the `Messages` type, and every other
 * language's file `satisfies` it, so the compiler names a key a catalog lacks. `<xs2a-connect>`'s
 * words are in `connect-en.ts` and its siblings. Numbers, money and dates are not here: `Intl`
 * formats them in the element's locale.
 *
 * Put together from parts, each of which travels with the code that shows it: what every display
 * element shows at once (`en-display.ts`), and the words of the filter controls, the custom dates,
 * the CSV export, the views below the list and the transaction detail, which load on first use.
 * The elements never import this module; `messagesFor` (and a host) reads it whole.
 */
import { csvMessages } from './en-csv.js';
import { dateFieldMessages } from './en-date-field.js';
import { detailMessages } from './en-detail.js';
import { displayMessages } from './en-display.js';
import { filterMessages } from './en-filters.js';
import { viewMessages } from './en-views.js';

export type { BalanceChartValues } from './en-display.js';

export const messages = {
  ...displayMessages,
  ...filterMessages,
  ...dateFieldMessages,
  ...csvMessages,
  insights: viewMessages,
  ...detailMessages,
};

/** The words the report, the transaction list, the charts, the views and the detail show. */
export type Messages = typeof messages;
