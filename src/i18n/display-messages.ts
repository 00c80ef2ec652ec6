/**
 * The words of the report, the transaction list, the charts and the views, as the elements read
 * them: English bundled with the elements, German and Swedish loaded when an element first shows
 * them (see `LocalizeController`).
 */
import { catalogOf } from './catalog.js';
import { displayWords } from './display-loader.js';
import { messages } from './en.js';

export const displayCatalog = catalogOf(messages, displayWords);
