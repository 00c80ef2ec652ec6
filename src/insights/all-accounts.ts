/**
 * One view over all the consumer's accounts in a report: per currency, income, spending, net
 * and the balance where every account's balance is known. Different currencies are never added.
 * Own-account transfers are left out, so moving money between two accounts of the report
 * changes no total (see `transfers.ts`).
 */
import type { Account, Money, Report, Transaction } from '../model/report-model.js';
import { transferIds } from './transfers.js';

export interface AccountsTotals {
  currency: string;
  /** Positive minor units, own-account transfers left out. */
  income: number;
  spending: number;
  /** Income minus spending. */
  net: number;
  /** Transactions counted. */
  count: number;
  /** Accounts holding this currency. */
  accounts: number;
  /**
   * The sum of those accounts' balances (BALANCES' booked balance, else the latest
   * BALANCE_OVER_TIME point); absent unless every one of them has a balance.
   */
  balance?: number;
}

export interface AllAccountsOptions {
  /** Inclusive `YYYY-MM-DD` bounds of the transactions counted. */
  from?: string;
  to?: string;
}

/** Every transaction of a report, account after account. */
export function reportTransactions(report: Report): Transaction[] {
  const [only, ...others] = report.accounts;
  if (only && others.length === 0) return only.transactions;
  const out: Transaction[] = [];
  for (const account of report.accounts) for (const transaction of account.transactions) out.push(transaction);
  return out;
}

const balanceOf = (account: Account): { minor: number; currency: string } | undefined =>
  account.currentBalance?.booked ?? account.balances[account.balances.length - 1]?.balance;

/**
 * The accounts a report's account stands for. Per-report answers put a module that spans several
 * accounts on one account named by their ids joined with commas, or `all` when they name none
 * (see the normalizer): its balance is theirs together.
 */
function membersOf(account: Account, report: Report): string[] {
  if (account.id === 'all') return report.accounts.filter((other) => other !== account).map((other) => other.id);
  return account.id.includes(',') ? account.id.split(',') : [];
}

/** Per currency, the most transactions first. */
export function allAccounts(report: Report, options: AllAccountsOptions = {}): AccountsTotals[] {
  const exclude = transferIds(report);
  const { from, to } = options;
  const totals = new Map<string, AccountsTotals & { missing: boolean }>();
  const entryFor = (currency: string): AccountsTotals & { missing: boolean } => {
    let entry = totals.get(currency);
    if (!entry) {
      entry = { currency, income: 0, spending: 0, net: 0, count: 0, accounts: 0, missing: false };
      totals.set(currency, entry);
    }
    return entry;
  };

  let entry: (AccountsTotals & { missing: boolean }) | undefined;
  for (const account of report.accounts) {
    for (const transaction of account.transactions) {
      const amount = transaction.amount;
      if (!amount || exclude.has(transaction.id) || (from !== undefined && transaction.date < from) || (to !== undefined && transaction.date > to)) continue;
      if (entry?.currency !== amount.currency) entry = entryFor(amount.currency);
      if (amount.minor >= 0) entry.income += amount.minor;
      else entry.spending -= amount.minor;
      entry.net += amount.minor;
      entry.count += 1;
    }
  }

  // Balances: a combined account's first, then the accounts it does not cover.
  const covered = new Set<string>();
  const combined = report.accounts.filter((account) => membersOf(account, report).length > 0 && balanceOf(account));
  for (const account of combined) {
    const balance = balanceOf(account) as Money;
    const totalsEntry = entryFor(balance.currency);
    totalsEntry.balance = (totalsEntry.balance ?? 0) + balance.minor;
    totalsEntry.accounts += membersOf(account, report).filter((id) => !covered.has(id)).length;
    for (const id of membersOf(account, report)) covered.add(id);
  }
  for (const account of report.accounts) {
    if (covered.has(account.id) || combined.includes(account)) continue;
    const balance = balanceOf(account);
    const currency = balance?.currency ?? account.currency ?? account.transactions.find((transaction) => transaction.amount)?.amount?.currency;
    if (!currency) continue;
    const totalsEntry = entryFor(currency);
    totalsEntry.accounts += 1;
    if (balance) totalsEntry.balance = (totalsEntry.balance ?? 0) + balance.minor;
    else totalsEntry.missing = true;
  }

  return [...totals.values()]
    .sort((a, b) => b.count - a.count || (a.currency < b.currency ? -1 : 1))
    .map(({ missing, balance, ...rest }) => (missing || balance === undefined ? rest : { ...rest, balance }));
}
