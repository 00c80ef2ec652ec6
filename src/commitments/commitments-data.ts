/**
 * The recurring commitments of a list of transactions, computed once per list and set of
 * excluded ids and kept for as long as the list lives: the report warms it while the page is
 * idle, and every element given the same list reads the same result.
 */
import { recurringCommitments, type RecurringCommitments } from '../insights/recurring.js';
import type { Transaction } from '../model/report-model.js';

const noExclusions: ReadonlySet<string> = new Set();
const computed = new WeakMap<readonly Transaction[], WeakMap<ReadonlySet<string>, RecurringCommitments>>();

export function commitmentsOf(transactions: readonly Transaction[], exclude: ReadonlySet<string> = noExclusions): RecurringCommitments {
  let byExclusion = computed.get(transactions);
  if (!byExclusion) {
    byExclusion = new WeakMap();
    computed.set(transactions, byExclusion);
  }
  let found = byExclusion.get(exclude);
  if (!found) {
    found = recurringCommitments(transactions, { exclude });
    byExclusion.set(exclude, found);
  }
  return found;
}
