/**
 * One part of the package's words in every language, as an element reads it: English at once
 * (bundled with the element), another language once its catalog has loaded.
 */
import type { WordsLoader } from './loader.js';
import { languageOf } from './locale.js';

export interface Catalog<Words> {
  /**
   * The words of a locale's language if they are here: English always; another language once
   * its catalog has loaded, or English if it could not be. `undefined` while it has not loaded.
   */
  wordsFor(locale: string | undefined): Words | undefined;
  /**
   * Resolves once `wordsFor(locale)` has the words, with those words; never rejects. Resolves
   * at once for English and for a language already loaded.
   */
  load(locale: string | undefined): Promise<Words>;
  /**
   * `undefined` when the words of the locale `localeOf()` gives are here; else a promise that
   * resolves once the words of the locale it gives then are: the locale can change while a
   * catalog loads (a page switching `lang`), and an element waits for the one it will show.
   */
  whenHere(localeOf: () => string | undefined): Promise<void> | undefined;
}

export function catalogOf<Words>(english: Words, loader: WordsLoader<Words>): Catalog<Words> {
  const wordsFor = (locale: string | undefined): Words | undefined => {
    const language = languageOf(locale);
    if (language === 'en') return english;
    const words = loader.loaded(language);
    return words === null ? english : words;
  };
  const load = async (locale: string | undefined): Promise<Words> => {
    const language = languageOf(locale);
    if (language !== 'en') await loader.load(language);
    return wordsFor(locale) ?? english;
  };
  const until = async (localeOf: () => string | undefined): Promise<void> => {
    for (let locale = localeOf(); !wordsFor(locale); locale = localeOf()) await load(locale);
  };
  return {
    wordsFor,
    load,
    whenHere: (localeOf) => (wordsFor(localeOf()) ? undefined : until(localeOf)),
  };
}
