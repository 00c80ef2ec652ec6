/**
 * The CDN entry on a page: each tag's code arrives when the page first shows the tag, wherever
 * the page puts it. The tests run in order on one page, as the tags load once per page.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/cdn.js';
import { Xs2aCommitments } from '../../src/commitments/xs2a-commitments.js';
import { modularReport } from '../fixtures/reports.js';

const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;
const isNative = (method: (...args: never[]) => unknown): boolean => /\[native code\]/.test(Function.prototype.toString.call(method));

describe('the CDN entry', () => {
  const added: Element[] = [];
  const add = <T extends Element>(element: T): T => {
    added.push(element);
    document.body.append(element);
    return element;
  };
  after(() => {
    for (const element of added) element.remove();
  });

  it('defines no tag before the page shows one', () => {
    expect(['xs2a-connect', 'xs2a-report', 'xs2a-transaction-list', 'xs2a-transaction-detail', 'xs2a-category-chart', 'xs2a-balance-chart', 'xs2a-cash-flow', 'xs2a-commitments', 'xs2a-affordability'].filter(isDefined)).to.deep.equal([]);
  });

  it('loads <xs2a-connect> when one is added, and not the report', async () => {
    const connect = add(document.createElement('xs2a-connect'));
    connect.textContent = 'Connect your bank';
    await customElements.whenDefined('xs2a-connect');
    await connect.updateComplete;
    expect(connect.shadowRoot?.querySelector('[part="button"]')).to.not.equal(null);
    expect(isDefined('xs2a-report')).to.equal(false);
  });

  it('loads a tag a host waits for with customElements.whenDefined, before any element exists', async () => {
    const constructor = await customElements.whenDefined('xs2a-transaction-list');
    expect(document.createElement('xs2a-transaction-list')).to.be.instanceOf(constructor);
  });

  it('loads a tag added later inside a closed shadow root, as a framework component renders it', async () => {
    const host = add(document.createElement('div'));
    // Closed on purpose: the loader must find tags in roots the page cannot query.
    // eslint-disable-next-line wc/no-closed-shadow-root
    const root = host.attachShadow({ mode: 'closed' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const chart = document.createElement('xs2a-category-chart');
    root.append(chart);
    await waitUntil(() => isDefined('xs2a-category-chart'), '<xs2a-category-chart> was not loaded');
    expect(chart).to.be.instanceOf(customElements.get('xs2a-category-chart'));
  });

  it('loads <xs2a-transaction-detail> on its own when a page shows one, without the report', async () => {
    expect(isDefined('xs2a-transaction-detail')).to.equal(false);
    add(document.createElement('xs2a-transaction-detail'));
    await waitUntil(() => isDefined('xs2a-transaction-detail'), '<xs2a-transaction-detail> was not loaded');
    expect(isDefined('xs2a-report')).to.equal(false);
  });

  it('keeps a report the page set before the element’s code arrived, and shows it', async () => {
    const report = document.createElement('xs2a-report');
    report.report = modularReport(3);
    const loaded = oneEvent(report, 'xs2a-report-load');
    add(report);
    await loaded;
    const list = report.shadowRoot?.querySelector('xs2a-transaction-list');
    await list?.updateComplete;
    // The list renders the rows in view: below the other elements, it is scrolled to.
    list?.scrollIntoView();
    await waitUntil(() => (list?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) > 0, 'no rows shown', { timeout: 3000 });
    expect(isDefined('xs2a-balance-chart')).to.equal(true);
  });

  it('does not load the code of a tag that other code defined first, as the report defines its views', async () => {
    // Observed rather than read from the page's buffer of entries, which the test runner's own modules fill.
    const fetched: string[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const { name } of entries.getEntries()) if (name.includes('/commitments/define')) fetched.push(name);
    });
    observer.observe({ type: 'resource' });
    customElements.define('xs2a-commitments', Xs2aCommitments);
    add(document.createElement('xs2a-commitments'));
    // Long enough for an import to be requested and answered: the loader sees the element in a microtask.
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(fetched).to.deep.equal([]);
  });

  it('stops watching once every tag is loaded, leaving attachShadow and whenDefined as they were', async () => {
    /* eslint-disable @typescript-eslint/unbound-method -- read, not called */
    await waitUntil(() => isNative(Element.prototype.attachShadow), 'attachShadow is still wrapped');
    expect(isNative(customElements.whenDefined)).to.equal(true);
    /* eslint-enable @typescript-eslint/unbound-method */
  });
});
