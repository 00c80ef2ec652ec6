/**
 * `@open-wc/testing` types its `expect` as `typeof Chai.expect` from `import Chai from 'chai'`,
 * a default export that chai's own types no longer have: without this, `expect` is `any` in
 * every browser test and nothing in them is type-checked.
 */
import type * as chai from 'chai';

declare module 'chai' {
  const chaiDefault: typeof chai;
  export default chaiDefault;
}
