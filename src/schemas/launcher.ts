/**
 * Options of Klarna's XS2A App launcher, as `XS2A.configure(options)` and
 * `XS2A.startFlow(client_token, options)` take them (the XS2A App docs name these keys).
 */
import * as z from 'zod/mini';

/**
 * Values are not restricted to the ones documented today, so a newer launcher option still
 * passes; unknown keys are forwarded. Callbacks are rejected, each at its key: the element owns
 * them and reports them as its `xs2a-*` events, and a second set would fire beside its own. A
 * plain check function (zod/mini's `.check(ctx => …)`) rather than `z.superRefine` or a catchall
 * schema, which would bring zod kinds the other schemas do not use (0.1 kB gzip).
 */
export const launcherOptions = /* @__PURE__ */ z
  .looseObject({
    appearanceMode: z.optional(z.string()),
    autoClose: z.optional(z.boolean()),
    hideTransitionOnFlowEnd: z.optional(z.boolean()),
    openPoliciesInNewWindow: z.optional(z.boolean()),
    psd2RedirectMethod: z.optional(z.string()),
    skipInitialLoader: z.optional(z.boolean()),
    theme: z.optional(z.string()),
    unfoldConsentDetails: z.optional(z.boolean()),
  })
  .check((context) => {
    for (const [key, value] of Object.entries(context.value)) {
      if (typeof value === 'function') {
        context.issues.push({ code: 'custom', path: [key], input: value, message: 'callbacks are the element’s own: listen to its xs2a-* events' });
      }
    }
  });
export type LauncherOptions = z.infer<typeof launcherOptions>;

/**
 * What the XS2A App passes to `onError`: Klarna's error category and a message for the consumer
 * (an integration such as alyf-de/banking reads `error.message`). Either may be missing.
 */
export const launcherError = /* @__PURE__ */ z.looseObject({
  category: z.optional(z.string()),
  message: z.optional(z.string()),
});
