/**
 * Building blocks shared by the Klarna payload schemas. Browser code uses `zod/mini`: it
 * tree-shakes, where classic zod costs ~24 kB gzip whatever is used.
 */
import * as z from 'zod/mini';

/** Klarna marks optional fields with `?`; real responses send them absent or `null`. */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.nullish(schema);

/** `YYYY-MM-DD`, the only date format Klarna's XS2A and Insights pages use. */
export const isoDate = /* @__PURE__ */ z.iso.date();

/** An ISO 8601 timestamp such as `2021-01-12T13:33:16.733086Z`. */
export const isoDateTime = /* @__PURE__ */ z.iso.datetime({ offset: true, local: true });

/**
 * A whole number above zero, such as a count of days or minutes. A refinement rather than
 * `z.int().check(z.positive())`, whose number formats and bounds cost a page with only the connect
 * button about 0.6 kB gzip; it accepts and refuses the same values.
 */
export const positiveInteger = /* @__PURE__ */ z.number().check(z.refine((value) => Number.isSafeInteger(value) && value > 0, 'expected a positive whole number'));

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
  amount: z.int(),
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
