import { expect } from '@open-wc/testing';
import { insightsResult } from './helpers/fake-backend.js';
import type { PageReport } from './fixtures/connect-page.js';

/** Runs the fixture page in an iframe under `policy` and returns its report. */
async function runPage(policy: string, options: { nonce?: string } = {}): Promise<PageReport> {
  const frame = document.createElement('iframe');
  frame.name = JSON.stringify(options);
  frame.srcdoc = `<!doctype html>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" nonce="page-n0nce" src="/test/browser/fixtures/connect-page.ts"></script>`;
  const report = new Promise<PageReport>((resolve) => {
    const onMessage = (event: MessageEvent<PageReport>): void => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

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
