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

type Loose = Record<string, unknown>;

const INVALID: typeof z.INVALID = z.INVALID;
const isoDate = z.regexes.date;
const currency = /^[A-Za-z]{3}$/;

/**
 * zod returns fresh objects, and so does the fast path, unless a caller that only reads the
 * result, synchronously, asks it not to: see {@link withoutCopies}.
 */
let copying = true;
const copy = <T extends object>(value: T): T => (copying ? (Array.isArray(value) ? (value.slice() as T) : { ...value }) : value);

/**
 * Runs `read` while the fast path returns the checked input itself instead of copies. For a
 * caller that never writes to what it parsed and is done with it when `read` returns, such as
 * `normalizeReport`: at 100,000 transactions the copies are half a million objects.
 */
export function withoutCopies<T>(read: () => T): T {
  copying = false;
  try {
    return read();
  } finally {
    copying = true;
  }
}

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullish = (value: unknown): value is null | undefined => value === undefined || value === null;
const optionalString = (value: unknown): boolean => isNullish(value) || typeof value === 'string';
const optionalId = (value: unknown): boolean => isNullish(value) || (typeof value === 'string' && value !== '');
const optionalDate = (value: unknown): boolean => isNullish(value) || (typeof value === 'string' && isoDate.test(value));

const addressKeys = ['street_address', 'street_address2', 'postalcode', 'city', 'region', 'country'] as const;
const counterPartyKeys = ['id', 'alias', 'account_number', 'iban', 'holder_name', 'bank_code', 'bic', 'bank_name', 'transfer_type', 'account_type'] as const;
const transactionStrings = ['reference', 'state', 'method', 'insights_account_id'] as const;

function copyAddress(value: unknown): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value)) return INVALID;
  for (const key of addressKeys) if (!optionalString(value[key])) return INVALID;
  return copy(value);
}

function copyCounterParty(value: unknown): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value)) return INVALID;
  for (const key of counterPartyKeys) if (!optionalString(value[key])) return INVALID;
  const output = copy(value);
  for (const key of ['holder_address', 'bank_address'] as const) {
    if (key in value) {
      const address = copyAddress(value[key]);
      if (address === INVALID) return INVALID;
      if (output !== value) output[key] = address;
    }
  }
  return output;
}

function copyAmount(value: unknown): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value) || !Number.isSafeInteger(value.amount)) return INVALID;
  if (typeof value.currency !== 'string' || !currency.test(value.currency)) return INVALID;
  return copy(value);
}

function copyCategories(value: unknown): Loose[] | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!Array.isArray(value)) return INVALID;
  const output: Loose[] = copy(value as Loose[]);
  for (let index = 0; index < value.length; index += 1) {
    const category: unknown = value[index];
    if (!isObject(category) || typeof category.id !== 'string' || category.id === '' || !optionalString(category.name)) return INVALID;
    if (output !== value) output[index] = copy(category);
  }
  return output;
}

function copyBrand(value: unknown): Loose | null | undefined | typeof INVALID {
  if (isNullish(value)) return value;
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return INVALID;
  if (!optionalString(value.name) || !optionalString(value.url) || !optionalString(value.icon_url)) return INVALID;
  return copy(value);
}

/** The nested objects the schema checks, and how to check and copy each. */
const nestedChecks = [
  ['amount', copyAmount],
  ['counter_party', copyCounterParty],
  ['counterParty', copyCounterParty],
  ['categories', copyCategories],
  ['brand', copyBrand],
] as const;

/** Checks one transaction as `categorizedTransaction` does; returns zod's output or `INVALID`. */
export function parseCategorizedTransaction(input: unknown): CategorizedTransaction | typeof INVALID {
  if (!isObject(input)) return INVALID;
  if (!optionalId(input.id) || !optionalId(input.insights_transaction_id) || !(input.id || input.insights_transaction_id)) return INVALID;
  if (!optionalDate(input.date) || !optionalDate(input.booking_date) || !optionalDate(input.value_date)) return INVALID;
  if (!(input.date || input.booking_date || input.value_date)) return INVALID;
  for (const key of transactionStrings) if (!optionalString(input[key])) return INVALID;
  if (!isNullish(input.type) && input.type !== 'DEBIT' && input.type !== 'CREDIT') return INVALID;
  if (!isNullish(input.recurring) && typeof input.recurring !== 'boolean') return INVALID;

  const output: Loose = copy(input);
  for (const [key, check] of nestedChecks) {
    if (!(key in input)) continue;
    const value = check(input[key]);
    if (value === INVALID) return INVALID;
    // Without copies the output is the input, which may be frozen: write nothing to it.
    if (output !== input) output[key] = value;
  }
  // Every field the schema declares was checked above, so this is the schema's output.
  return output;
}

/** `categorizedTransaction` with the fast path in front; errors still come from zod's runtime. */
export const fastCategorizedTransaction = z.withParser(categorizedTransaction, parseCategorizedTransaction);

/** A list of them, checked in one loop: zod's array would wrap each item in a parse context. */
function parseCategorizedTransactions(input: unknown): CategorizedTransaction[] | typeof INVALID {
  if (!Array.isArray(input)) return INVALID;
  const output = copy(input as CategorizedTransaction[]);
  for (let index = 0; index < input.length; index += 1) {
    const transaction = parseCategorizedTransaction(input[index]);
    if (transaction === INVALID) return INVALID;
    if (output !== input) output[index] = transaction;
  }
  return output;
}

/** `z.array(categorizedTransaction)` with the fast path in front. */
export const fastCategorizedTransactions = z.withParser(z.array(fastCategorizedTransaction), parseCategorizedTransactions);
