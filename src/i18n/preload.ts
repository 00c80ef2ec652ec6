/**
 * Starts loading the words an element will show while its code loads, for the CDN entry, which
 * sees an element before its class exists. The element then finds its words loaded, or in
 * flight, instead of asking for them only once its code has run: on a German page the catalog
 * arrives with the code, and the first frame is German.
 *
 * This module imports nothing the elements import, so it stays inside the CDN entry: a module
 * shared with the elements' chunks would become a chunk of its own that the entry waits for.
 * That is why it finds the language in a simpler way than `resolveLocale` (own attribute, else
 * the nearest `lang` in the element's own tree, else the browser's) and names the catalogs'
 * imports again. A wrong guess costs one catalog the element does not use; the element resolves
 * its locale itself and loads what it needs.
 */
import type { LoadedLanguage } from './loader.js';

type Part = 'connect' | 'display';

/** The same modules as `connect-loader.ts` and `display-loader.ts` import: one request each. */
const catalogs: Record<LoadedLanguage, Record<Part, () => Promise<unknown>>> = {
  de: { connect: () => import('./connect-de.js'), display: () => import('./de.js') },
  sv: { connect: () => import('./connect-sv.js'), display: () => import('./sv.js') },
};

export function preloadWords(element: Element): void {
  const connect = element.localName === 'xs2a-connect';
  const locale = element.getAttribute(connect ? 'language' : 'locale') ?? element.closest('[lang]')?.getAttribute('lang') ?? navigator.language;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!Object.hasOwn(catalogs, language)) return;
  // A failure is the element's to report when it loads the same module itself.
  catalogs[language as LoadedLanguage][connect ? 'connect' : 'display']().catch(() => undefined);
}
