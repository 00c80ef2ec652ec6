/**
 * Building blocks shared by the Klarna payload schemas. Browser code uses `zod/mini`: it
 * tree-shakes, where classic zod costs ~24 kB gzip whatever is used.
 */
import * as z from 'zod/mini';

/**
 * Klarna marks optional fields with `?`; real responses send them absent or `null`. The helpers
 * here are marked free of side effects: a schema a page does not use is then dropped whole, not
 * left as calls that build its fields and throw them away.
 */
export const maybe = /* @__NO_SIDE_EFFECTS__ */ <T extends z.core.SomeType>(schema: T) => z.nullish(schema);

/**
 * A refinement as a plain check function (zod/mini's `.check(ctx => …)`): the issue `z.refine`
 * reports (code `custom`, the message, at `path` below the value; with `abort`, no later check
 * runs), without zod's refinement schema kind in the zod chunk every page that validates loads
 * (0.1 kB gzip). Typed by the schema it checks: `z.number().check(refinement((n) => n > 0, …))`.
 */
export const refinement =
  <T>(accepts: (value: T) => boolean, message: string, { path = [], abort = false }: { path?: PropertyKey[]; abort?: boolean } = {}) =>
  (context: z.core.ParsePayload<T>): void => {
    // A fresh path each time: zod prefixes the parents' keys to an issue's path in place.
    if (!accepts(context.value)) context.issues.push({ code: 'custom', message, input: context.value, path: [...path], continue: !abort });
  };

/**
 * A string that `pattern` matches, as a plain check function: the message says what was expected,
 * as a `z.regex` check's would, without zod's string-format check kinds in the zod chunk.
 */
export const matching = /* @__NO_SIDE_EFFECTS__ */ (pattern: RegExp, message: string) =>
  z.string().check(refinement((value: string) => pattern.test(value), message));

/**
 * `YYYY-MM-DD`, the only date format Klarna's XS2A and Insights pages use: zod's own pattern for
 * `z.iso.date()`, which accepts and refuses the same strings (leap days included), without zod's
 * string format kinds (0.2 kB gzip on every page that validates, as it shares the one chunk of
 * zod; the date-time in account-data.ts is read the same way).
 */
export const isoDate = /* @__PURE__ */ matching(z.regexes.date, 'expected an ISO date (YYYY-MM-DD)');

/**
 * Whole numbers as refinements rather than `z.int()` with `z.positive()` or `z.nonnegative()`,
 * whose number formats and bounds cost every page that validates about 0.6 kB gzip; they accept
 * and refuse the same values (`z.int()` is a safe integer).
 */
export const wholeNumber = /* @__NO_SIDE_EFFECTS__ */ (accepts: (value: number) => boolean, message: string) =>
  z.number().check(refinement((value) => Number.isSafeInteger(value) && accepts(value), message));

/** A whole number above zero, such as a count of days or minutes. */
export const positiveInteger = /* @__PURE__ */ wholeNumber((value) => value > 0, 'expected a positive whole number');

/**
 * A string of at least one character, with the message `z.minLength(1)` gets, without zod's
 * length check kind, which was in the zod chunk for this schema alone.
 */
export const nonEmptyString = /* @__PURE__ */ z.string().check(refinement((value: string) => value !== '', 'expected a non-empty string'));

/** A non-empty identifier: ids are the keys everything else hangs on. */
export const id = nonEmptyString;

/** The consumer's device, forwarded so banks can soften their consent limits. */
export const psu = /* @__PURE__ */ z.looseObject({
  user_agent: z.string(),
  ip_address: z.string(),
});
export type Psu = z.infer<typeof psu>;

/** Every XS2A response wraps its content in `data`, which has no other purpose. */
export const dataEnvelope = /* @__NO_SIDE_EFFECTS__ */ <T extends z.core.$ZodType>(schema: T) => z.looseObject({ data: schema });

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
