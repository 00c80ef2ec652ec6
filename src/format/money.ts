/**
 * Money from integer minor units. The number of fraction digits comes from the currency itself
 * (JPY 0, EUR 2, KWD 3), never from a hard-coded 100.
 */

interface MoneyFormatter {
  format: Intl.NumberFormat;
  /** 10 to the currency's fraction digits: minor units divided by it are major units. */
  divisor: number;
  /** Whether the currency was readable; if not, the code is appended to a plain number. */
  known: boolean;
}

/** One formatter per locale, currency and sign style, with its divisor read once. */
const formatters = new Map<string, MoneyFormatter>();

function moneyFormatter(locale: string | undefined, currency: string, signDisplay: Intl.NumberFormatOptions['signDisplay']): MoneyFormatter {
  const key = `${locale ?? ''}|${currency}|${signDisplay ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay });
      formatter = { format, divisor: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2), known: true };
    } catch {
      // A malformed currency code: a plain number with two decimals, and the code after it.
      const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay });
      formatter = { format, divisor: 100, known: false };
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Digits after the decimal point for a currency; 2 for a code Intl cannot read. */
export function currencyFractionDigits(currency: string): number {
  return Math.round(Math.log10(moneyFormatter('en', currency.toUpperCase(), 'auto').divisor));
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
  const { format, divisor, known } = moneyFormatter(options.locale, code, options.signDisplay);
  return known ? format.format(value / divisor) : `${format.format(value / divisor)} ${currency}`.trim();
}
