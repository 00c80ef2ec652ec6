/**
 * While `<xs2a-report>` waits for its first report, it renders a sample once, out of sight, so
 * that the real report's first rows come sooner. What a page may observe of that: nothing but a
 * node in the element's shadow root that comes and goes. No event, no element its queries find,
 * nothing focusable or in view, and the report that then arrives shows as it would have.
 *
 * The rehearsal happens once per page, so the order of these tests matters: the first one must
 * not rehearse (its report came first), the second one does. The element is defined in the
 * first test, not on import: defining it asks for the rehearsal at the page's next idle time.
 * (report-rehearsal-page.test.ts: the rehearsal with no element on the page yet.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';

const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => { resolve(); }, { timeout: 2000 }));

/** Every node added to and removed from the element's shadow root, and every outcome event the page hears. */
function watch(element: Xs2aReport): { added: Node[]; removed: Node[]; visibility: string[]; events: Event[]; stop: () => void } {
  const added: Node[] = [];
  /** Each added element's computed visibility when it was added. */
  const visibility: string[] = [];
  const removed: Node[] = [];
  const events: Event[] = [];
  // A stage already there: the element's first update may have waited past an idle period.
  for (const node of element.shadowRoot!.children) {
    if (node instanceof HTMLElement && node.inert) {
      added.push(node);
      visibility.push(getComputedStyle(node).visibility);
    }
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      added.push(...record.addedNodes);
      for (const node of record.addedNodes) if (node instanceof Element && node.isConnected) visibility.push(getComputedStyle(node).visibility);
      removed.push(...record.removedNodes);
    }
  });
  observer.observe(element.shadowRoot!, { childList: true });
  const hear = (event: Event): void => {
    events.push(event);
  };
  const types = ['xs2a-report-load', 'xs2a-error'];
  // Capturing at the document: a listener there runs before any on the way could stop the event.
  for (const type of types) document.addEventListener(type, hear, true);
  return {
    added,
    removed,
    visibility,
    events,
    stop: () => {
      observer.disconnect();
      for (const type of types) document.removeEventListener(type, hear, true);
    },
  };
}

const elementsOf = (nodes: Node[]): Element[] => nodes.filter((node): node is Element => node instanceof Element);

describe('<xs2a-report> rehearsal', () => {
  it('does not rehearse when its report comes first', async () => {
    const inBody: Node[] = [];
    const bodyObserver = new MutationObserver((records) => {
      for (const record of records) inBody.push(...record.addedNodes);
    });
    bodyObserver.observe(document.body, { childList: true, subtree: true });
    // Defined and given a report in one task: no idle time in between.
    await import('../../src/report/define.js');
    const element = await fixture<Xs2aReport>(html`<xs2a-report .report=${modularReport()}></xs2a-report>`);
    const seen = watch(element);
    await idle();
    await idle();
    await element.updateComplete;
    seen.stop();
    bodyObserver.disconnect();
    expect(elementsOf(seen.added), 'nothing added after the report').to.deep.equal([]);
    expect(elementsOf(inBody).filter((node) => node !== element && !node.contains(element)), 'nothing added to the page').to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('xs2a-transaction-list'), 'the report shows').to.not.equal(null);
  });

  it('renders a sample out of sight while it waits, fires nothing, then shows the real report as before', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de"></xs2a-report>`);
    const seen = watch(element);
    await waitUntil(() => elementsOf(seen.added).length > 0, 'no rehearsal while idle', { timeout: 4000 });
    const [stage] = elementsOf(seen.added) as [HTMLElement];
    // Out of reach of queries, pointer, focus and assistive technology while it is there.
    expect(element.shadowRoot!.querySelector('xs2a-transaction-list, [part~="row"]'), 'no list of the sample in the element’s tree').to.equal(null);
    expect(stage.getAttribute('aria-hidden')).to.equal('true');
    expect(stage.inert).to.equal(true);
    expect(seen.visibility).to.deep.equal(['hidden']);
    await waitUntil(() => seen.removed.includes(stage), 'the sample stays', { timeout: 4000 });
    expect(stage.isConnected, 'removed once drawn').to.equal(false);
    expect(seen.events, 'no event from the sample').to.deep.equal([]);
    expect(element.shadowRoot!.textContent, 'still no report').to.contain('Noch kein Bericht');

    const report = modularReport();
    element.report = report;
    await element.updateComplete;
    seen.stop();
    expect(seen.events.map((event) => event.type), 'one outcome: the real report').to.deep.equal(['xs2a-report-load']);
    const loaded = (seen.events[0] as CustomEvent<{ report: { accounts: { id: string }[] } }>).detail.report;
    expect(loaded.accounts.map((account) => account.id)).to.deep.equal(report.data.accounts.map((account) => account.insights_account_id));
    expect(element.shadowRoot!.querySelectorAll('xs2a-transaction-list').length, 'one list').to.equal(1);
  });
});
