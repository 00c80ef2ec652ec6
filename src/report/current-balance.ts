/**
 * The balance the report's header names: what the account holds now, as far as the report tells,
 * and the day it refers to.
 */
import type { Account, Money } from '../model/report-model.js';

export interface HeaderBalance {
  balance: Money;
  /** `YYYY-MM-DD` the balance refers to, when the report says. */
  date?: string;
}

/**
 * BALANCES' booked balance, else its available one, as of the day the bank data was fetched
 * (`refreshed_at`); else the last BALANCE_OVER_TIME point, of its own day. Nothing when the
 * report has neither module.
 */
export function headerBalanceOf(account: Account): HeaderBalance | undefined {
  const current = account.currentBalance?.booked ?? account.currentBalance?.available;
  if (current) return account.refreshedAt ? { balance: current, date: dayOf(account.refreshedAt) } : { balance: current };
  const last = account.balances[account.balances.length - 1];
  return last ? { balance: last.balance, date: last.date } : undefined;
}

/** The calendar day of an ISO timestamp as the bank wrote it; a date alone stays as it is. */
const dayOf = (timestamp: string): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(timestamp)?.[0];
