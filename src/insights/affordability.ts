/**
 * An affordability summary for lenders, in one currency, over the accounts asked for (default:
 * all of the report's), with own-account transfers left out. Every figure states its period.
 *
 * - Average monthly income and spending: the totals of the full calendar months inside the
 *   period, divided by their number. A month the period only partly covers (the data starts on
 *   the 15th, or ends before the month's last day) is left out of the averages: half a month's
 *   spending would pull the average down. No full month: no average.
 * - Income regularity: the share of those full months whose income lies within ±20% of their
 *   median monthly income; 0 when the median is 0 (no income in most months).
 * - Lowest balance and its date, and days below zero: from the end-of-day balance of the accounts
 *   together (BALANCE_OVER_TIME points, else running balances: see `running-balance.ts`), carried
 *   forward over days without a change, on the days of the period where every account's balance
 *   is known. The first day it is lowest is its date.
 * - Largest single outflow: the largest payment in the period (pending ones too), first of equals.
 * Income and spending count pending transactions, as the cash flow does.
 */
import type { Money, Report, Transaction } from '../model/report-model.js';
import { dayNumber, firstDayOf, isoDate, lastDayOf, monthNumber } from './calendar.js';
import { cashFlow } from './cash-flow.js';
import { closingBalances } from './running-balance.js';
import { transferIds } from './transfers.js';

/** Inclusive `YYYY-MM-DD` bounds; `days` in them; `months` the full calendar months in them. */
export interface Period {
  from: string;
  to: string;
  days: number;
  months: number;
}

export interface MonthlyAverage {
  /** Positive minor units per month, rounded. */
  amount: number;
  period: Period;
}

export interface IncomeRegularity {
  /** 0 to 1. */
  share: number;
  /** Full months whose income is within the tolerance of the median. */
  regularMonths: number;
  /** The median monthly income, minor units. */
  median: number;
  /** 0.2: ±20%. */
  tolerance: number;
  period: Period;
}

export interface LowestBalance {
  /** Signed minor units. */
  amount: number;
  date: string;
  /** The days the combined balance is known for. */
  period: Period;
}

export interface DaysBelowZero {
  days: number;
  period: Period;
}

export interface LargestOutflow {
  /** Positive minor units. */
  amount: number;
  date: string;
  transactionId: string;
  /** The counterparty, brand or reference, whichever there is first. */
  name?: string;
  period: Period;
}

export interface Affordability {
  currency: string;
  /** What was read: the period asked for, or the first to the last transaction's date. */
  period: Period;
  averageIncome?: MonthlyAverage;
  averageSpending?: MonthlyAverage;
  incomeRegularity?: IncomeRegularity;
  lowestBalance?: LowestBalance;
  daysBelowZero?: DaysBelowZero;
  largestOutflow?: LargestOutflow;
}

export interface AffordabilityOptions {
  /** The accounts to read; default all. */
  accountIds?: readonly string[];
  /** Default: the currency most transactions have. */
  currency?: string;
  /** Inclusive `YYYY-MM-DD` bounds; default the first and the last transaction's date. */
  from?: string;
  to?: string;
}

export const incomeTolerance = 0.2;

export function periodOf(from: string, to: string): Period {
  let months = 0;
  for (let month = monthNumber(from); month <= monthNumber(to); month += 1) if (firstDayOf(month) >= from && lastDayOf(month) <= to) months += 1;
  return { from, to, days: dayNumber(to) - dayNumber(from) + 1, months };
}

const middle = (sorted: readonly number[]): number => {
  const half = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
};

/** Undefined when the accounts have no transaction with an amount in the currency, or none in the period. */
export function affordability(report: Report, options: AffordabilityOptions = {}): Affordability | undefined {
  const { accountIds } = options;
  const accounts = accountIds ? report.accounts.filter((account) => accountIds.includes(account.id)) : report.accounts;
  const exclude = transferIds(report);
  const transactions: Transaction[] = [];
  const counts = new Map<string, number>();
  let first = '';
  let last = '';
  for (const account of accounts) {
    for (const transaction of account.transactions) {
      if (!transaction.amount) continue;
      transactions.push(transaction);
      counts.set(transaction.amount.currency, (counts.get(transaction.amount.currency) ?? 0) + 1);
      if (!first || transaction.date < first) first = transaction.date;
      if (transaction.date > last) last = transaction.date;
    }
  }
  const currency = options.currency ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const from = options.from ?? first;
  const to = options.to ?? last;
  if (!currency || !from || !to || from > to) return undefined;
  const period = periodOf(from, to);
  const result: Affordability = { currency, period };

  const months = (cashFlow(transactions, { exclude, from, to }).find((flow) => flow.currency === currency)?.months ?? []).filter(
    (month) => month.from >= from && month.to <= to,
  );
  if (months.length > 0) {
    const monthsPeriod = periodOf((months[0] as (typeof months)[number]).from, (months[months.length - 1] as (typeof months)[number]).to);
    const income = months.map((month) => month.income);
    const spending = months.map((month) => month.spending);
    const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
    result.averageIncome = { amount: Math.round(sum(income) / months.length), period: monthsPeriod };
    result.averageSpending = { amount: Math.round(sum(spending) / months.length), period: monthsPeriod };
    const median = middle([...income].sort((a, b) => a - b));
    const regularMonths = median > 0 ? income.filter((value) => Math.abs(value - median) <= incomeTolerance * median).length : 0;
    result.incomeRegularity = { share: regularMonths / months.length, regularMonths, median, tolerance: incomeTolerance, period: monthsPeriod };
  }

  let largest: Transaction | undefined;
  let largestMinor = 0;
  for (const transaction of transactions) {
    const amount = transaction.amount as Money;
    if (amount.minor >= 0 || amount.currency !== currency || transaction.date < from || transaction.date > to || exclude.has(transaction.id)) continue;
    if (!largest || amount.minor < largestMinor || (amount.minor === largestMinor && transaction.date < largest.date)) {
      largest = transaction;
      largestMinor = amount.minor;
    }
  }
  if (largest) {
    const name = largest.counterparty?.name ?? largest.brand?.name ?? largest.reference;
    result.largestOutflow = { amount: -largestMinor, date: largest.date, transactionId: largest.id, period };
    if (name) result.largestOutflow.name = name;
  }

  Object.assign(result, balanceFigures(accounts.map(closingBalances), currency, from, to));
  return result;
}

/** Lowest balance and days below zero of the accounts' closing balances added up day by day. */
function balanceFigures(series: readonly { date: string; minor: number; currency: string }[][], currency: string, from: string, to: string): Pick<Affordability, 'lowestBalance' | 'daysBelowZero'> {
  // Only accounts in the currency: another currency's balance cannot be added.
  const inCurrency = series.filter((points) => points.length > 0 && points.every((point) => point.currency === currency));
  if (inCurrency.length === 0 || inCurrency.length < series.filter((points) => points.length > 0).length) return {};
  const positions = inCurrency.map(() => -1);
  const current = inCurrency.map(() => Number.NaN);
  const start = dayNumber(from);
  const end = dayNumber(to);
  let known = 0;
  let below = 0;
  let lowest: { amount: number; day: number } | undefined;
  let firstKnown = -1;
  let lastKnown = -1;
  for (let day = start; day <= end; day += 1) {
    let total = 0;
    let complete = true;
    for (let account = 0; account < inCurrency.length; account += 1) {
      const points = inCurrency[account] as (typeof inCurrency)[number];
      // On the first day this also reads the points before the period: the opening balance.
      let position = positions[account] as number;
      while (position + 1 < points.length && dayNumber((points[position + 1] as (typeof points)[number]).date) <= day) {
        position += 1;
        current[account] = (points[position] as (typeof points)[number]).minor;
      }
      positions[account] = position;
      if (Number.isNaN(current[account])) complete = false;
      else total += current[account] as number;
    }
    if (!complete) continue;
    known += 1;
    if (firstKnown < 0) firstKnown = day;
    lastKnown = day;
    if (total < 0) below += 1;
    if (!lowest || total < lowest.amount) lowest = { amount: total, day };
  }
  if (!lowest || known === 0) return {};
  const balancePeriod = periodOf(isoDate(firstKnown), isoDate(lastKnown));
  return { lowestBalance: { amount: lowest.amount, date: isoDate(lowest.day), period: balancePeriod }, daysBelowZero: { days: below, period: balancePeriod } };
}
