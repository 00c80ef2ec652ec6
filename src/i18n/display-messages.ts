/**
 * The words of the report, the transaction list, the charts and the views, as the elements read
 * them: English bundled with the elements (what they show at once; the words of what loads on
 * first use come with that code), German and Swedish loaded when an element first shows
 * them (see `LocalizeController`).
 */
import { catalogOf } from './catalog.js';
import { displayWords } from './display-loader.js';
import { displayMessages, type DisplayMessages } from './en-display.js';

export type { DisplayMessages } from './en-display.js';

/**
 * English is the words every display element shows at once (`en-display.ts`); the rest travels
 * with its code (`words-part.ts`). German and Swedish load whole.
 */
export const displayCatalog = catalogOf<DisplayMessages>(displayMessages, displayWords);
