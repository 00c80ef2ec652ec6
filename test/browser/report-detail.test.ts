/**
 * Choosing a transaction in `<xs2a-report>` opens its detail: beside the list on a wide report, as
 * a modal sheet on a narrow one; the row is selected, focus moves to the detail's heading, and
 * Escape or the close button closes it and gives focus back to the row. On a phone the page
 * scrolls the list instead of a box of its own.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/report/define.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionDetail } from '../../src/transaction-detail/xs2a-transaction-detail.js';
import type { Xs2aTransactionSelectEvent } from '../../src/transaction-list/events.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { modularReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const list = (element: Xs2aReport): Xs2aTransactionList => root(element).querySelector('xs2a-transaction-list')!;
const detail = (element: Xs2aReport): Xs2aTransactionDetail | null => root(element).querySelector('xs2a-transaction-detail');
const frames = (count: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => { step(left - 1); });
    };
    step(count);
  });

async function rows(element: Xs2aReport): Promise<HTMLElement[]> {
  const transactionList = list(element);
  transactionList.scrollIntoView({ block: 'start' });
  await waitUntil(() => transactionList.shadowRoot!.querySelectorAll('[role="option"]').length >= 4, 'no rows', { timeout: 3000 });
  return [...transactionList.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

/** The element focus is on, through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A report at a viewport width, in a page that lets the window scroll. */
async function reportAt(width: number, locale = 'en-GB', transactions = 40): Promise<Xs2aReport> {
  await setViewport({ width, height: 800 });
  const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale} .report=${modularReport(transactions)}></xs2a-report>`);
  await frames(2);
  await element.updateComplete;
  return element;
}

describe('<xs2a-report> transaction detail', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  // First in the file: the tests share one page, where the code loads once.
  it('loads the detail’s code only when a row is first chosen', async () => {
    const element = await reportAt(1280);
    const row = (await rows(element))[1]!;
    expect(customElements.get('xs2a-transaction-detail'), 'loaded before any row was chosen').to.equal(undefined);
    row.click();
    await element.updateComplete;
    expect(customElements.get('xs2a-transaction-detail')).not.to.equal(undefined);
    expect(detail(element)?.shadowRoot?.querySelector('[part="heading"]')).not.to.equal(null);
  });

  it('opens beside the list at 1280 px on a click: the row is selected, focus is on the heading, the event still fires', async () => {
    const element = await reportAt(1280);
    const row = (await rows(element))[1]!;
    const selected = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    row.click();
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    const shown = detail(element)!;
    await shown.updateComplete;
    expect(shown.closest('[part="detail-panel"]'), 'in the side panel').not.to.equal(null);
    expect(root(element).querySelector('dialog[part="detail-sheet"]') === null, 'no sheet').to.equal(true);
    const name = plain(row.querySelector('[part="name"]')?.textContent);
    expect(plain(shown.shadowRoot!.querySelector('[part="heading"]')?.textContent)).to.equal(name);
    expect(shown.transaction).to.equal(event.detail.transaction);
    await waitUntil(() => row.getAttribute('aria-selected') === 'true', 'the row is not selected');
    expect(deepActive()?.getAttribute('part')).to.equal('heading');
    const panel = root(element).querySelector('[part="detail-panel"]')!.getBoundingClientRect();
    const listBox = list(element).getBoundingClientRect();
    expect(panel.left, 'beside the list').to.be.greaterThanOrEqual(listBox.right);
    expect(panel.top, 'level with the list').to.be.closeTo(listBox.top, 2);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('opens on Enter, closes on Escape, and gives focus back to the row (1280 px)', async () => {
    const element = await reportAt(1280, 'de-DE');
    const row = (await rows(element))[2]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await waitUntil(() => deepActive()?.getAttribute('part') === 'heading', 'focus did not move to the heading');
    expect(plain(detail(element)!.shadowRoot!.querySelector('[part="close-button"]')?.getAttribute('aria-label'))).to.equal('Details schließen');
    expect(row.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(detail(element), 'closed').to.equal(null);
    await waitUntil(() => deepActive()?.getAttribute('role') === 'option', 'focus did not return to a row', { timeout: 4000 });
    expect(deepActive()?.getAttribute('data-row')).to.equal(row.getAttribute('data-row'));
    // And stays there once the list has settled at its new width.
    await frames(10);
    expect(deepActive()?.getAttribute('data-row'), 'still on the row').to.equal(row.getAttribute('data-row'));
  });

  it('closes with its close button too', async () => {
    const element = await reportAt(1280);
    const row = (await rows(element))[1]!;
    row.click();
    await element.updateComplete;
    await detail(element)!.updateComplete;
    detail(element)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await element.updateComplete;
    expect(detail(element)).to.equal(null);
    await waitUntil(() => deepActive() === row, 'focus did not return to the row');
    expect(row.getAttribute('aria-selected'), 'nothing selected once closed').to.equal('false');
  });

  it('follows masked, locale and theme', async () => {
    const element = await reportAt(1280, 'sv-SE');
    element.theme = 'dark';
    (await rows(element))[1]!.click();
    await element.updateComplete;
    const shown = detail(element)!;
    expect([shown.locale, shown.theme, shown.masked]).to.deep.equal(['sv-SE', 'dark', false]);
    element.masked = true;
    await element.updateComplete;
    await shown.updateComplete;
    expect(shown.masked).to.equal(true);
    expect(plain(shown.shadowRoot!.querySelector('[part~="amount"]')?.textContent)).to.equal('••••');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('opens as a modal sheet at 375 px, with focus on its heading; Escape closes it and focus returns to the row', async () => {
    const element = await reportAt(375);
    const row = (await rows(element))[1]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const sheet = root(element).querySelector<HTMLDialogElement>('dialog[part="detail-sheet"]')!;
    await waitUntil(() => sheet.open, 'the sheet did not open');
    expect(sheet.matches(':modal')).to.equal(true);
    expect(sheet.getAttribute('aria-label')).to.equal('Transaction details');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'heading', 'focus did not move to the heading');
    const box = sheet.getBoundingClientRect();
    expect(box.bottom, 'at the bottom of the screen').to.be.closeTo(window.innerHeight, 1);
    expect(box.width).to.be.closeTo(375, 1);
    expect(row.getAttribute('aria-selected')).to.equal('true');
    await expect(element).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(root(element).querySelector('dialog[part="detail-sheet"]') === null, 'closed').to.equal(true);
    await waitUntil(() => deepActive()?.getAttribute('role') === 'option', 'focus did not return to a row');
    expect(deepActive()?.getAttribute('data-row')).to.equal(row.getAttribute('data-row'));
  });
});

describe('<xs2a-report> on a phone', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('at 375 px the window scrolls the list, which has no scroll box of its own', async () => {
    const element = await reportAt(375, 'de-DE', 200);
    const transactionList = list(element);
    expect(transactionList.pageScroll).to.equal(true);
    await rows(element);
    const box = transactionList.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(box.scrollHeight - box.clientHeight, 'no scrolling inside the list').to.be.lessThan(2);
    expect(document.scrollingElement!.scrollHeight, 'the page is taller than the screen').to.be.greaterThan(window.innerHeight * 3);
    const before = window.scrollY;
    window.scrollBy(0, 600);
    expect(window.scrollY).to.be.greaterThan(before);
    window.scrollTo(0, 0);
  });

  it('at 375 px the list comes right after the header and the summary, the charts after it', async () => {
    const element = await reportAt(375);
    const summary = root(element).querySelector('[part="summary"]')!.getBoundingClientRect();
    const listTop = list(element).getBoundingClientRect().top;
    const charts = root(element).querySelector('.charts')!.getBoundingClientRect();
    expect(charts.top, 'charts below the list').to.be.greaterThan(listTop);
    expect(summary.bottom).to.be.lessThan(listTop);
    // Three lines, not three stacked cards.
    expect(summary.height).to.be.lessThan(130);
  });

  it('at 1280 px the list keeps its own scroll box', async () => {
    const element = await reportAt(1280, 'en-GB', 200);
    expect(list(element).pageScroll).to.equal(false);
    await rows(element);
    const box = list(element).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight * 2);
  });

  it('switches when the report is resized, without a window error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    try {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px"><xs2a-report locale="en" .report=${modularReport(40)}></xs2a-report></div>`);
      const element = wrapper.querySelector<Xs2aReport>('xs2a-report')!;
      await element.updateComplete;
      expect(list(element).pageScroll).to.equal(false);
      wrapper.style.width = '360px';
      await waitUntil(() => list(element).pageScroll, 'no page-scroll after narrowing');
      wrapper.style.width = '1000px';
      await waitUntil(() => !list(element).pageScroll, 'page-scroll stayed after widening');
      await frames(5);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
