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
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` up
 * the tree (through shadow roots), else the document's, else the browser's.
 */
export function resolveLocale(element: Element, explicit?: string): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}
