/**
 * Server rendering (Next.js, Nuxt, SvelteKit, Angular SSR) imports the elements' modules in Node,
 * where there is no DOM beyond Lit's shim: no module may touch a browser-only global when it is
 * imported, or the host's page answers 500.
 */
import { expect } from 'chai';

const entries = [
  '../../src/index.js',
  '../../src/define.js',
  '../../src/connect/define.js',
  '../../src/report/define.js',
  '../../src/transaction-list/define.js',
  '../../src/transaction-detail/define.js',
  '../../src/category-chart/define.js',
  '../../src/balance-chart/define.js',
  '../../src/cash-flow/define.js',
  '../../src/commitments/define.js',
  '../../src/affordability/define.js',
  '../../src/react/index.js',
];

describe('the browser entries imported on a server', () => {
  for (const entry of entries) {
    it(`${entry.replace('../../src/', '')} imports in Node without a DOM`, async () => {
      expect(globalThis).to.not.have.property('ResizeObserver');
      const module: unknown = await import(entry);
      expect(module, 'the module namespace').to.not.equal(null);
    });
  }
});
