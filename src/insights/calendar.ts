/**
 * Calendar arithmetic on `YYYY-MM-DD` strings without `Date` objects: 100,000 transactions are
 * read by character codes, so no string or object is made per row. Day numbers count from
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
 */

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

export const yearOf = (date: string): number => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
export const monthOf = (date: string): number => digit(date, 5) * 10 + digit(date, 6);
export const dayOfMonth = (date: string): number => digit(date, 8) * 10 + digit(date, 9);

/** Months since year 0: consecutive calendar months are consecutive numbers. */
export const monthNumber = (date: string): number => yearOf(date) * 12 + monthOf(date) - 1;

/** `YYYY-MM` of a month number. */
export const monthKey = (month: number): string => `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;

export function daysInMonth(month: number): number {
  const year = Math.floor(month / 12);
  const index = month % 12;
  if (index === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][index] as number;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayNumber = (date: string): number => daysFromCivil(yearOf(date), monthOf(date), dayOfMonth(date));

/** The day number of a month number's `day` (1-based, not past the month's end). */
export const dayInMonth = (month: number, day: number): number => daysFromCivil(Math.floor(month / 12), (month % 12) + 1, day);

/** `YYYY-MM-DD` of a day number. */
export function isoDate(dayNum: number): string {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and the last day of a month number, as `YYYY-MM-DD`. */
export const firstDayOf = (month: number): string => `${monthKey(month)}-01`;
export const lastDayOf = (month: number): string => `${monthKey(month)}-${String(daysInMonth(month)).padStart(2, '0')}`;
