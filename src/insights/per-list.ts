import type { Transaction } from '../model/report-model.js';

/**
 * A function of a list that remembers its result for as long as the list lives: the lists of
 * recent searches come back, and with them their results.
 */
export function perList<Result>(compute: (list: readonly Transaction[]) => Result): (list: readonly Transaction[]) => Result {
  const results = new WeakMap<readonly Transaction[], Result>();
  return (list) => {
    if (results.has(list)) return results.get(list) as Result;
    const result = compute(list);
    results.set(list, result);
    return result;
  };
}
