/**
 * An amount in the locale's short notation, for a place too small for the exact figure:
 * `€4.96M`, `4,96 Mio. €`, `4,96 mn €`. Three significant digits keep it close to the exact
 * amount, which is always shown or announced beside it. No DOM here.
 */
import { formatMoney, toMajorUnits } from '../format/money.js';

const formatters = new Map<string, Intl.NumberFormat | null>();

function compactFormatter(locale: string | undefined, currency: string): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 });
    } catch {
      // A malformed currency code: `formatMoney` already shows it as a number and the code.
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `formatCompactMoney(495_780_532, 'EUR', 'de')` → `4,96 Mio. €`; the exact figure where Intl has no short form. */
export function formatCompactMoney(minor: number, currency: string, locale?: string): string {
  const code = currency.toUpperCase();
  const formatter = Number.isFinite(minor) ? compactFormatter(locale, code) : null;
  if (!formatter) return formatMoney(minor, currency, { locale });
  return formatter.format(toMajorUnits(minor === 0 ? 0 : minor, code));
}
