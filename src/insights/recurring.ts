/**
 * Recurring commitments: payments and income that come back at a steady rhythm, from Klarna's
 * `recurring` flag and from the transactions themselves.
 *
 * Detection, with the figures in {@link recurringRules}:
 * 1. Transactions are grouped by counterparty (its name, case and accents folded, punctuation
 *    dropped; the brand where there is no name), direction and currency. Transactions with
 *    neither a name nor a brand, without an amount, or in `exclude` are not read.
 * 2. Each group is split by amount: sorted by size, a new cluster starts where an amount is more
 *    than 10% above the one before. A cluster is a candidate when every amount lies within ±10%
 *    of its median: a price rise from 12.99 to 13.99 stays one commitment; amounts that drift by
 *    more do not.
 * 3. The median gap between consecutive dates picks the cadence (weekly 5–9 days, monthly 25–34,
 *    quarterly 85–96, yearly 358–373). Then every occurrence must lie within the cadence's day
 *    tolerance of its expected date, one occurrence per period with none missing: weekly ±2 days
 *    of a fixed weekday; monthly ±3, quarterly ±4 and yearly ±7 days of the median day of the
 *    month (a month's last day counting as the 31st), clamped to each month's end
 *    (31 Jan → 28 Feb → 31 Mar). ±3 days covers a salary paid on the last banking day (28 Mar
 *    2024, before Easter) and payments moved by weekends.
 * 4. At least 4 occurrences for weekly, 3 for monthly and quarterly, 2 for yearly.
 *
 * A cluster with a transaction Klarna flagged `recurring` is a commitment even when detection
 * does not confirm it: its flagged transactions then make the series, with the cadence their
 * gaps suggest (the ranges of step 3, two occurrences at least), or none when they do not.
 *
 * A commitment is active while its next expected date, plus the day tolerance, has not passed
 * by `asOf` (default: the latest date among the transactions read). One without a cadence counts
 * as active. The monthly total sums the active commitments with a cadence per currency and
 * direction: weekly × 52 / 12, monthly × 1, quarterly / 3, yearly / 12.
 */
import type { Money, Transaction } from '../model/report-model.js';
import { dayInMonth, dayNumber, dayOfMonth, daysInMonth, isoDate, monthNumber } from './calendar.js';
import { counterpartyKey } from './parties.js';

export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

interface CadenceRule {
  /** Days per step (weekly) or months per step (the others). */
  step: number;
  unit: 'day' | 'month';
  /** Median gap in days that suggests the cadence, inclusive. */
  gap: readonly [number, number];
  /** How far an occurrence may be from its expected date. */
  dayTolerance: number;
  minOccurrences: number;
  /** Occurrences per month, for the monthly total. */
  perMonth: number;
}

export const recurringRules = {
  /** Every amount within this share of the median. */
  amountTolerance: 0.1,
  cadences: {
    weekly: { step: 7, unit: 'day', gap: [5, 9], dayTolerance: 2, minOccurrences: 4, perMonth: 52 / 12 },
    monthly: { step: 1, unit: 'month', gap: [25, 34], dayTolerance: 3, minOccurrences: 3, perMonth: 1 },
    quarterly: { step: 3, unit: 'month', gap: [85, 96], dayTolerance: 4, minOccurrences: 3, perMonth: 1 / 3 },
    yearly: { step: 12, unit: 'month', gap: [358, 373], dayTolerance: 7, minOccurrences: 2, perMonth: 1 / 12 },
  },
} as const satisfies { amountTolerance: number; cadences: Record<Cadence, CadenceRule> };

const cadences = Object.keys(recurringRules.cadences) as Cadence[];

export interface Commitment {
  /** The counterparty as its latest transaction names it (or its brand). */
  name: string;
  direction: 'payment' | 'income';
  /** Absent for a flagged commitment whose rhythm the transactions do not show. */
  cadence?: Cadence;
  /** The median amount, positive, in minor units. */
  amount: Money;
  /** `YYYY-MM-DD` of the latest occurrence. */
  lastDate: string;
  /** When the next occurrence is expected; absent without a cadence. */
  nextDate?: string;
  active: boolean;
  /** Klarna's flag, the detection, or both. */
  source: 'flag' | 'detected' | 'both';
  /** The occurrences, oldest first. */
  transactionIds: string[];
}

export interface MonthlyCommitments {
  currency: string;
  /** Positive minor units per month, rounded. */
  payments: number;
  income: number;
}

export interface RecurringCommitments {
  /** Largest monthly equivalent first; those without a cadence last. */
  commitments: Commitment[];
  /** Per currency, the currency with the most payments first. */
  monthly: MonthlyCommitments[];
}

export interface RecurringOptions {
  /** Ids of transactions to leave out: own-account transfers (see `transferIds`). */
  exclude?: ReadonlySet<string>;
  /** The day the data reaches, `YYYY-MM-DD`; default the latest transaction's date. */
  asOf?: string;
}

const noExclusions: ReadonlySet<string> = new Set();

export function recurringCommitments(transactions: readonly Transaction[], options: RecurringOptions = {}): RecurringCommitments {
  const exclude = options.exclude ?? noExclusions;
  // Group by the raw name first (a map lookup, no new string per row); fold each name once.
  const byName = new Map<string, Transaction[]>();
  const byBrand = new Map<string, Transaction[]>();
  let latest = '';
  for (const transaction of transactions) {
    if (!transaction.amount || exclude.has(transaction.id)) continue;
    if (transaction.date > latest) latest = transaction.date;
    const name = transaction.counterparty?.name;
    const brand = transaction.brand?.id;
    const groups = name ? byName : brand ? byBrand : undefined;
    if (!groups) continue;
    const key = (name ?? brand) as string;
    let rows = groups.get(key);
    if (!rows) {
      rows = [];
      groups.set(key, rows);
    }
    rows.push(transaction);
  }
  const asOf = options.asOf ? dayNumber(options.asOf) : latest ? dayNumber(latest) : 0;

  const merged = new Map<string, Transaction[]>();
  const mergeInto = (key: string, rows: Transaction[]): void => {
    if (!key) return;
    const existing = merged.get(key);
    if (existing) {
      for (const row of rows) existing.push(row);
    } else merged.set(key, rows);
  };
  for (const [name, rows] of byName) mergeInto(counterpartyKey(name), rows);
  // A leading NUL keeps brand ids apart from folded names, which never contain one.
  for (const [brand, rows] of byBrand) mergeInto(`\u0000${brand}`, rows);

  const commitments: (Commitment & { perMonth: number })[] = [];
  for (const rows of merged.values()) {
    for (const part of splitByDirectionAndCurrency(rows)) {
      for (const cluster of amountClusters(part)) {
        const commitment = commitmentOf(cluster, asOf);
        if (commitment) commitments.push(commitment);
      }
    }
  }
  commitments.sort((a, b) => b.perMonth - a.perMonth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const monthly = new Map<string, MonthlyCommitments & { count: number }>();
  for (const commitment of commitments) {
    const { currency } = commitment.amount;
    let entry = monthly.get(currency);
    if (!entry) {
      entry = { currency, payments: 0, income: 0, count: 0 };
      monthly.set(currency, entry);
    }
    if (!commitment.active || !commitment.cadence) continue;
    if (commitment.direction === 'payment') {
      entry.payments += commitment.perMonth;
      entry.count += 1;
    } else entry.income += commitment.perMonth;
  }
  return {
    commitments: commitments.map(({ perMonth: _perMonth, ...commitment }) => commitment),
    monthly: [...monthly.values()]
      .sort((a, b) => b.count - a.count)
      .map(({ currency, payments, income }) => ({ currency, payments: Math.round(payments), income: Math.round(income) })),
  };
}

/** One group's transactions per direction and currency; a group rarely has more than one currency. */
function splitByDirectionAndCurrency(rows: readonly Transaction[]): Transaction[][] {
  const parts: { currency: string; payments: Transaction[]; income: Transaction[] }[] = [];
  let part: (typeof parts)[number] | undefined;
  for (const row of rows) {
    const amount = row.amount as Money;
    if (part?.currency !== amount.currency) {
      part = parts.find((each) => each.currency === amount.currency);
      if (!part) {
        part = { currency: amount.currency, payments: [], income: [] };
        parts.push(part);
      }
    }
    (amount.minor < 0 ? part.payments : part.income).push(row);
  }
  return parts.flatMap((each) => [each.payments, each.income]).filter((list) => list.length > 0);
}

const size = (transaction: Transaction): number => Math.abs((transaction.amount as Money).minor);

/** Sorted by size, split where an amount is more than the tolerance above the one before. */
function amountClusters(rows: Transaction[]): Transaction[][] {
  rows.sort((a, b) => size(a) - size(b));
  const clusters: Transaction[][] = [];
  let current: Transaction[] = [];
  let previous = -1;
  for (const row of rows) {
    const amount = size(row);
    if (current.length > 0 && amount > previous * (1 + recurringRules.amountTolerance)) {
      clusters.push(current);
      current = [];
    }
    current.push(row);
    previous = amount;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const byDate = (a: Transaction, b: Transaction): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

interface Fit {
  cadence: Cadence;
  /** Day number of the next expected occurrence. */
  next: number;
}

function commitmentOf(cluster: Transaction[], asOf: number): (Commitment & { perMonth: number }) | undefined {
  // The cluster came sorted by size: its amounts' median is at hand.
  const sizes = cluster.map(size);
  const typical = Math.round(median(sizes));
  const similar = sizes.every((amount) => Math.abs(amount - typical) <= recurringRules.amountTolerance * typical);
  const flagged = cluster.filter((transaction) => transaction.recurring);
  // A shop's many payments of all sizes end here, before any sorting by date.
  if (!similar && flagged.length === 0) return undefined;
  cluster.sort(byDate);
  flagged.sort(byDate);
  const detected = similar && cluster.length >= 2 ? fitCadence(cluster, true) : undefined;
  if (!detected && flagged.length === 0) return undefined;

  const series = detected ? cluster : flagged;
  const fit = detected ?? (flagged.length >= 2 ? (fitCadence(flagged, false) ?? guessCadence(flagged)) : undefined);
  const last = series[series.length - 1] as Transaction;
  const currency = (last.amount as Money).currency;
  const amount = detected ? typical : Math.round(median(series.map(size).sort((a, b) => a - b)));
  const rule = fit ? recurringRules.cadences[fit.cadence] : undefined;
  const commitment: Commitment & { perMonth: number } = {
    name: last.counterparty?.name ?? last.brand?.name ?? last.brand?.id ?? '',
    direction: (last.amount as Money).minor < 0 ? 'payment' : 'income',
    amount: { minor: amount, currency },
    lastDate: last.date,
    active: fit && rule ? fit.next + rule.dayTolerance >= asOf : true,
    source: detected ? (flagged.length > 0 ? 'both' : 'detected') : 'flag',
    transactionIds: series.map((transaction) => transaction.id),
    perMonth: rule ? amount * rule.perMonth : -1,
  };
  if (fit) {
    commitment.cadence = fit.cadence;
    commitment.nextDate = isoDate(fit.next);
  }
  return commitment;
}

/** The cadence whose gap range holds the median gap between consecutive dates. */
function cadenceOfGaps(days: readonly number[]): Cadence | undefined {
  const gaps: number[] = [];
  for (let index = 1; index < days.length; index += 1) gaps.push((days[index] as number) - (days[index - 1] as number));
  const gap = median(gaps.sort((a, b) => a - b));
  return cadences.find((cadence) => {
    const [low, high] = recurringRules.cadences[cadence].gap;
    return gap >= low && gap <= high;
  });
}

/** The cadence the dates keep within its day tolerance, if any; `strict` asks for its minimum count. */
function fitCadence(series: readonly Transaction[], strict: boolean): Fit | undefined {
  const days = series.map((transaction) => dayNumber(transaction.date));
  const cadence = cadenceOfGaps(days);
  if (!cadence) return undefined;
  const rule: CadenceRule = recurringRules.cadences[cadence];
  if (strict && series.length < rule.minOccurrences) return undefined;
  const next = rule.unit === 'day' ? fitDays(days, rule) : fitMonths(series, days, rule);
  return next === undefined ? undefined : { cadence, next };
}

/** Weekly: a fixed day number plus whole steps; the median offset is the reference. */
function fitDays(days: readonly number[], rule: CadenceRule): number | undefined {
  const offsets = days.map((day, index) => day - index * rule.step).sort((a, b) => a - b);
  const reference = Math.round(median(offsets));
  const fits = days.every((day, index) => Math.abs(day - (reference + index * rule.step)) <= rule.dayTolerance);
  return fits ? reference + days.length * rule.step : undefined;
}

/**
 * Monthly, quarterly, yearly: the median day of the month, clamped to each month's length, in
 * consecutive periods starting in the first occurrence's month or a neighbour (a payment due on
 * the 1st may be booked on the 31st before).
 */
function fitMonths(series: readonly Transaction[], days: readonly number[], rule: CadenceRule): number | undefined {
  // A month's last day counts as the 31st: 28 Feb belongs to a series on the 31st.
  const days31 = series.map((transaction) => {
    const day = dayOfMonth(transaction.date);
    return day === daysInMonth(monthNumber(transaction.date)) ? 31 : day;
  });
  const reference = median(days31.sort((a, b) => a - b));
  const referenceDay = Math.floor(reference);
  const expected = (month: number): number => dayInMonth(month, Math.min(referenceDay, daysInMonth(month)));
  const firstMonth = monthNumber((series[0] as Transaction).date);
  for (const start of [firstMonth, firstMonth - 1, firstMonth + 1]) {
    const fits = days.every((day, index) => Math.abs(day - expected(start + index * rule.step)) <= rule.dayTolerance);
    if (fits) return expected(start + days.length * rule.step);
  }
  return undefined;
}

/** For flagged transactions that keep no strict rhythm: the cadence of their median gap, next from the last. */
function guessCadence(series: readonly Transaction[]): Fit | undefined {
  const days = series.map((transaction) => dayNumber(transaction.date));
  const cadence = cadenceOfGaps(days);
  if (!cadence) return undefined;
  const rule: CadenceRule = recurringRules.cadences[cadence];
  const lastDate = (series[series.length - 1] as Transaction).date;
  const next = rule.unit === 'day' ? (days[days.length - 1] as number) + rule.step : dayInMonth(monthNumber(lastDate) + rule.step, Math.min(dayOfMonth(lastDate), daysInMonth(monthNumber(lastDate) + rule.step)));
  return { cadence, next };
}
