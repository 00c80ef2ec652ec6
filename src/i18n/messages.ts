/**
 * The words the report, the transaction list and the charts show, one file per language, chosen
 * by the table below. A new language is one file that `satisfies Messages` and one entry here;
 * the compiler then names what `connect-messages.ts` still lacks.
 */
import { messages as de } from './de.js';
import { messages as en } from './en.js';
import type { Messages } from './en.js';
import { languageIn } from './locale.js';
import { messages as sv } from './sv.js';

export type { BalanceChartValues, Messages } from './en.js';

const catalogs = { en, de, sv } satisfies Record<string, Messages>;

/** A language the elements speak: English, German and Swedish (Klarna's first markets). */
export type Language = keyof typeof catalogs;

/** The language of a BCP 47 locale this package speaks, English otherwise: `de-AT` → `de`. */
export const languageOf = (locale: string | undefined): Language => languageIn(catalogs, locale);

export const messagesFor = (locale: string | undefined): Messages => catalogs[languageOf(locale)];
