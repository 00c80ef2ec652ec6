/**
 * Building blocks shared by the Klarna payload schemas. Browser code uses `zod/mini`: it
 * tree-shakes, where classic zod costs ~24 kB gzip whatever is used.
 */
import * as z from 'zod/mini';

/** Klarna marks optional fields with `?`; real responses send them absent or `null`. */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.nullish(schema);

/** `YYYY-MM-DD`, the only date format Klarna's XS2A and Insights pages use. */
export const isoDate = /* @__PURE__ */ z.iso.date();

/**
 * An ISO 8601 timestamp such as `2021-01-12T13:33:16.733086Z`: zod's own pattern for
 * `z.iso.datetime({ offset: true, local: true })` as a plain pattern check, which accepts and
 * refuses the same strings without the date-time format kind (with the number kinds below, about
 * 1.5 kB gzip on every page that validates, the connect button's included).
 */
const isoDateTimeSchema = () => z.string().check(z.regex(z.regexes.datetime({ offset: true, local: true }), 'expected an ISO date-time'));
// Through a function: a pure annotation covers one call, not the calls in its arguments, so the
// pattern's construction would stay in a bundle that never reads a timestamp.
export const isoDateTime = /* @__PURE__ */ isoDateTimeSchema();

/**
 * Whole numbers as refinements rather than `z.int()` with `z.positive()` or `z.nonnegative()`,
 * whose number formats and bounds cost every page that validates about 0.6 kB gzip; they accept
 * and refuse the same values (`z.int()` is a safe integer).
 */
const wholeNumber = (accepts: (value: number) => boolean, message: string) =>
  z.number().check(z.refine((value) => Number.isSafeInteger(value) && accepts(value), message));

/** A whole number, such as an amount in minor units. */
export const integer = /* @__PURE__ */ wholeNumber(() => true, 'expected a whole number');

/** A whole number of zero or more, such as a count of transactions. */
export const nonNegativeInteger = /* @__PURE__ */ wholeNumber((value) => value >= 0, 'expected a whole number ≥ 0');

/** A whole number above zero, such as a count of days or minutes. */
export const positiveInteger = /* @__PURE__ */ wholeNumber((value) => value > 0, 'expected a positive whole number');

/** A non-empty identifier: ids are the keys everything else hangs on. */
export const id = /* @__PURE__ */ z.string().check(z.minLength(1));

/** ISO 4217 code. Not restricted to known codes: formatting falls back for the unknown ones. */
/** Three letters, as ISO 4217 codes are; case is normalized later. */
export const currencyCodePattern = /^[A-Za-z]{3}$/;

export const currencyCode = /* @__PURE__ */ z.string().check(z.regex(currencyCodePattern, 'expected a 3-letter ISO 4217 currency code'));

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

/** The consumer's device, forwarded so banks can soften their consent limits. */
export const psu = /* @__PURE__ */ z.looseObject({
  user_agent: z.string(),
  ip_address: z.string(),
});
export type Psu = z.infer<typeof psu>;

/** Every XS2A response wraps its content in `data`, which has no other purpose. */
export const dataEnvelope = <T extends z.core.$ZodType>(schema: T) => z.looseObject({ data: schema });

/** Klarna's HTTP error body: `{ error: { code, message, errors? } }`. */
export const klarnaErrorBody = /* @__PURE__ */ z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    errors: maybe(
      z.array(
        z.looseObject({
          code: maybe(z.string()),
          location: maybe(z.string()),
          message: maybe(z.string()),
        }),
      ),
    ),
  }),
});
export type KlarnaErrorBody = z.infer<typeof klarnaErrorBody>;
