/**
 * Spending per category of any subset of a list, in one pass over two typed arrays instead of
 * the transaction objects: a search of 100,000 transactions narrows the donut on every keystroke,
 * and reading each transaction's amount, direction and first category costs about 10 ms, while
 * the arrays cost well under one. The sums are those of `expenseCategoriesFrom`: debits in the
 * chart's currency, by their first category (`uncategorizedId` for none).
 */
import { uncategorizedId } from '../insights/transaction-filter.js';
import type { ExpenseCategory, Transaction } from '../model/report-model.js';

export interface SpendingIndex {
  ids: string[];
  names: (string | undefined)[];
  /** Per position in the list: the index in `ids` of its category, -1 when it is no spending counted. */
  category: Int32Array;
  /** Per position: the amount spent, in minor units. */
  minor: Float64Array;
}

/** The index of `list`, leaving out the transactions whose ids are in `excluded`. */
export function spendingIndex(list: readonly Transaction[], currency: string, excluded?: ReadonlySet<string>): SpendingIndex {
  const positions = new Map<string, number>();
  const ids: string[] = [];
  const names: (string | undefined)[] = [];
  const category = new Int32Array(list.length).fill(-1);
  const minor = new Float64Array(list.length);
  list.forEach((transaction, index) => {
    const amount = transaction.amount;
    if (transaction.direction !== 'debit' || !amount || amount.currency !== currency) return;
    if (excluded?.has(transaction.id)) return;
    const first = transaction.categories[0];
    const id = first?.id ?? uncategorizedId;
    let position = positions.get(id);
    if (position === undefined) {
      position = ids.length;
      positions.set(id, position);
      ids.push(id);
      names.push(first?.name);
    }
    category[index] = position;
    minor[index] = Math.abs(amount.minor);
  });
  return { ids, names, category, minor };
}

/** Spending per category of the positions given (every position when `positions` is undefined), largest first. */
export function spendingAt({ ids, names, category, minor }: SpendingIndex, positions: readonly number[] | undefined, currency: string): ExpenseCategory[] {
  const sums = new Float64Array(ids.length);
  const counts = new Int32Array(ids.length);
  const add = (index: number): void => {
    const slot = category[index] as number;
    if (slot < 0) return;
    sums[slot] = (sums[slot] as number) + (minor[index] as number);
    counts[slot] = (counts[slot] as number) + 1;
  };
  if (positions) for (const index of positions) add(index);
  else for (let index = 0; index < category.length; index++) add(index);
  const result: ExpenseCategory[] = [];
  ids.forEach((id, slot) => {
    const count = counts[slot] as number;
    if (count > 0) result.push({ id, name: names[slot], amount: { minor: sums[slot] as number, currency }, transactionCount: count });
  });
  return result.sort((a, b) => b.amount.minor - a.amount.minor);
}
