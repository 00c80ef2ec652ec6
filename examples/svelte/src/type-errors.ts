/**
 * Mistakes the package's types catch in Svelte markup, written as the attribute objects markup is
 * checked against. Not part of the app: `npm run typecheck` fails if any line marked below compiles.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'xs2a-elements/svelte';

// @ts-expect-error a misspelled property
export const misspelled: SvelteHTMLElements['xs2a-connect'] = { endpont: '/api' };
// @ts-expect-error a value the attribute does not take
export const wrongValue: SvelteHTMLElements['xs2a-report'] = { theme: 'blue' };
export const wrongDetail: SvelteHTMLElements['xs2a-connect'] = {
  // @ts-expect-error a detail field the event does not have
  'onxs2a-finished': (event) => event.detail.flowid,
};
