/**
 * What the category chart shows: the largest categories of one currency and "Other", each with
 * its share, colour and arc, and the selection logic of its buttons. No DOM here.
 */
import { toMajorUnits } from '../format/money.js';
import { topCategories } from '../insights/transaction-summary.js';
import type { ExpenseCategory, Money } from '../model/report-model.js';

/** `category` has a name; `uncategorized` has none (or the id `''`); `other` sums up the rest. */
export type CategoryEntryKind = 'category' | 'uncategorized' | 'other';

export interface CategoryEntry {
  kind: CategoryEntryKind;
  /** The category ids the entry stands for: one, or all the rest for "Other". */
  ids: string[];
  name?: string;
  amount: Money;
  transactionCount?: number;
  /** Fraction of the total, 0 to 1. */
  share: number;
  /** Chart colour slot, 1-based. */
  color: number;
  /** Where the entry's arc starts and ends, as fractions of the circle from the top. */
  start: number;
  end: number;
}

export interface CategoryBreakdown {
  currency: string;
  total: Money;
  entries: CategoryEntry[];
}

/**
 * The currency spent most in, comparing totals in major units (no exchange rates are at hand,
 * and a report has one currency in all but rare cases); `undefined` when nothing was spent.
 */
export function dominantCurrency(categories: readonly ExpenseCategory[]): string | undefined {
  const totals = new Map<string, number>();
  for (const category of categories) {
    if (!(category.amount.minor > 0)) continue;
    const currency = category.amount.currency;
    totals.set(currency, (totals.get(currency) ?? 0) + toMajorUnits(category.amount.minor, currency));
  }
  let best: string | undefined;
  for (const [currency, total] of totals) if (best === undefined || total > (totals.get(best) ?? 0)) best = currency;
  return best;
}

export interface BreakdownOptions {
  /** How many categories to show before "Other"; invalid values mean 5. */
  limit?: number;
  /** The currency to show; default `dominantCurrency`. */
  currency?: string | undefined;
  /** How many chart colours there are; "Other" takes the last, the rest cycle through the others. */
  colorCount?: number;
}

/**
 * The entries of the chart, largest first and "Other" last, or `undefined` when there is no
 * spending to show. Categories with no positive amount are left out: they have no arc.
 */
export function categoryBreakdown(categories: readonly ExpenseCategory[], options: BreakdownOptions = {}): CategoryBreakdown | undefined {
  const currency = options.currency?.toUpperCase() || dominantCurrency(categories);
  if (!currency) return undefined;
  const limit = options.limit !== undefined && Number.isFinite(options.limit) && options.limit >= 1 ? Math.floor(options.limit) : 5;
  const colorCount = Math.max(2, options.colorCount ?? 8);
  const spent = categories.filter((category) => category.amount.minor > 0 && Number.isFinite(category.amount.minor));
  const { top, other, total } = topCategories(spent, limit, currency);
  if (total.minor <= 0) return undefined;

  let start = 0;
  const entry = (fields: Omit<CategoryEntry, 'share' | 'start' | 'end'>): CategoryEntry => {
    const share = fields.amount.minor / total.minor;
    const result: CategoryEntry = { ...fields, share, start, end: start + share };
    start += share;
    return result;
  };
  const entries = top.map((category, index) => {
    const named = category.id !== '' && Boolean(category.name);
    const fields: Omit<CategoryEntry, 'share' | 'start' | 'end'> = {
      kind: named ? 'category' : 'uncategorized',
      ids: [category.id],
      amount: category.amount,
      color: (index % (colorCount - 1)) + 1,
    };
    if (named) fields.name = category.name;
    if (category.transactionCount !== undefined) fields.transactionCount = category.transactionCount;
    return entry(fields);
  });
  if (other) {
    entries.push(entry({ kind: 'other', ids: other.ids, amount: other.amount, transactionCount: other.transactionCount, color: colorCount }));
  }
  // Float sums can stop short of 1 and leave a hairline gap at the top of the ring.
  const last = entries[entries.length - 1];
  if (last) last.end = 1;
  return { currency, total, entries };
}

/** `aria-pressed` of an entry: all its ids selected, some (only "Other" can), or none. */
export function pressedState(entry: CategoryEntry, selected: ReadonlySet<string>): 'true' | 'false' | 'mixed' {
  const count = entry.ids.filter((id) => selected.has(id)).length;
  return count === 0 ? 'false' : count === entry.ids.length ? 'true' : 'mixed';
}

/**
 * The selection after a user toggles an entry: a pressed entry lets go of its ids, any other
 * takes all of its ids. Ids no entry stands for are dropped: the user cannot see or clear them.
 * Ids come in the order of the entries.
 */
export function toggleEntry(entries: readonly CategoryEntry[], selectedIds: readonly string[], index: number): string[] {
  const entry = entries[index];
  const selected = new Set(selectedIds);
  if (entry) {
    const release = pressedState(entry, selected) === 'true';
    for (const id of entry.ids) {
      if (release) selected.delete(id);
      else selected.add(id);
    }
  }
  return entries.flatMap((item) => item.ids).filter((id) => selected.has(id));
}

const round = (value: number): number => Math.round(value * 100) / 100;

export interface ArcOptions {
  cx: number;
  cy: number;
  radius: number;
  /** Fraction of the circle left blank at each end of the arc, so neighbours stay apart. */
  gap?: number;
}

/**
 * SVG path data of an arc from `start` to `end` (fractions of the circle, clockwise from the
 * top), to be stroked. A full circle is two half arcs: one arc cannot end where it starts.
 */
export function arcPath(start: number, end: number, { cx, cy, radius, gap = 0 }: ArcOptions): string {
  const span = end - start;
  if (span >= 1 - 1e-9) {
    return `M${round(cx)},${round(cy - radius)}A${radius},${radius} 0 1 1 ${round(cx)},${round(cy + radius)}A${radius},${radius} 0 1 1 ${round(cx)},${round(cy - radius)}`;
  }
  // A gap wider than a tiny arc would swallow it; such an arc is drawn without one.
  const trim = span > gap * 4 ? gap : 0;
  const from = start + trim;
  const to = end - trim;
  const point = (fraction: number): string => {
    const angle = fraction * 2 * Math.PI;
    return `${round(cx + radius * Math.sin(angle))},${round(cy - radius * Math.cos(angle))}`;
  };
  const largeArc = to - from > 0.5 ? 1 : 0;
  return `M${point(from)}A${radius},${radius} 0 ${largeArc} 1 ${point(to)}`;
}

const percentFormatters = new Map<string, Intl.NumberFormat>();

/**
 * A share as a percentage in the locale: whole percents from 10 % up, one decimal below, so
 * that small categories do not all read "0 %".
 */
export function formatShare(share: number, locale?: string): string {
  const digits = share < 0.1 ? 1 : 0;
  const key = `${locale ?? ''}|${digits}`;
  let formatter = percentFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
    percentFormatters.set(key, formatter);
  }
  return formatter.format(share);
}
