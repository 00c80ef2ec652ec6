/**
 * Every language's words of the report, the transaction list and the charts, at hand
 * synchronously: for a host's own code (`messagesFor` is exported from the package's main entry)
 * and for tests. The elements never import this module: they load a language's catalog when they
 * first show it (`display-messages.ts`), so a page carries only the languages it shows. A new
 * language is one file that `satisfies Messages` and one entry here.
 */
import { messages as de } from './de.js';
import { messages as en } from './en.js';
import type { Messages } from './en.js';
import { languageOf, type Language } from './locale.js';
import { messages as sv } from './sv.js';

export type { BalanceChartValues, Messages } from './en.js';
export { languageOf, type Language } from './locale.js';

const catalogs = { en, de, sv } satisfies Record<Language, Messages>;

/** The catalog of a locale's language, English when the package does not speak it. */
export const messagesFor = (locale: string | undefined): Messages => catalogs[languageOf(locale)];
