/**
 * Building blocks of what a bank says about an account: amounts, counts, addresses, timestamps.
 * Apart from `common.ts`, which the connect button's schemas share: a page with the button alone
 * loads none of these (nor zod's date-time pattern).
 */
import * as z from 'zod/mini';
import { matching, maybe, wholeNumber } from './common.js';

/** A whole number, such as an amount in minor units. */
export const integer = /* @__PURE__ */ wholeNumber(() => true, 'expected a whole number');

/** A whole number of zero or more, such as a count of transactions. */
export const nonNegativeInteger = /* @__PURE__ */ wholeNumber((value) => value >= 0, 'expected a whole number ≥ 0');

/**
 * An ISO 8601 timestamp such as `2021-01-12T13:33:16.733086Z`: the pattern of zod's
 * `z.iso.datetime({ offset: true, local: true })` as a plain pattern check, which accepts and
 * refuses the same strings without zod's date-time format kind (0.3 kB gzip on every page that
 * validates, as it shares the one chunk of zod). Written here from zod's date pattern and the time
 * part zod's `z.regexes.datetime()` adds for these options, so the builder of every date-time
 * variant stays out of that chunk too (0.2 kB); a unit test holds it equal to zod's.
 */
const isoTime = String.raw`(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d))|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)`;
export const isoDateTimePattern = (): RegExp => new RegExp(`${z.regexes.date.source.slice(0, -1)}T${isoTime}$`);
const isoDateTimeSchema = () => matching(isoDateTimePattern(), 'expected an ISO date-time');
// Through a function: a pure annotation covers one call, not the calls in its arguments, so the
// pattern's construction would stay in a bundle that never reads a timestamp.
export const isoDateTime = /* @__PURE__ */ isoDateTimeSchema();

/**
 * Three letters, as ISO 4217 codes are; case is normalized later. Not restricted to known codes:
 * formatting falls back for the unknown ones.
 */
export const currencyCodePattern = /^[A-Za-z]{3}$/;

export const currencyCode = /* @__PURE__ */ matching(currencyCodePattern, 'expected a 3-letter ISO 4217 currency code');

/**
 * Klarna's Amount: an integer in the currency's minor units (cents for EUR, yen for JPY).
 * XS2A amounts are unsigned with a separate DEBIT/CREDIT `type`; Insights amounts may be signed.
 */
export const amount = /* @__PURE__ */ z.looseObject({
  amount: integer,
  currency: currencyCode,
});
export type Amount = z.infer<typeof amount>;

/** Postal address as XS2A sends it for holders, counterparties and banks. */
export const address = /* @__PURE__ */ z.looseObject({
  street_address: maybe(z.string()),
  street_address2: maybe(z.string()),
  postalcode: maybe(z.string()),
  city: maybe(z.string()),
  region: maybe(z.string()),
  country: maybe(z.string()),
});
export type Address = z.infer<typeof address>;
