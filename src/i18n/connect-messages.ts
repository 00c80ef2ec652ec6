/**
 * The words of `<xs2a-connect>`, in the same language files as the other elements' words but in a
 * table of their own: the button is the one element many pages load alone, so it carries only
 * these.
 */
import { connectMessages as de } from './de.js';
import { connectMessages as en } from './en.js';
import type { ConnectMessages } from './en.js';
import { languageIn } from './locale.js';
import type { Language } from './messages.js';
import { connectMessages as sv } from './sv.js';

export type { ConnectMessages } from './en.js';

const catalogs = { en, de, sv } satisfies Record<Language, ConnectMessages>;

export const connectMessagesFor = (locale: string | undefined): ConnectMessages => catalogs[languageIn(catalogs, locale)];
