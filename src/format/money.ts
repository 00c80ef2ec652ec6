/**
 * Money from integer minor units. The number of fraction digits comes from the currency itself
 * (JPY 0, EUR 2, KWD 3), never from a hard-coded 100.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(locale: string | undefined, currency: string, signDisplay: Intl.NumberFormatOptions['signDisplay']): Intl.NumberFormat | undefined {
  const key = `${locale ?? ''}|${currency}|${signDisplay ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay });
    } catch {
      // A malformed currency code: the caller falls back to a plain number and the code.
      return undefined;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Digits after the decimal point for a currency; 2 for a code Intl cannot read. */
export function currencyFractionDigits(currency: string): number {
  const formatter = currencyFormatter('en', currency.toUpperCase(), 'auto');
  return formatter?.resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units to the major-unit number: `toMajorUnits(1999, 'EUR')` → 19.99. */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyFractionDigits(currency);
}

/** Major units to integer minor units, rounding away float noise: `toMinorUnits(19.99, 'EUR')` → 1999. */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyFractionDigits(currency));
}

export interface FormatMoneyOptions {
  locale?: string | undefined;
  /** `'always'` to show `+` on credits, `'exceptZero'` for both signs but none on zero. */
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
}

/**
 * `formatMoney(-1999, 'EUR', { locale: 'de' })` → `-19,99 €`. A non-finite amount formats as `–`;
 * an unknown or malformed currency code still shows the number and the code.
 */
export function formatMoney(minor: number, currency: string, options: FormatMoneyOptions = {}): string {
  if (!Number.isFinite(minor)) return '–';
  // A debit of zero arrives as -0, which Intl would show as "-0.00".
  const value = minor === 0 ? 0 : minor;
  const code = currency.toUpperCase();
  const formatter = currencyFormatter(options.locale, code, options.signDisplay);
  if (formatter) return formatter.format(value / 10 ** (formatter.resolvedOptions().maximumFractionDigits ?? 2));
  const number = new Intl.NumberFormat(options.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: options.signDisplay });
  return `${number.format(value / 100)} ${currency}`.trim();
}
