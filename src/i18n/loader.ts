/**
 * A part of the package's words in the languages that are not bundled, each imported the first
 * time an element shows it. English is not here: it is bundled with the elements, and this module
 * holds no words, so the CDN entry can start a page's language early (`preload.ts`) without
 * carrying any.
 */
import type { Language } from './locale.js';

/** A language whose catalogs are loaded on demand. */
export type LoadedLanguage = Exclude<Language, 'en'>;

export interface WordsLoader<Words> {
  /**
   * How each language's catalog is imported; open, so that a test can put a failing import in
   * place of one before the language is first used.
   */
  readonly imports: Record<LoadedLanguage, () => Promise<Words>>;
  /** A language's words once loaded; `null` if they could not be; `undefined` until then. */
  loaded(language: LoadedLanguage): Words | null | undefined;
  /**
   * Loads a language's words once per page; resolves when `loaded` has them (or `null`), never
   * rejects. A catalog that fails to load (a request the network drops, a deployment whose old
   * chunks are gone) is warned about once and leaves that language in English: words in the
   * wrong language beat an element that never shows.
   */
  load(language: LoadedLanguage): Promise<void>;
}

export function wordsLoader<Words>(imports: Record<LoadedLanguage, () => Promise<Words>>): WordsLoader<Words> {
  const settled = new Map<LoadedLanguage, Words | null>();
  const loading = new Map<LoadedLanguage, Promise<void>>();
  const loader: WordsLoader<Words> = {
    imports,
    loaded: (language) => settled.get(language),
    load(language) {
      let pending = loading.get(language);
      if (!pending) {
        pending = loader.imports[language]().then(
          (words) => {
            settled.set(language, words);
          },
          (error: unknown) => {
            settled.set(language, null);
            console.warn(`xs2a-elements: the ${language} words could not be loaded; showing English instead`, error);
          },
        );
        loading.set(language, pending);
      }
      return pending;
    },
  };
  return loader;
}
