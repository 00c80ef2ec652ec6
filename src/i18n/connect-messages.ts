/**
 * `<xs2a-connect>`'s words: English bundled with the element, German and Swedish loaded when an
 * element first shows them. A part of its own: the button is the one element many pages load
 * alone, so it carries only these.
 */
import { catalogOf } from './catalog.js';
import { connectMessages } from './connect-en.js';
import { connectWords } from './connect-loader.js';

export type { ConnectMessages } from './connect-en.js';

export const connectCatalog = catalogOf(connectMessages, connectWords);

