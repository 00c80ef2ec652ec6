/**
 * One list of transactions (an account's, in the report's order) made ready for the viewer's
 * interactions at 100,000 transactions, each of which must be painted within a frame:
 *
 * - its sort orders (`sort-order.ts`), each computed once and kept, those a person may pick while
 *   the page is idle (`prepare`), so a change of sort orders nothing, and filtering never depends
 *   on the sort: what passes the criteria is a set of positions in this list, and a sorted result
 *   walks the order over that set;
 * - its criteria as columns (typed arrays), read in one pass without touching a transaction
 *   object: reading each one's date, direction and categories cost 5 to 7 ms a pass at 100,000;
 * - the transactions of each category, so a category filter marks only its own;
 * - one search index, whatever the sort (`SearchIndexBuilder`).
 *
 * The results equal `filterIndexes` and `sortTransactions` over the sorted list; the unit tests
 * compare them on generated reports.
 */
import { searchWords, SearchIndexBuilder, indexesContaining, uncategorizedId, type SortField, type SortOrder, type TransactionFilter, type TransactionSort } from '../insights/transaction-filter.js';
import type { Transaction } from '../model/report-model.js';
import { dateRanks, datesBefore, sortOrder, type DateRanks } from './sort-order.js';
import { moneyColumns, type MoneyColumns } from './spending-index.js';

/** One sort order of the list. */
export class ListOrder {
  /** By rank: the position in the list. */
  readonly positions: Uint32Array;
  #rankOf: Int32Array | undefined;
  #list: Transaction[] | undefined;
  readonly #transactions: readonly Transaction[];

  constructor(transactions: readonly Transaction[], positions: Uint32Array) {
    this.#transactions = transactions;
    this.positions = positions;
  }

  /** By position: the rank in this order. */
  get rankOf(): Int32Array {
    if (!this.#rankOf) {
      const { positions } = this;
      const rankOf = new Int32Array(positions.length);
      for (let rank = 0; rank < positions.length; rank += 1) rankOf[positions[rank] as number] = rank;
      this.#rankOf = rankOf;
    }
    return this.#rankOf;
  }

  /** True once `list` is built. */
  get hasList(): boolean {
    return this.#list !== undefined;
  }

  /** The whole list in this order, one array for as long as the order lives. */
  get list(): Transaction[] {
    this.#list ??= this.#buildList();
    return this.#list;
  }

  /** Builds `list` now rather than at its first use. */
  prepareList(): void {
    this.#list ??= this.#buildList();
  }

  #buildList(): Transaction[] {
    const { positions } = this;
    const transactions = this.#transactions;
    const list: Transaction[] = [];
    // By index, not `for…of`: this runs once per order, in code not yet optimized, where each
    // step of an iterator is an object of garbage.
    for (let rank = 0; rank < positions.length; rank += 1) list.push(transactions[positions[rank] as number] as Transaction);
    return list;
  }

  /** The transactions at `matches` (ascending positions) in this order. */
  select(matches: ArrayLike<number>): Transaction[] {
    const transactions = this.#transactions;
    const count = matches.length;
    const total = this.positions.length;
    const result: Transaction[] = [];
    // Few matches: sort their ranks; many: walk the whole order and keep the marked ones.
    if (count * Math.log2(count + 1) < total) {
      const { rankOf, positions } = this;
      const ranks = new Int32Array(count);
      for (let index = 0; index < count; index += 1) ranks[index] = rankOf[matches[index] as number] as number;
      ranks.sort();
      for (let index = 0; index < count; index += 1) result.push(transactions[positions[ranks[index] as number] as number] as Transaction);
      return result;
    }
    const { positions } = this;
    const marked = new Uint8Array(total);
    for (let index = 0; index < count; index += 1) marked[matches[index] as number] = 1;
    for (let rank = 0; rank < total; rank += 1) {
      const position = positions[rank] as number;
      if (marked[position] === 1) result.push(transactions[position] as Transaction);
    }
    return result;
  }
}


const directionCodes = { credit: 1, debit: 2 } as const;

const orderKey = (field: SortField, order: SortOrder): string => `${field} ${order}`;

export class TransactionIndex {
  readonly transactions: readonly Transaction[];
  readonly search: SearchIndexBuilder;
  readonly #orders = new Map<string, ListOrder>();
  #dates: DateRanks | undefined;
  #directions: Uint8Array | undefined;
  #byCategory: Map<string, number[]> | undefined;
  #money: MoneyColumns | undefined;
  #hasAmount: Uint8Array | undefined;
  #searchReady = false;

  constructor(transactions: readonly Transaction[]) {
    this.transactions = transactions;
    this.search = new SearchIndexBuilder(transactions);
  }

  get dates(): DateRanks {
    this.#dates ??= dateRanks(this.transactions);
    return this.#dates;
  }

  /** The order `sortTransactions` gives, computed on its first use. */
  order(field: SortField, order: SortOrder): ListOrder {
    const key = orderKey(field, order);
    let result = this.#orders.get(key);
    if (!result) {
      result = new ListOrder(
        this.transactions,
        sortOrder(this.transactions, field, order, () => this.dates, () => ({ minor: this.money.minor, hasAmount: this.hasAmount, direction: this.directions })),
      );
      this.#orders.set(key, result);
    }
    return result;
  }

  /** The list's own order. */
  get identity(): ListOrder {
    let result = this.#orders.get('');
    if (!result) {
      result = new ListOrder(this.transactions, Uint32Array.from(this.transactions, (_, index) => index));
      this.#orders.set('', result);
    }
    return result;
  }

  /** Every amount, for the figures. */
  get money(): MoneyColumns {
    this.#money ??= moneyColumns(this.transactions);
    return this.#money;
  }

  /** Per position: 1 credit, 2 debit, 0 neither. */
  get directions(): Uint8Array {
    if (!this.#directions) {
      const { transactions } = this;
      const directions = new Uint8Array(transactions.length);
      for (let position = 0; position < transactions.length; position += 1) {
        const { direction } = transactions[position] as Transaction;
        directions[position] = direction === undefined ? 0 : directionCodes[direction];
      }
      this.#directions = directions;
    }
    return this.#directions;
  }

  /** Per position: 1 when it has an amount (`money.currency` is its currency's slot, else -1). */
  get hasAmount(): Uint8Array {
    if (!this.#hasAmount) {
      const { currency } = this.money;
      const hasAmount = new Uint8Array(currency.length);
      for (let position = 0; position < currency.length; position += 1) hasAmount[position] = (currency[position] as number) < 0 ? 0 : 1;
      this.#hasAmount = hasAmount;
    }
    return this.#hasAmount;
  }

  /** Per category id (`uncategorizedId` for none): its positions, ascending. */
  get byCategory(): Map<string, number[]> {
    this.#byCategory ??= this.buildByCategory();
    return this.#byCategory;
  }

  /**
   * Prepares the search, then the columns, then each of `sorts` with its list, while `hasTime()`;
   * true once all are ready. Each call makes progress, so that a caller asked to stop at once
   * still gets there.
   */
  prepare(hasTime: () => boolean, sorts: readonly TransactionSort[] = []): boolean {
    if (!this.#searchReady) {
      this.#searchReady = this.search.step(hasTime);
      if (!this.#searchReady || !hasTime()) return false;
    }
    if (!this.#byCategory) {
      this.#byCategory = this.buildByCategory();
      this.#money ??= moneyColumns(this.transactions);
      this.#directions ??= this.directions;
      if (!hasTime()) return sorts.length === 0;
    }
    // A sort change then only hands out a list: computing an order and its list of 100,000
    // took 15–30 ms, two frames.
    const missing = sorts.filter(({ field, order }) => !this.#orders.get(orderKey(field, order))?.hasList);
    for (const [done, { field, order }] of missing.entries()) {
      this.order(field, order).prepareList();
      if (done < missing.length - 1 && !hasTime()) return false;
    }
    return true;
  }

  private buildByCategory(): Map<string, number[]> {
    const byCategory = new Map<string, number[]>();
    const add = (id: string, position: number): void => {
      let list = byCategory.get(id);
      if (!list) {
        list = [];
        byCategory.set(id, list);
      }
      // A transaction naming a category twice is listed once.
      if (list[list.length - 1] !== position) list.push(position);
    };
    this.transactions.forEach((transaction, position) => {
      if (transaction.categories.length === 0) add(uncategorizedId, position);
      else for (const category of transaction.categories) add(category.id, position);
    });
    return byCategory;
  }

  /**
   * The positions (ascending) that pass every criterion of `filter`, as `filterIndexes` gives
   * them; `among` (ascending) limits them to an earlier result, as when a query grows by a letter.
   */
  matches(filter: TransactionFilter, among?: readonly number[]): number[] {
    const words = searchWords(filter.query);
    const categoryIds = filter.categoryIds && filter.categoryIds.size > 0 ? filter.categoryIds : undefined;
    const { direction, fromDate, toDate, minAmount, maxAmount } = filter;
    const hasDates = Boolean(fromDate) || Boolean(toDate);
    const hasAmountBounds = minAmount !== undefined || maxAmount !== undefined;
    const hasCriteria = direction !== undefined || hasDates || hasAmountBounds || categoryIds !== undefined;
    let candidates: readonly number[] | undefined = among;
    if (hasCriteria) {
      const wanted = direction === undefined ? 0 : directionCodes[direction];
      const { currency, minor } = this.money;
      const directions = wanted !== 0 ? this.directions : undefined;
      const count = among ? among.length : this.transactions.length;
      const { dates, rank } = this.dates;
      const lowest = fromDate ? datesBefore(dates, fromDate, false) : 0;
      const highest = toDate ? datesBefore(dates, toDate, true) - 1 : dates.length - 1;
      let inCategory: Uint8Array | undefined;
      if (categoryIds) {
        inCategory = new Uint8Array(this.transactions.length);
        for (const id of categoryIds) for (const position of this.byCategory.get(id) ?? []) inCategory[position] = 1;
      }
      const result: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const position = among ? (among[index] as number) : index;
        if (directions && directions[position] !== wanted) continue;
        if (hasDates) {
          const day = rank[position] as number;
          if (day < lowest || day > highest) continue;
        }
        if (hasAmountBounds) {
          if ((currency[position] as number) < 0) continue;
          const size = Math.abs(minor[position] as number);
          if (minAmount !== undefined && size < minAmount) continue;
          if (maxAmount !== undefined && size > maxAmount) continue;
        }
        if (inCategory && inCategory[position] === 0) continue;
        result.push(position);
      }
      candidates = result;
    }
    if (words.length === 0) return candidates ? (candidates === among ? [...candidates] : (candidates as number[])) : this.transactions.map((_, index) => index);
    const search = this.search.build();
    for (const word of words) candidates = indexesContaining(search, word, candidates);
    return candidates === among ? [...(candidates ?? [])] : (candidates as number[]);
  }
}
