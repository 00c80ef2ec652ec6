/**
 * The list in a report as a reader meets it: below the fold it still holds its active row, so
 * Tab reaches the first transaction and axe finds nothing; every text in it is at least 12 px; a
 * new report's first frame shows its first rows, and the charts follow.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/report/define.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { modularReport } from '../fixtures/reports.js';

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const list = (element: Xs2aReport): Xs2aTransactionList => root(element).querySelector('xs2a-transaction-list')!;
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/** The element focus is on, through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<xs2a-report> list, reached and read', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 375]) {
    it(`keeps its first transaction focusable below a tall spacer, axe clean, and Tab reaches it (${width} px)`, async () => {
      await setViewport({ width, height: 700 });
      const page = await fixture<HTMLElement>(html`<div>
        <button type="button">before</button>
        <div style="height: 4000px"></div>
        <xs2a-report locale="en-GB" .report=${modularReport(300)}></xs2a-report>
      </div>`);
      const element = page.querySelector<Xs2aReport>('xs2a-report')!;
      await element.updateComplete;
      const transactionList = list(element);
      // Well after the list's first frames: the list is still far below the viewport.
      for (let frame = 0; frame < 10; frame += 1) await nextFrame();
      expect(transactionList.getBoundingClientRect().top, 'below the fold').to.be.greaterThan(window.innerHeight);
      const options = transactionList.shadowRoot!.querySelectorAll('[role="option"]');
      expect(options.length, 'one row kept').to.be.greaterThan(0);
      const focusable = transactionList.shadowRoot!.querySelector('[role="option"][tabindex="0"]');
      expect(focusable, 'a focusable row').not.to.equal(null);
      await expect(element).shadowDom.to.be.accessible();
      await expect(transactionList).shadowDom.to.be.accessible();

      // From the last control before the list, one Tab lands on the first transaction.
      const controls = [...root(element).querySelectorAll<HTMLElement>('button, select, input')].filter((control) => !control.closest('dialog') && control.offsetParent !== null);
      const lastBefore = controls.filter((control) => control.compareDocumentPosition(transactionList) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!;
      lastBefore.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => deepActive()?.getAttribute('role') === 'option', `Tab did not reach a row, but ${deepActive()?.outerHTML.slice(0, 80)} after ${lastBefore.outerHTML.slice(0, 80)}`);
      const active = deepActive()!;
      expect(active.getAttribute('aria-posinset')).to.equal('1');
      const rect = active.getBoundingClientRect();
      expect(rect.top, 'scrolled into view').to.be.greaterThanOrEqual(0);
      expect(rect.bottom).to.be.at.most(window.innerHeight + 1);
    });

    it(`draws no text in the list below 12 px (${width} px)`, async () => {
      await setViewport({ width, height: 900 });
      const report = modularReport(40);
      // Recurring and pending transactions wear badges.
      const module = report.data.accounts[0]!.reports.find((entry) => entry.type === 'CATEGORIZED_TRANSACTIONSV2') as { transactions: object[] };
      for (const transaction of module.transactions) Object.assign(transaction, { recurring: true });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-GB" .report=${report}></xs2a-report>`);
      const transactionList = list(element);
      transactionList.scrollIntoView({ block: 'start' });
      await waitUntil(() => transactionList.shadowRoot!.querySelectorAll('[role="option"]').length > 4, 'no rows');
      const shadow = transactionList.shadowRoot!;
      const sizes: Record<string, number[]> = {};
      for (const part of ['name', 'reference', 'chip', 'badge', 'group-header', 'sticky-header', 'amount', 'running-balance']) {
        sizes[part] = [...shadow.querySelectorAll(`[part~="${part}"]`)].map((node) => parseFloat(getComputedStyle(node).fontSize));
      }
      for (const part of ['name', 'reference', 'chip', 'badge', 'group-header', 'amount'].filter((shown) => width > 600 || shown !== 'chip')) expect(sizes[part]!.length, `${part} shown`).to.be.greaterThan(0);
      for (const [part, values] of Object.entries(sizes)) {
        for (const value of values) expect(value, `${part} text`).to.be.at.least(12);
      }
      // The text a reader sees in them, too (a badge's word inside the badge).
      for (const node of shadow.querySelectorAll('[part~="row"] *, [part="group-header"] *')) {
        if (node.textContent.trim()) expect(parseFloat(getComputedStyle(node).fontSize), node.outerHTML.slice(0, 60)).to.be.at.least(12);
      }
    });
  }

  it('shows the first rows in the frame of a new report, and the charts in the next, in the space kept for them', async () => {
    await setViewport({ width: 1280, height: 1200 });
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-GB"></xs2a-report>`);
    element.report = modularReport(300);
    await nextFrame();
    // In the first frame's callbacks: rows are there to paint, the charts not yet.
    const firstRows = list(element).shadowRoot!.querySelectorAll('[part~="row"]');
    expect(firstRows.length, 'rows in the first frame').to.be.greaterThan(3);
    expect(root(element).querySelector('xs2a-category-chart'), 'no chart yet').to.equal(null);
    const listTop = list(element).getBoundingClientRect().top;
    await element.updateComplete;
    expect(root(element).querySelector('xs2a-category-chart'), 'the charts came').not.to.equal(null);
    await waitUntil(() => list(element).shadowRoot!.querySelector('[role="option"]') !== null, 'the list placed its rows');
    expect(list(element).getBoundingClientRect().top, 'the list did not move').to.be.closeTo(listTop, 4);
    await expect(element).shadowDom.to.be.accessible();
  });
});
