/**
 * ICU's set-up, paid before a report arrives instead of when it shows. The first `Intl`
 * formatter a fresh page creates costs 13–60 ms in Chromium 156 on a 2-core machine (ICU loads
 * its data and the time zone), the next ones about 0.1–2 ms; profiled, that first
 * `Intl.DateTimeFormat` (the header's refreshed-at time) was the largest single part of a small
 * report's first render. Creating one date formatter (in the viewer's time zone) and one currency
 * formatter while the page is idle moves that cost out of the way; the formatters land in the
 * caches the elements read.
 */
import { formatDateTime } from './date.js';
import { formatMoney } from './money.js';
import { usableLocale } from '../i18n/locale.js';

let prepared = false;

/** Creates a date-time and a currency formatter for `locale` now (once per page). */
export function prepareFormatters(locale?: string): void {
  if (prepared) return;
  prepared = true;
  formatDateTime('2000-01-01T00:00:00Z', locale);
  formatMoney(0, 'EUR', { locale });
}

/**
 * {@link prepareFormatters} for the document's language (else the browser's) once the page is
 * idle, at the latest after a second; does nothing outside a browser.
 */
export function prepareFormattersWhenIdle(): void {
  if (prepared || typeof document === 'undefined') return;
  const prepare = (): void => {
    prepareFormatters(usableLocale(document.documentElement.lang) ?? usableLocale(navigator.language));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 1000 });
  else setTimeout(prepare, 50);
}
