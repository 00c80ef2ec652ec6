/**
 * How an element finds its words: the locale it formats in, and that locale's catalog in a
 * lookup table keyed by language.
 */

/**
 * The language of a BCP 47 locale that `catalogs` has, English otherwise: `de-AT` → `de`. The
 * table decides which languages exist, so a new language needs only its entry there.
 */
export function languageIn<Language extends string>(catalogs: Record<Language | 'en', unknown>, locale: string | undefined): Language | 'en' {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(catalogs, language) ? (language as Language) : 'en';
}

/**
 * The languages the elements speak: English, German and Swedish (Klarna's first markets). English
 * is bundled with every element and stands in wherever a word is missing; the others load when an
 * element first needs them. A new language is one entry here, and the compiler then names each
 * catalog and loader it still lacks.
 */
export const languages = ['en', 'de', 'sv'] as const;

/** A language the elements speak. */
export type Language = (typeof languages)[number];

const spoken: Record<Language, true> = { en: true, de: true, sv: true };

/** The language of a BCP 47 locale the elements speak, English otherwise: `de-AT` → `de`. */
export const languageOf = (locale: string | undefined): Language => languageIn(spoken, locale);

/**
 * `tag` if `Intl` takes it as a locale, else its part before an `@` or `.` with `_` read as `-`
 * (`de_DE.UTF-8` → `de-DE`) if that is one, else nothing. A browser started under the POSIX locale reports `navigator.language` as
 * `en-US@posix`, and a page may carry a malformed `lang`: either would make every `Intl`
 * formatter throw a `RangeError` and leave the element blank.
 */
export function usableLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  for (const candidate of [tag, tag.split(/[@.]/)[0]?.replaceAll('_', '-')]) {
    try {
      if (candidate && Intl.getCanonicalLocales(candidate).length > 0) return candidate;
    } catch {
      // Not a locale: try the next candidate.
    }
  }
  return undefined;
}

/**
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` up
 * the tree (through shadow roots), else the document's, else the browser's; each only if `Intl`
 * can use it (see {@link usableLocale}), English when none can.
 */
export function resolveLocale(element: Element, explicit?: string): string {
  const own = usableLocale(explicit);
  if (own) return own;
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element ? usableLocale(node.getAttribute('lang')) : undefined;
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return usableLocale(navigator.language) ?? 'en';
}
