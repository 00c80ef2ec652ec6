/**
 * A hand-written fast path for the one schema a report repeats 100,000 times: the categorized
 * transaction. zod's own `withParser` installs it in front of the schema, and zod's runtime
 * parser stays behind it: any payload the fast path does not accept is parsed again by zod,
 * which rejects it with its usual issues and paths. The fast path only ever says "valid" for
 * what the schema accepts and returns what zod would return (fresh copies of each checked
 * object); property tests compare the two on generated payloads.
 *
 * Why not `z.compile`: it generates code with `new Function`, which pages with a strict Content
 * Security Policy or Trusted Types refuse (and report as a violation).
 */
import * as z from 'zod/mini';
import { categorizedTransaction, type CategorizedTransaction } from './categorized-transaction.js';
import { currencyCodePattern } from './account-data.js';

type Loose = Record<string, unknown>;

const INVALID: typeof z.INVALID = z.INVALID;
const isoDate = z.regexes.date;

/**
 * zod returns fresh objects, and so does the fast path, unless the caller passes `copies: false`:
 * a caller that only reads the result, synchronously, such as `normalizeReport` through
 * {@link readOnlyCategorizedTransactions}. At 100,000 transactions the copies are half a million
 * objects. The choice travels as an argument, so no parse can change what another one returns.
 */
const copy = <T extends object>(value: T, copies: boolean): T => (copies ? (Array.isArray(value) ? (value.slice() as T) : { ...value }) : value);

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullish = (value: unknown): value is null | undefined => value === undefined || value === null;
const optionalString = (value: unknown): boolean => isNullish(value) || typeof value === 'string';
const optionalId = (value: unknown): boolean => isNullish(value) || (typeof value === 'string' && value !== '');

/** The digit at `index`, or NaN: any comparison with NaN is false. */
const digitAt = (value: string, index: number): number => {
  const digit = value.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
};

/**
 * `YYYY-MM-DD` as zod's date pattern has it. Days 01 to 28 exist in every month of every year,
 * so they need no calendar: only the other days (about one in ten) and anything malformed run
 * zod's long expression, which decides.
 */
function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const yearDigits = digitAt(value, 0) + digitAt(value, 1) + digitAt(value, 2) + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (yearDigits >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  return isoDate.test(value);
}

const optionalDate = (value: unknown): boolean => isNullish(value) || (typeof value === 'string' && isIsoDate(value));

// The checks below read each field by name, not in a loop over key lists: a named read is one
// inline cache per field, where a loop's `value[key]` is one megamorphic lookup for all of them.

function copyAddress(value: unknown, copies: boolean): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value)) return INVALID;
  const valid =
    optionalString(value.street_address) &&
    optionalString(value.street_address2) &&
    optionalString(value.postalcode) &&
    optionalString(value.city) &&
    optionalString(value.region) &&
    optionalString(value.country);
  return valid ? copy(value, copies) : INVALID;
}

function copyCounterParty(value: unknown, copies: boolean): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value)) return INVALID;
  const valid =
    optionalString(value.id) &&
    optionalString(value.alias) &&
    optionalString(value.account_number) &&
    optionalString(value.iban) &&
    optionalString(value.holder_name) &&
    optionalString(value.bank_code) &&
    optionalString(value.bic) &&
    optionalString(value.bank_name) &&
    optionalString(value.transfer_type) &&
    optionalString(value.account_type);
  if (!valid) return INVALID;
  const output = copy(value, copies);
  if ('holder_address' in value) {
    const address = copyAddress(value.holder_address, copies);
    if (address === INVALID) return INVALID;
    if (output !== value) output.holder_address = address;
  }
  if ('bank_address' in value) {
    const address = copyAddress(value.bank_address, copies);
    if (address === INVALID) return INVALID;
    if (output !== value) output.bank_address = address;
  }
  return output;
}

function copyAmount(value: unknown, copies: boolean): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value) || !Number.isSafeInteger(value.amount)) return INVALID;
  if (typeof value.currency !== 'string' || !currencyCodePattern.test(value.currency)) return INVALID;
  return copy(value, copies);
}

function copyCategories(value: unknown, copies: boolean): Loose[] | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!Array.isArray(value)) return INVALID;
  const output: Loose[] = copy(value as Loose[], copies);
  for (let index = 0; index < value.length; index += 1) {
    const category: unknown = value[index];
    if (!isObject(category) || typeof category.id !== 'string' || category.id === '' || !optionalString(category.name)) return INVALID;
    if (output !== value) output[index] = copy(category, copies);
  }
  return output;
}

function copyBrand(value: unknown, copies: boolean): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return INVALID;
  if (!optionalString(value.name) || !optionalString(value.url) || !optionalString(value.icon_url)) return INVALID;
  return copy(value, copies);
}

/**
 * Checks one transaction as `categorizedTransaction` does; returns zod's output or `INVALID`.
 * With `copies: false` a valid input is returned itself, which the caller must only read.
 */
export function parseCategorizedTransaction(input: unknown, copies = true): CategorizedTransaction | typeof INVALID {
  if (!isObject(input)) return INVALID;
  if (!optionalId(input.id) || !optionalId(input.insights_transaction_id) || !(input.id || input.insights_transaction_id)) return INVALID;
  if (!optionalDate(input.date) || !optionalDate(input.booking_date) || !optionalDate(input.value_date)) return INVALID;
  if (!(input.date || input.booking_date || input.value_date)) return INVALID;
  if (!optionalString(input.reference) || !optionalString(input.state) || !optionalString(input.method) || !optionalString(input.insights_account_id)) {
    return INVALID;
  }
  if (!isNullish(input.type) && input.type !== 'DEBIT' && input.type !== 'CREDIT') return INVALID;
  if (!isNullish(input.recurring) && typeof input.recurring !== 'boolean') return INVALID;

  const amount = copyAmount(input.amount, copies);
  const counterParty = copyCounterParty(input.counter_party, copies);
  const counterPartyCamel = copyCounterParty(input.counterParty, copies);
  const categories = copyCategories(input.categories, copies);
  const brand = copyBrand(input.brand, copies);
  if (amount === INVALID || counterParty === INVALID || counterPartyCamel === INVALID || categories === INVALID || brand === INVALID) return INVALID;
  // Without copies the output is the input, which may be frozen: write nothing to it.
  if (!copies) return input;
  const output: Loose = { ...input };
  // Present keys only: zod leaves an absent optional key absent.
  if ('amount' in input) output.amount = amount;
  if ('counter_party' in input) output.counter_party = counterParty;
  if ('counterParty' in input) output.counterParty = counterPartyCamel;
  if ('categories' in input) output.categories = categories;
  if ('brand' in input) output.brand = brand;
  // Every field the schema declares was checked above, so this is the schema's output.
  return output;
}

/** `categorizedTransaction` with the fast path in front; errors still come from zod's runtime. */
export const fastCategorizedTransaction = z.withParser(categorizedTransaction, (input) => parseCategorizedTransaction(input, true));

/** A list of them, checked in one loop: zod's array would wrap each item in a parse context. */
function parseCategorizedTransactions(input: unknown, copies: boolean): CategorizedTransaction[] | typeof INVALID {
  if (!Array.isArray(input)) return INVALID;
  const output = copy(input as CategorizedTransaction[], copies);
  for (let index = 0; index < input.length; index += 1) {
    const transaction = parseCategorizedTransaction(input[index], copies);
    if (transaction === INVALID) return INVALID;
    if (output !== input) output[index] = transaction;
  }
  return output;
}

/** `z.array(categorizedTransaction)` with the fast path in front. */
export const fastCategorizedTransactions = z.withParser(z.array(fastCategorizedTransaction), (input) => parseCategorizedTransactions(input, true));

/**
 * The same list for a caller that only reads what it parsed, synchronously, and is done with it
 * when the parse returns: a valid input comes back itself, not copied. It may be frozen; nothing
 * is written to it.
 */
export const readOnlyCategorizedTransactions = z.withParser(z.array(fastCategorizedTransaction), (input) => parseCategorizedTransactions(input, false));
