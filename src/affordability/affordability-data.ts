/**
 * The affordability summary of a report's accounts, one per currency (the currency with the most
 * transactions first), computed once per report and set of accounts and kept for as long as the
 * report lives: the report warms it while the page is idle.
 */
import { affordability, type Affordability } from '../insights/affordability.js';
import type { Report } from '../model/report-model.js';

const computed = new WeakMap<Report, Map<string, Affordability[]>>();

export function affordabilityOf(report: Report, accountIds?: readonly string[]): Affordability[] {
  const key = accountIds ? accountIds.join(' ') : '*';
  let byAccounts = computed.get(report);
  if (!byAccounts) {
    byAccounts = new Map();
    computed.set(report, byAccounts);
  }
  let summaries = byAccounts.get(key);
  if (!summaries) {
    const counts = new Map<string, number>();
    for (const account of report.accounts) {
      if (accountIds && !accountIds.includes(account.id)) continue;
      for (const transaction of account.transactions) {
        const currency = transaction.amount?.currency;
        if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
      }
    }
    const currencies = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([currency]) => currency);
    summaries = currencies.map((currency) => affordability(report, { accountIds, currency })).filter((summary): summary is Affordability => summary !== undefined);
    byAccounts.set(key, summaries);
  }
  return summaries;
}
