/**
 * The CDN file: a small module that registers every tag on first sight and imports each
 * element's code (chunks beside this file, sharing lit and zod) only when a page shows the
 * element, so a page with only `<xs2a-connect>` never downloads the report. The classes,
 * schemas and helpers of the main entry are for bundlers: `import … from 'xs2a-elements'`;
 * a page on the CDN file reaches an element's class through `customElements.whenDefined`.
 */
import { startAutoloader, type TagLoader } from './autoload/autoloader.js';
import type {} from './tag-map.js';

type Xs2aTag = Extract<keyof HTMLElementTagNameMap, `xs2a-${string}`>;

/** Every tag and the define module that registers it; the compiler names a tag left out. */
const loaders = {
  'xs2a-connect': () => import('./connect/define.js'),
  'xs2a-report': () => import('./report/define.js'),
  'xs2a-transaction-list': () => import('./transaction-list/define.js'),
  'xs2a-category-chart': () => import('./category-chart/define.js'),
  'xs2a-balance-chart': () => import('./balance-chart/define.js'),
  'xs2a-transaction-detail': () => import('./transaction-detail/define.js'),
  'xs2a-cash-flow': () => import('./cash-flow/define.js'),
  'xs2a-commitments': () => import('./commitments/define.js'),
  'xs2a-affordability': () => import('./affordability/define.js'),
} satisfies Record<Xs2aTag, TagLoader>;

const autoloader = startAutoloader(loaders);

/**
 * Loads the tags under `root` now. Only needed for a closed shadow root attached before this
 * file ran: everything else is found by itself.
 */
export function discover(root: ParentNode): void {
  autoloader.discover(root);
}
