/**
 * A page that loads `<xs2a-report>` before it has an element to put it in (a framework that
 * renders the element once the report has arrived) rehearses a sample report once, at its first
 * idle time, at the end of the body. What the page may observe of that: one node at the end of
 * its body that comes and goes; nothing in view or in the page's flow, nothing focusable, no
 * event, no element its queries find; the report that then arrives shows as it would have.
 * (report-rehearsal.test.ts: the rehearsal inside an element that waits for its report.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleReport } from '../../src/report/report-rehearsal.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { createSampleReport } from '../../src/simulator/sample-report.js';
import { modularReport } from '../fixtures/reports.js';

describe('<xs2a-report> rehearsal with no element on the page yet', () => {
  it('renders a sample at the end of the body out of sight, moves nothing, fires nothing, then leaves', async () => {
    const scrollHeight = document.documentElement.scrollHeight;
    const added: Element[] = [];
    const removed: Node[] = [];
    /** Each added element's box and style when it was added. */
    const seenOnStage: { atEnd: boolean; visibility: string; position: string; scrollHeight: number; focused: boolean }[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          added.push(node);
          const style = getComputedStyle(node);
          seenOnStage.push({ atEnd: node === document.body.lastElementChild, visibility: style.visibility, position: style.position, scrollHeight: document.documentElement.scrollHeight, focused: document.activeElement !== document.body });
        }
        removed.push(...record.removedNodes);
      }
    });
    // The body's own children: the stage is one of them.
    observer.observe(document.body, { childList: true });
    const events: Event[] = [];
    const hear = (event: Event): void => {
      events.push(event);
    };
    for (const type of ['xs2a-report-load', 'xs2a-error']) document.addEventListener(type, hear, true);

    await import('../../src/report/define.js');
    await waitUntil(() => added.length > 0, 'no rehearsal at the page’s idle time', { timeout: 4000 });
    const [stage] = added as [HTMLElement];
    expect(stage.getAttribute('aria-hidden')).to.equal('true');
    expect(stage.inert).to.equal(true);
    expect(seenOnStage).to.deep.equal([{ atEnd: true, visibility: 'hidden', position: 'fixed', scrollHeight, focused: false }]);
    // A boolean, not the element: a failed comparison of elements would print their whole trees.
    expect(document.querySelector('xs2a-report') === null, 'no element the page’s queries find').to.equal(true);
    await waitUntil(() => removed.includes(stage), 'the sample stays', { timeout: 4000 });
    expect(stage.isConnected, 'removed once drawn').to.equal(false);
    expect(added, 'one stage, once').to.have.length(1);
    expect(events, 'no event from the sample').to.deep.equal([]);

    const report = modularReport();
    const element = await fixture<Xs2aReport>(html`<xs2a-report .report=${report}></xs2a-report>`);
    observer.disconnect();
    for (const type of ['xs2a-report-load', 'xs2a-error']) document.removeEventListener(type, hear, true);
    expect(events.map((event) => event.type), 'one outcome: the real report').to.deep.equal(['xs2a-report-load']);
    expect(element.shadowRoot!.querySelectorAll('xs2a-transaction-list').length, 'one list').to.equal(1);
    expect(added.filter((node) => node !== stage && !node.contains(element)), 'no second rehearsal').to.deep.equal([]);
  });
});

/** Each font face the text in `root` is laid out in (family, size, weight, style), with an example. */
function fontFaces(root: Node): Map<string, string> {
  const faces = new Map<string, string>();
  const walk = (node: Node): void => {
    const parent = node.parentElement;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && parent?.checkVisibility()) {
      const style = getComputedStyle(parent);
      const face = [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' / ');
      if (!faces.has(face)) faces.set(face, node.textContent!.trim().slice(0, 24));
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return faces;
}

describe('<xs2a-report> rehearsal sample', () => {
  it('shows each font face a report’s first screen uses: a face’s first use costs the page a font lookup', async () => {
    const shown = async (report: unknown): Promise<Map<string, string>> => {
      const element = await fixture<Xs2aReport>(html`<div style="width: 1000px"><xs2a-report .report=${report}></xs2a-report></div>`);
      const reportElement = element.querySelector('xs2a-report')!;
      await reportElement.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      const faces = fontFaces(reportElement);
      element.remove();
      return faces;
    };
    const rehearsed = await shown(sampleReport());
    const real = await shown(createSampleReport({ count: 100 }));
    const missing = [...real].filter(([face]) => !rehearsed.has(face)).map(([face, text]) => `${face} ("${text}")`);
    expect(missing, 'faces of a real report the sample does not show').to.deep.equal([]);
  });
});
