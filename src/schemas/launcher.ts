/**
 * Options of Klarna's XS2A App launcher, as `XS2A.configure(options)` and
 * `XS2A.startFlow(client_token, options)` take them (the XS2A App docs name these keys).
 */
import * as z from 'zod/mini';

/**
 * Values are not restricted to the ones documented today, so a newer launcher option still
 * passes; unknown keys are forwarded. Callbacks are rejected: the element owns them and reports
 * them as its `xs2a-*` events, and a second set would fire beside its own. The documented keys
 * take no function by their types; any other key is checked on its own, so the error names it.
 */
const notACallback = /* @__PURE__ */ z.unknown().check(
  z.refine((value) => typeof value !== 'function', 'callbacks are the element’s own: listen to its xs2a-* events'),
);

export const launcherOptions = /* @__PURE__ */ z.catchall(
  z.object({
    appearanceMode: z.optional(z.string()),
    autoClose: z.optional(z.boolean()),
    hideTransitionOnFlowEnd: z.optional(z.boolean()),
    openPoliciesInNewWindow: z.optional(z.boolean()),
    psd2RedirectMethod: z.optional(z.string()),
    skipInitialLoader: z.optional(z.boolean()),
    theme: z.optional(z.string()),
    unfoldConsentDetails: z.optional(z.boolean()),
  }),
  notACallback,
);
export type LauncherOptions = z.infer<typeof launcherOptions>;

/**
 * What the XS2A App passes to `onError`: Klarna's error category and a message for the consumer
 * (an integration such as alyf-de/banking reads `error.message`). Either may be missing.
 */
export const launcherError = /* @__PURE__ */ z.looseObject({
  category: z.optional(z.string()),
  message: z.optional(z.string()),
});
