import { expect } from '@open-wc/testing';
import { insightsResult } from './helpers/fake-backend.js';
import { runInPolicyFrame } from './helpers/policy-frame.js';
import type { PageReport } from './fixtures/connect-page.js';

/** Runs the fixture page in an iframe under `policy` and returns its report. */
const runPage = (policy: string, options: { nonce?: string } = {}): Promise<PageReport> =>
  runInPolicyFrame<PageReport>({ policy, script: '/test/browser/fixtures/connect-page.ts', nonce: 'page-n0nce', options });

describe('<xs2a-connect> on locked-down pages', () => {
  it('works under a strict CSP: the launcher gets the nonce given to the element', async () => {
    const report = await runPage(`script-src 'self' 'nonce-page-n0nce'; object-src 'none'; base-uri 'none'`, { nonce: 'page-n0nce' });
    expect(report).to.deep.equal({
      result: insightsResult,
      events: ['xs2a-ready', 'xs2a-finished', 'xs2a-close'],
      scripts: 1,
      scriptNonce: 'page-n0nce',
      violations: [],
    });
  });

  it('works when only nonced scripts may run, taking the page’s nonce by itself', async () => {
    const report = await runPage(`script-src 'nonce-page-n0nce'; object-src 'none'; base-uri 'none'`);
    expect(report.violations).to.deep.equal([]);
    expect(report.error).to.equal(undefined);
    expect(report.scriptNonce).to.equal('page-n0nce');
    expect(report.events).to.deep.equal(['xs2a-ready', 'xs2a-finished', 'xs2a-close']);
  });

  it('works on a page that enforces Trusted Types, through the xs2a-elements policy', async () => {
    const report = await runPage(`require-trusted-types-for 'script'; trusted-types xs2a-elements lit-html`);
    expect(report.violations).to.deep.equal([]);
    expect(report.error).to.equal(undefined);
    expect(report.result).to.deep.equal(insightsResult);
    expect(report.scripts).to.equal(1);
  });
});
