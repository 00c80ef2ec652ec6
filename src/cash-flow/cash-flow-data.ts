/**
 * The cash flow of a list of transactions, computed once per list and set of excluded ids and
 * kept for as long as the list lives: the report warms it while the page is idle, and every
 * element given the same list reads the same result.
 */
import { cashFlow, type CategoryFlow, type CurrencyCashFlow, type MonthFlow } from '../insights/cash-flow.js';
import type { Transaction } from '../model/report-model.js';

const noExclusions: ReadonlySet<string> = new Set();
const computed = new WeakMap<readonly Transaction[], WeakMap<ReadonlySet<string>, CurrencyCashFlow[]>>();

export function cashFlowOf(transactions: readonly Transaction[], exclude: ReadonlySet<string> = noExclusions): CurrencyCashFlow[] {
  let byExclusion = computed.get(transactions);
  if (!byExclusion) {
    byExclusion = new WeakMap();
    computed.set(transactions, byExclusion);
  }
  let flows = byExclusion.get(exclude);
  if (!flows) {
    flows = cashFlow(transactions, { exclude });
    byExclusion.set(exclude, flows);
  }
  return flows;
}

/** How far a category moved against the month before: the larger of its income and spending change. */
export interface CategoryMove {
  category: CategoryFlow;
  kind: 'spending' | 'income';
  /** Signed minor units: this month's minus the month before's. */
  change: number;
}

/** The categories that moved most, largest first; none in the range's first month. */
export function topMovers(month: MonthFlow, limit: number): CategoryMove[] {
  const moves: CategoryMove[] = [];
  for (const category of month.categories) {
    const spending = category.spendingChange ?? 0;
    const income = category.incomeChange ?? 0;
    if (spending === 0 && income === 0) continue;
    moves.push(Math.abs(spending) >= Math.abs(income) ? { category, kind: 'spending', change: spending } : { category, kind: 'income', change: income });
  }
  return moves.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.category.id < b.category.id ? -1 : 1)).slice(0, limit);
}
