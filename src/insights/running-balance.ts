/**
 * The balance after each transaction, where the report's balances allow it to be known.
 *
 * Anchors, per account: each BALANCE_OVER_TIME point (the balance at the end of its day), or,
 * when the account has no such points, BALANCES' booked balance (the balance after the report's
 * last booked transaction: the report reaches to the day it was made). From an anchor the walk
 * goes over the booked transactions in date order: back from a day's closing balance by
 * subtracting the amounts after a row, forward from the closing balance of an earlier day by
 * adding them. The nearest later anchor wins; an earlier one fills in where there is none.
 * Within a day the rows keep the order the report lists them in (oldest first, or newest first
 * when the report lists the account that way).
 *
 * Undefined, never guessed:
 * - without an anchor;
 * - pending transactions: the bank has not booked them, so no booked balance includes them.
 *   They are left out of the walk (neither counted nor a break in it) and have no balance;
 * - a transaction in another currency than the anchor, or without an amount: its own balance
 *   and every balance the walk would have to reach across it are unknown, until the next anchor.
 */
import type { Account, Money, Report, Transaction } from '../model/report-model.js';

export interface RunningBalances {
  /** The balance after the transaction, or `undefined` where the report does not allow it. */
  after(transaction: Transaction): Money | undefined;
}

/** Balances after each transaction of one account, aligned with `account.transactions`; `NaN` where unknown. */
export interface AccountRunningBalances {
  currency: string | undefined;
  balances: Float64Array;
  /** Indexes of the booked transactions in the order of the walk. */
  order: readonly number[];
}

const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Indexes of the account's booked transactions in date order, ties in the report's order. */
function bookedInDateOrder(transactions: readonly Transaction[]): number[] {
  const first = transactions[0]?.date ?? '';
  const last = transactions[transactions.length - 1]?.date ?? '';
  const newestFirst = first > last;
  const order: number[] = [];
  if (newestFirst) {
    for (let index = transactions.length - 1; index >= 0; index -= 1) if (!(transactions[index] as Transaction).pending) order.push(index);
  } else {
    for (let index = 0; index < transactions.length; index += 1) if (!(transactions[index] as Transaction).pending) order.push(index);
  }
  // Reports list an account in date order nearly always: check before sorting.
  let sorted = true;
  for (let index = 1; index < order.length && sorted; index += 1) {
    if ((transactions[order[index - 1] as number] as Transaction).date > (transactions[order[index] as number] as Transaction).date) sorted = false;
  }
  if (!sorted) {
    const position = newestFirst ? (index: number): number => -index : (index: number): number => index;
    order.sort((a, b) => compareDates((transactions[a] as Transaction).date, (transactions[b] as Transaction).date) || position(a) - position(b));
  }
  return order;
}

export function accountRunningBalances(account: Account): AccountRunningBalances {
  const transactions = account.transactions;
  const balances = new Float64Array(transactions.length).fill(Number.NaN);
  // End-of-day anchors, oldest first; the booked balance stands after the last day.
  const points = account.balances.length > 0 ? account.balances : account.currentBalance?.booked ? [{ date: '\uffff', balance: account.currentBalance.booked }] : [];
  const currency = points[0]?.balance.currency;
  if (!currency || transactions.length === 0) return { currency, balances, order: [] };
  const order = bookedInDateOrder(transactions);
  const usable = (transaction: Transaction): boolean => transaction.amount?.currency === currency;
  const anchor = (index: number): number => {
    const balance = (points[index] as (typeof points)[number]).balance;
    return balance.currency === currency ? balance.minor : Number.NaN;
  };

  // Backward: the balance after row k is the closing balance of the earliest anchor day at or
  // after its date (and before the next row's date), else the next row's balance minus its amount.
  let point = points.length - 1;
  let known = Number.NaN;
  let nextDate = '\uffff\uffff';
  let nextAmount = 0;
  for (let position = order.length - 1; position >= 0; position -= 1) {
    const index = order[position] as number;
    const transaction = transactions[index] as Transaction;
    known -= nextAmount;
    let closing: number | undefined;
    while (point >= 0 && (points[point] as (typeof points)[number]).date >= transaction.date) {
      if ((points[point] as (typeof points)[number]).date < nextDate) closing = anchor(point);
      point -= 1;
    }
    if (closing !== undefined) known = closing;
    if (!usable(transaction)) {
      known = Number.NaN;
      nextAmount = 0;
    } else {
      balances[index] = known;
      nextAmount = (transaction.amount as Money).minor;
    }
    nextDate = transaction.date;
  }

  // Forward, for rows no later anchor reaches: the closing balance of the latest anchor day
  // before the row's date (and not before the previous row's), plus the rows since.
  point = 0;
  known = Number.NaN;
  for (const index of order) {
    const transaction = transactions[index] as Transaction;
    while (point < points.length && (points[point] as (typeof points)[number]).date < transaction.date) {
      known = anchor(point);
      point += 1;
    }
    if (!usable(transaction)) {
      known = Number.NaN;
      continue;
    }
    known += (transaction.amount as Money).minor;
    if (Number.isNaN(balances[index])) balances[index] = known;
  }
  return { currency, balances, order };
}

/**
 * An account's balance at the end of each day it is known for, oldest first: its
 * BALANCE_OVER_TIME points, or else the running balance after each day's last booked transaction.
 */
export function closingBalances(account: Account): { date: string; minor: number; currency: string }[] {
  if (account.balances.length > 0) return account.balances.map((point) => ({ date: point.date, minor: point.balance.minor, currency: point.balance.currency }));
  const { currency, balances, order } = accountRunningBalances(account);
  const out: { date: string; minor: number; currency: string }[] = [];
  if (!currency) return out;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position] as number;
    const nextIndex = order[position + 1];
    const date = (account.transactions[index] as Transaction).date;
    // Only the day's last row closes it.
    if (nextIndex !== undefined && (account.transactions[nextIndex] as Transaction).date === date) continue;
    const minor = balances[index] as number;
    if (!Number.isNaN(minor)) out.push({ date, minor, currency });
  }
  return out;
}

const computed = new WeakMap<Report, RunningBalances>();

/** Every account's running balances, computed once per report. */
export function runningBalances(report: Report): RunningBalances {
  let result = computed.get(report);
  if (!result) {
    const perAccount = report.accounts.map(accountRunningBalances);
    // Built on the first question: a list asks only for the rows on screen.
    let known: Map<Transaction, number> | undefined;
    const currencies = new Map<string, string>();
    result = {
      after(transaction) {
        if (!known) {
          const balancesOf = new Map<Transaction, number>();
          report.accounts.forEach((account, accountIndex) => {
            const { currency, balances } = perAccount[accountIndex] as AccountRunningBalances;
            if (!currency) return;
            currencies.set(account.id, currency);
            account.transactions.forEach((each, index) => {
              const minor = balances[index] as number;
              if (Number.isNaN(minor)) return;
              balancesOf.set(each, minor);
            });
          });
          known = balancesOf;
        }
        const minor = known.get(transaction);
        return minor === undefined ? undefined : { minor, currency: currencies.get(transaction.accountId) as string };
      },
    };
    computed.set(report, result);
  }
  return result;
}
