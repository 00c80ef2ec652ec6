/**
 * The one period the whole report shows: the summary, both charts, the list and the export
 * cover the same days. A preset is relative to the report's last day, not to today's date: a
 * report of September to November opened in December would otherwise show an empty "this
 * month", and every figure states the days it covers anyway.
 */
import { formatPeriod } from '../format/period.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { Account } from '../model/report-model.js';

/** The presets in the order the picker lists them, with their labels. */
export const periodPresets = {
  all: 'periodAll',
  'this-month': 'periodThisMonth',
  'last-month': 'periodLastMonth',
  'last-90-days': 'periodLast90Days',
  custom: 'periodCustom',
} as const satisfies Record<string, keyof DisplayMessages>;

export type PeriodPreset = keyof typeof periodPresets;

export const isPeriodPreset = (value: string): value is PeriodPreset => Object.hasOwn(periodPresets, value);

/** Inclusive `YYYY-MM-DD` bounds; a missing bound is open. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** The first and last day an account's data covers: its transactions and balances, within what the page asked for. */
export function accountSpan(account: Account, asked: DateRange = {}): DateRange {
  let first: string | undefined;
  let last: string | undefined;
  const see = (date: string | undefined): void => {
    if (!date) return;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  };
  for (const transaction of account.transactions) see(transaction.date);
  for (const point of account.balances) see(point.date);
  return { from: asked.from ?? first, to: asked.to ?? last };
}

const day = 86_400_000;
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const monthStart = (year: number, month: number): number => Date.UTC(year, month, 1);

/**
 * The days a preset covers, given the report's span: `all` is the span itself; the months are
 * calendar months of the span's last day; the 90 days end on it. `custom` is the user's own
 * bounds, each defaulting to the span's.
 */
export function periodRange(preset: PeriodPreset, span: DateRange, custom: DateRange = {}): DateRange {
  if (preset === 'custom') return { from: custom.from ?? span.from, to: custom.to ?? span.to };
  const end = span.to ? Date.parse(`${span.to}T00:00:00Z`) : Number.NaN;
  if (preset === 'all' || Number.isNaN(end)) return span;
  const date = new Date(end);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (preset) {
    case 'this-month':
      return { from: iso(monthStart(year, month)), to: iso(monthStart(year, month + 1) - day) };
    case 'last-month':
      return { from: iso(monthStart(year, month - 1)), to: iso(monthStart(year, month) - day) };
    case 'last-90-days':
      return { from: iso(end - 89 * day), to: span.to };
  }
}

/** The period in the locale's words, "1 Sep – 30 Nov 2026"; empty when neither end is known. */
export const periodText = (range: DateRange, locale: string, messages: DisplayMessages): string => formatPeriod(range.from, range.to, locale, messages) ?? '';
