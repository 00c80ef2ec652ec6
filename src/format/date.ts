/**
 * Calendar dates. Klarna sends `YYYY-MM-DD` with no time zone; they are read and formatted as UTC
 * so that a date never shifts by a day in the viewer's time zone.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch at UTC midnight of a `YYYY-MM-DD` date, or `NaN` for anything else. */
export function parseIsoDate(value: string): number {
  const match = isoDatePattern.exec(value);
  if (!match) return Number.NaN;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 2021-02-30 rolls over to March; such a date is not a date.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : Number.NaN;
}

export const isValidIsoDate = (value: string): boolean => !Number.isNaN(parseIsoDate(value));

/** The `YYYY-MM-DD` of a `Date` or epoch milliseconds, in UTC. */
export function toIsoDate(value: Date | number): string {
  return new Date(value).toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

export type DateStyle = 'day' | 'weekday' | 'month' | 'short';

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  month: { month: 'long', year: 'numeric' },
};

/**
 * `formatDate('2020-01-31', 'de')` → `31.01.2020`; `'month'` style → `Januar 2020`.
 * A string that is not a valid date is returned as it is rather than as "Invalid Date", and so
 * is a date of the year 0000, which Intl would show as the year 1.
 */
export function formatDate(value: string, locale?: string, style: DateStyle = 'day'): string {
  const time = parseIsoDate(value);
  if (Number.isNaN(time) || value.startsWith('0000')) return value;
  return dateFormatter(locale, styles[style]).format(time);
}

/** An ISO timestamp such as `refreshed_at`, with date and time in the viewer's zone. */
export function formatDateTime(value: string, locale?: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const key = `${locale ?? ''}|datetime`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}
