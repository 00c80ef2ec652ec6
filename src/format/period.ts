/**
 * A period of calendar days as a reader says it: `Mar 1 – 31, 2024`, `01.–31.03.2024`,
 * `1–31 mars 2024`. `Intl.DateTimeFormat#formatRange` leaves out what both ends share (the month,
 * the year) the way each language does; dates are read and shown in UTC, as in `date.ts`.
 */
import { parseIsoDate } from './date.js';

/** How a period open at one end reads, from the element's catalog. */
export interface OpenPeriodWords {
  periodSince: (date: string) => string;
  periodUntil: (date: string) => string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A readable `YYYY-MM-DD` as epoch milliseconds, else `undefined` (year 0000 included: Intl would call it 1). */
function dayOf(value: string | undefined): number | undefined {
  if (!value || value.startsWith('0000')) return undefined;
  const time = parseIsoDate(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The period from `from` to `to` (both `YYYY-MM-DD`, both days included), `Since …` or
 * `Until …` when one end is missing or unreadable, `undefined` when both are. Ends given the
 * wrong way round are swapped: the reader wants the days, not the order they were passed in.
 */
export function formatPeriod(from: string | undefined, to: string | undefined, locale: string | undefined, words: OpenPeriodWords): string | undefined {
  const start = dayOf(from);
  const end = dayOf(to);
  const formatter = dayFormatter(locale);
  if (start !== undefined && end !== undefined) return formatter.formatRange(Math.min(start, end), Math.max(start, end));
  if (start !== undefined) return words.periodSince(formatter.format(start));
  if (end !== undefined) return words.periodUntil(formatter.format(end));
  return undefined;
}
