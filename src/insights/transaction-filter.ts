/**
 * Search, filters and sort over a report's transactions: pure functions, computed once per
 * change of criteria, never in `render()`. The search text of each transaction is built on the
 * first search and cached, so a report with 100,000 transactions paints before any of it.
 */
import { currencyFractionDigits } from '../format/money.js';
import type { Language } from '../i18n/messages.js';
import type { Direction, Money, Transaction } from '../model/report-model.js';

/** The category filter's id for transactions without any category. */
export const uncategorizedId = '';

export interface TransactionFilter {
  /** Words that must all appear in the reference, counterparty, brand or a category. */
  query?: string;
  /** Keep transactions in any of these categories (`uncategorizedId` for none). */
  categoryIds?: ReadonlySet<string>;
  /** `credit` for income, `debit` for expenses. */
  direction?: Direction;
  /** Inclusive `YYYY-MM-DD` bounds. */
  fromDate?: string;
  toDate?: string;
  /** Inclusive bounds on the amount's size, in minor units, whatever its sign. */
  minAmount?: number;
  maxAmount?: number;
}

/**
 * `date`; `amount` by signed value; `income` and `expense` by size with that direction first:
 * `{ field: 'income', order: 'desc' }` is "largest income first": every income, largest first,
 * then every expense, largest first. `asc` puts the smallest first within each direction.
 */
export type SortField = 'date' | 'amount' | 'income' | 'expense';
export type SortOrder = 'asc' | 'desc';

export interface TransactionSort {
  field: SortField;
  order: SortOrder;
}

const nonAscii = /[\u0080-\uffff]/;

/** Minus signs people paste: U+2212 (which `Intl` writes for Swedish), figure and en dashes, full-width. */
const minusSigns = /[\u2012\u2013\u2212\ufe63\uff0d]/g;

/** Case- and accent-insensitive: "muller" finds "Müller", "cafe" finds "Café"; "−58" reads as "-58". */
export function foldForSearch(text: string): string {
  // Most bank text is ASCII, and Unicode normalization is the costly part.
  const plain = nonAscii.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').replace(minusSigns, '-') : text;
  return plain.toLowerCase();
}

/** The languages the elements speak: a search carries their symbols of a currency ("kr"). */
const symbolLanguages = { en: true, de: true, sv: true } satisfies Record<Language, true>;

interface CurrencySearch {
  digits: number;
  /** The code and the symbols written with letters, folded: `sek kr`. Symbols such as € are left out of queries instead. */
  words: string;
  /**
   * Texts by minor units: a list repeats its amounts (a month's rent, 9.99 a month), and a text
   * looked up costs a tenth of one built, and leaves no garbage. Bounded; cleared when full.
   */
  texts: Map<number, string>;
}

const cachedTexts = 20_000;

const currencySearch = new Map<string, CurrencySearch>();

function currencySearchOf(currency: string): CurrencySearch {
  let entry = currencySearch.get(currency);
  if (!entry) {
    const words = new Set([foldForSearch(currency)]);
    for (const language of Object.keys(symbolLanguages)) {
      try {
        const symbol = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1).find((part) => part.type === 'currency')?.value;
        const word = foldForSearch(symbol?.replace(/\p{Sc}/gu, '') ?? '').replace(/[^\p{L}]/gu, '');
        if (word) words.add(word);
      } catch {
        // A code Intl does not know: the code alone.
      }
    }
    entry = { digits: currencyFractionDigits(currency), words: [...words].join(' '), texts: new Map() };
    currencySearch.set(currency, entry);
  }
  return entry;
}

/** Thousands groups with `separator`: `1234567` → `1,234,567`. */
const grouped = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * An amount as people write it, so that a search finds it however the locale writes it: signed
 * (`-` for money out, `+` for money in), with a decimal point and a decimal comma, and from 1,000
 * on also grouped both ways, then the currency's words: −€1,234.56 is
 * `-1234.56 -1234,56 -1,234.56 -1.234,56 eur`. "58" and "58,73" find −58.73 as parts of it; a
 * space-grouped "1 234,56" (Swedish) is two words that each appear.
 */
export function amountSearchText(amount: Money): string {
  const { minor, currency } = amount;
  if (!Number.isSafeInteger(minor)) return '';
  const entry = currencySearchOf(currency);
  let text = entry.texts.get(minor);
  if (text === undefined) {
    text = writtenForms(minor, entry);
    if (entry.texts.size >= cachedTexts) entry.texts.clear();
    entry.texts.set(minor, text);
  }
  return text;
}

function writtenForms(minor: number, { digits, words }: CurrencySearch): string {
  const sign = minor < 0 ? '-' : minor > 0 ? '+' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const point = digits === 0 ? '' : `.${text.slice(-digits)}`;
  const comma = digits === 0 ? '' : `,${text.slice(-digits)}`;
  let out = digits === 0 ? `${sign}${whole}` : `${sign}${whole}${point} ${sign}${whole}${comma}`;
  if (whole.length > 3) out += ` ${sign}${grouped(whole, ',')}${point} ${sign}${grouped(whole, '.')}${comma}`;
  return `${out} ${words}`;
}

/** What a search looks in: reference, counterparty, brand and category names, and the amount, folded. */
export function searchTextOf(transaction: Transaction): string {
  let text = `${transaction.reference ?? ''}\n${transaction.counterparty?.name ?? ''}\n${transaction.brand?.name ?? ''}`;
  for (const category of transaction.categories) text += `\n${category.name ?? ''}`;
  // The amount's text is folded already.
  return transaction.amount ? `${foldForSearch(text)}\n${amountSearchText(transaction.amount)}` : foldForSearch(text);
}

/**
 * The words of a query, folded as the texts are. Currency symbols are dropped, so that an amount
 * copied as the report shows it ("−€58.73", "58,73 €") finds the transaction.
 */
export const searchWords = (query: string | undefined): string[] =>
  query ? foldForSearch(query).replace(/\p{Sc}/gu, ' ').split(/\s+/).filter(Boolean) : [];

export const isFilterEmpty = (filter: TransactionFilter): boolean =>
  !filter.query?.trim() &&
  (filter.categoryIds?.size ?? 0) === 0 &&
  filter.direction === undefined &&
  !filter.fromDate &&
  !filter.toDate &&
  filter.minAmount === undefined &&
  filter.maxAmount === undefined;

/**
 * The search texts of a list in one string, each followed by a line break (which no search word
 * contains, so no match spans two transactions). One `indexOf` over it skips in a single scan
 * what 100,000 separate `includes` calls would each have to be asked.
 */
export interface SearchIndex {
  text: string;
  /** `starts[i]` is where transaction i's text begins; `starts[length]` is past the end. */
  starts: Int32Array;
}

/**
 * Builds a list's search index a slice at a time, so that it can be made while the page is idle
 * and the first keystroke finds it ready.
 */
export class SearchIndexBuilder {
  readonly transactions: readonly Transaction[];
  /** The folded texts, then an empty one: joined by line breaks, every text ends with one. Released once joined. */
  #texts: string[] | undefined;
  #done = 0;
  readonly #starts: Int32Array;
  #offset = 0;
  #index: SearchIndex | undefined;

  constructor(transactions: readonly Transaction[]) {
    this.transactions = transactions;
    this.#starts = new Int32Array(transactions.length + 1);
  }

  /** Folds texts while `hasTime()` says so (asked every 1,000); true once the index is complete. */
  step(hasTime: () => boolean = () => true): boolean {
    if (this.#index) return true;
    const count = this.transactions.length;
    // At the final size: one array, no copies left behind as it grows.
    const texts = (this.#texts ??= new Array<string>(count + 1).fill(''));
    const starts = this.#starts;
    while (this.#done < count) {
      const done = this.#done;
      const text = searchTextOf(this.transactions[done] as Transaction);
      starts[done] = this.#offset;
      texts[done] = text;
      this.#offset += text.length + 1;
      this.#done = done + 1;
      if ((done + 1) % 1000 === 0 && done + 1 < count && !hasTime()) return false;
    }
    starts[count] = this.#offset;
    // One flat string: appending the last line break to the joined texts would make a pair that
    // the first search flattens, copying megabytes in the user's keystroke. The texts themselves
    // are not needed again.
    this.#index = { text: texts.join('\n'), starts };
    this.#texts = undefined;
    return true;
  }

  /** The index, finishing it now if need be. */
  build(): SearchIndex {
    this.step();
    return this.#index as SearchIndex;
  }
}

export const buildSearchIndex = (transactions: readonly Transaction[]): SearchIndex => new SearchIndexBuilder(transactions).build();

/** The indexes (ascending) among `candidates` (ascending; default all) whose text contains `word`. */
export function indexesContaining(index: SearchIndex, word: string, candidates?: readonly number[]): number[] {
  const { text, starts } = index;
  const count = candidates ? candidates.length : starts.length - 1;
  const candidate = (position: number): number => (candidates ? (candidates[position] as number) : position);
  const result: number[] = [];
  let position = 0;
  while (position < count) {
    const found = text.indexOf(word, starts[candidate(position)]);
    if (found < 0) break;
    // Candidates whose text ends before the match do not contain the word.
    while (position < count && (starts[candidate(position) + 1] as number) <= found) position += 1;
    if (position >= count) break;
    const holder = candidate(position);
    // The match may lie in a text that is not a candidate: search on from the next candidate.
    if (found >= (starts[holder] as number)) {
      result.push(holder);
      position += 1;
    }
  }
  return result;
}

/**
 * The indexes of the transactions that pass every criterion, in order. `search` is
 * `buildSearchIndex(transactions)`, made once per list by the caller and kept across keystrokes;
 * `among` limits the search to an earlier result, as when a query grows by a letter.
 */
export function filterIndexes(
  transactions: readonly Transaction[],
  filter: TransactionFilter,
  search?: SearchIndex,
  among?: readonly number[],
): number[] {
  const words = searchWords(filter.query);
  const categories = filter.categoryIds && filter.categoryIds.size > 0 ? filter.categoryIds : undefined;
  const { direction, fromDate, toDate, minAmount, maxAmount } = filter;
  const hasAmountBounds = minAmount !== undefined || maxAmount !== undefined;
  const hasCriteria = direction !== undefined || Boolean(fromDate) || Boolean(toDate) || hasAmountBounds || categories !== undefined;
  // With an index, the words are searched after the other criteria have narrowed the list.
  const wordsHere = search ? [] : words;
  let result: number[] | undefined;
  if (hasCriteria || wordsHere.length > 0 || !search) {
    result = [];
    const count = among ? among.length : transactions.length;
    for (let position = 0; position < count; position += 1) {
      const index = among ? (among[position] ?? 0) : position;
      const transaction = transactions[index];
      if (!transaction) continue;
      if (direction !== undefined && transaction.direction !== direction) continue;
      if (fromDate && transaction.date < fromDate) continue;
      if (toDate && transaction.date > toDate) continue;
      if (hasAmountBounds) {
        if (!transaction.amount) continue;
        const size = Math.abs(transaction.amount.minor);
        if (minAmount !== undefined && size < minAmount) continue;
        if (maxAmount !== undefined && size > maxAmount) continue;
      }
      if (categories) {
        const matches =
          transaction.categories.length === 0
            ? categories.has(uncategorizedId)
            : transaction.categories.some((category) => categories.has(category.id));
        if (!matches) continue;
      }
      if (wordsHere.length > 0 && !containsAll(searchTextOf(transaction), wordsHere)) continue;
      result.push(index);
    }
  }
  if (search) {
    let candidates: readonly number[] | undefined = result ?? among;
    for (const word of words) candidates = indexesContaining(search, word, candidates);
    if (candidates === undefined) return transactions.map((_, index) => index);
    return candidates === among ? [...candidates] : (candidates as number[]);
  }
  return result ?? [];
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** The transactions that pass every criterion, in their given order. */
export function filterTransactions(transactions: readonly Transaction[], filter: TransactionFilter): Transaction[] {
  if (isFilterEmpty(filter)) return transactions.slice();
  return filterIndexes(transactions, filter).map((index) => transactions[index] as Transaction);
}

/**
 * A stable sort: equal keys keep the report's order. Dates compare as strings (ISO dates sort
 * lexically); `amount` by signed value; `income` and `expense` by direction, then size (see
 * `SortField`). A transaction without an amount goes last in every amount sort.
 */
export function sortTransactions(transactions: readonly Transaction[], sort: TransactionSort): Transaction[] {
  const direction = sort.order === 'asc' ? 1 : -1;
  if (sort.field === 'date') {
    const sorted = transactions.slice();
    sorted.sort((a, b) => (a.date < b.date ? -direction : a.date > b.date ? direction : 0));
    return sorted;
  }
  if (sort.field === 'income' || sort.field === 'expense') return sortByDirectionAndSize(transactions, sort.field === 'income' ? 'credit' : 'debit', direction);
  // Each amount read once into a typed array: the comparisons then touch no transaction objects,
  // which at 100,000 of them halves the time. The index breaks ties, keeping the report's order.
  const keys = new Float64Array(transactions.length);
  const order = new Uint32Array(transactions.length);
  transactions.forEach((transaction, index) => {
    keys[index] = transaction.amount ? transaction.amount.minor * direction : Number.POSITIVE_INFINITY;
    order[index] = index;
  });
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return Array.from(order, (index) => transactions[index] as Transaction);
}

/**
 * The rule of "largest income first" and "largest expense first": the asked direction first,
 * then the other, each by size (largest first for `desc`), and transactions without an amount
 * last. A signed sort would instead list the salaries and then the expenses smallest first.
 * A transaction's direction is its own, or its amount's sign when it has none.
 */
function sortByDirectionAndSize(transactions: readonly Transaction[], first: Direction, order: 1 | -1): Transaction[] {
  // Group (0 the asked direction, 1 the other, 2 no amount) and size in typed arrays, as above.
  const groups = new Uint8Array(transactions.length);
  const sizes = new Float64Array(transactions.length);
  const indexes = new Uint32Array(transactions.length);
  transactions.forEach((transaction, index) => {
    const { amount } = transaction;
    indexes[index] = index;
    if (!amount) {
      groups[index] = 2;
      return;
    }
    const direction = transaction.direction ?? (amount.minor < 0 ? 'debit' : 'credit');
    groups[index] = direction === first ? 0 : 1;
    sizes[index] = Math.abs(amount.minor) * order;
  });
  indexes.sort((a, b) => (groups[a] as number) - (groups[b] as number) || (sizes[a] as number) - (sizes[b] as number) || a - b);
  return Array.from(indexes, (index) => transactions[index] as Transaction);
}
