import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The class entry only: no define module runs in this page.
import { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';


describe('<xs2a-report> registered from the class entry', () => {
  it('registers the list and charts it renders, so the report shows rows', async () => {
    expect(customElements.get('xs2a-transaction-list')).to.equal(undefined);
    customElements.define('xs2a-report', Xs2aReport);

    const report = await fixture<Xs2aReport>(html`<xs2a-report .report=${modularReport()}></xs2a-report>`);

    for (const tag of ['xs2a-transaction-list', 'xs2a-category-chart', 'xs2a-balance-chart']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    await waitUntil(() => report.shadowRoot?.querySelector('xs2a-transaction-list'), 'the report shows no list');
    const list = report.shadowRoot!.querySelector('xs2a-transaction-list')!;
    // The list renders the rows in view only.
    list.scrollIntoView();
    await waitUntil(() => list.shadowRoot?.querySelector('[role="option"]'), 'the list shows no rows', { timeout: 3000 });
  });
});
