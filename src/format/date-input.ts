/**
 * Calendar dates as a person types them in their locale: `31/12/2026` in en-GB, `12/31/2026` in
 * en-US, `31.12.2026` in German, `2026-12-31` in Swedish. The order of day, month and year and the
 * separator come from `Intl.DateTimeFormat#formatToParts` of the locale, so a report in German
 * reads and writes German dates whatever language the browser speaks (a native date input follows
 * the browser's). Dates are `YYYY-MM-DD` strings in UTC, as in `date.ts`.
 */
import { parseIsoDate } from './date.js';

export type DateField = 'day' | 'month' | 'year';

/** How a locale writes a date with digits only. */
export interface DateInputPattern {
  /** The fields in the locale's order. */
  order: readonly [DateField, DateField, DateField];
  /** What stands between two fields: `/`, `.`, `-`, or `. ` (Hungarian). */
  separator: string;
  /** What follows the last field, if anything: `.` in Hungarian and Korean. */
  suffix: string;
}

const patterns = new Map<string, DateInputPattern>();

/** Bidirectional marks Intl puts around separators in Arabic and Hebrew: not part of what anyone types. */
const bidiMarks = /[\u200e\u200f\u061c]/g;

const isField = (type: string): type is DateField => type === 'day' || type === 'month' || type === 'year';

/** The locale's order and separators, with the Gregorian calendar and Latin digits whatever the locale's defaults. */
export function dateInputPattern(locale: string | undefined): DateInputPattern {
  const key = locale ?? '';
  const known = patterns.get(key);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' }).formatToParts(
    Date.UTC(2026, 11, 31),
  );
  const order = parts.map((part) => part.type).filter(isField);
  const literals = parts.map((part, index) => ({ part, index })).filter(({ part }) => part.type === 'literal');
  const lastField = parts.findLastIndex((part) => isField(part.type));
  const between = literals.find(({ index }) => index > 0 && index < lastField)?.part.value.replace(bidiMarks, '');
  const suffix = literals
    .filter(({ index }) => index > lastField)
    .map(({ part }) => part.value.replace(bidiMarks, ''))
    .join('');
  // Three distinct fields, or ISO's order: a locale Intl describes some other way still gets a readable field.
  const pattern: DateInputPattern =
    order.length === 3 && new Set(order).size === 3
      ? { order: order as [DateField, DateField, DateField], separator: between || '-', suffix }
      : { order: ['year', 'month', 'day'], separator: '-', suffix: '' };
  patterns.set(key, pattern);
  return pattern;
}

/** What a placeholder says for each field in the element's language: `TT`, `MM`, `JJJJ`. */
export type DateFieldLetters = Record<DateField, string>;

/** The placeholder of a date field: `TT.MM.JJJJ`, `MM/DD/YYYY`, `ÅÅÅÅ-MM-DD`. */
export const datePlaceholder = (pattern: DateInputPattern, letters: DateFieldLetters): string => pattern.order.map((field) => letters[field]).join(pattern.separator) + pattern.suffix;

/** A `YYYY-MM-DD` date as the locale writes it with digits, `31.12.2026`; anything else as it is. */
export function formatDateInput(iso: string, pattern: DateInputPattern): string {
  if (Number.isNaN(parseIsoDate(iso))) return iso;
  const [year, month, day] = iso.split('-') as [string, string, string];
  const fields: Record<DateField, string> = { year, month, day };
  return pattern.order.map((field) => fields[field]).join(pattern.separator) + pattern.suffix;
}

export type DateInputResult =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** `format`: not three numbers in the locale's order; `no-such-day`: 31.02.2026. */
  | { kind: 'invalid'; reason: 'format' | 'no-such-day' };

/** Separators a person may type whatever their locale's: dot, slash, hyphen, spaces. */
const separators = /[\s./-]+/;
const twoDigits = /^\d{1,2}$/;
const fourDigits = /^\d{4}$/;

/**
 * What a person typed into a date field, read in the locale's order. Tolerant of how it is
 * written (`1.2.2026`, `01/02/2026`, `1 2 2026`, the locale's suffix or none), strict about what
 * it means: day and month of one or two digits, a year of four (a two-digit year is ambiguous),
 * and a day the calendar has. A leading four-digit year is read year-month-day whatever the
 * locale, as ISO 8601 writes it: that is what a pasted date usually is, and no locale puts a day
 * or month of four digits first.
 */
export function parseDateInput(text: string, pattern: DateInputPattern): DateInputResult {
  let rest = text.replace(bidiMarks, '').trim();
  if (rest === '') return { kind: 'empty' };
  const suffix = pattern.suffix.trim();
  if (suffix && rest.endsWith(suffix)) rest = rest.slice(0, -suffix.length);
  const numbers = rest.replace(/^[\s./-]+|[\s./-]+$/g, '').split(separators);
  if (numbers.length !== 3) return { kind: 'invalid', reason: 'format' };
  const order = fourDigits.test(numbers[0] ?? '') ? (['year', 'month', 'day'] as const) : pattern.order;
  const fields: Partial<Record<DateField, string>> = {};
  order.forEach((field, index) => {
    fields[field] = numbers[index];
  });
  const { year = '', month = '', day = '' } = fields;
  if (!fourDigits.test(year) || !twoDigits.test(month) || !twoDigits.test(day)) return { kind: 'invalid', reason: 'format' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return Number.isNaN(parseIsoDate(iso)) ? { kind: 'invalid', reason: 'no-such-day' } : { kind: 'date', iso };
}

/** Whether a `YYYY-MM-DD` date lies before `min` or after `max` (either may be missing). */
export function outOfBounds(iso: string, min: string | undefined, max: string | undefined): 'before' | 'after' | undefined {
  if (min && iso < min) return 'before';
  if (max && iso > max) return 'after';
  return undefined;
}
