import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import '../../src/transaction-list/define.js';
import type { Transaction } from '../../src/model/report-model.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import type { Xs2aTransactionSelectEvent } from '../../src/transaction-list/events.js';
import { march, transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

/** A header's date and total, each as shown. */
const headerText = (header: Element | null | undefined): string => [...(header?.querySelectorAll('span') ?? [])].map((span) => plain(span.textContent)).join(' | ');

/** Newest first, as the report shows them. */
const newestFirst = [...march].reverse();

async function renderList(transactions: Transaction[], attributes: { locale?: string; groupBy?: string; masked?: boolean } = {}): Promise<Xs2aTransactionList> {
  const element = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list
    style="--xs2a-list-height: 400px"
    locale=${attributes.locale ?? 'en-US'}
    group-by=${attributes.groupBy ?? 'day'}
    ?masked=${attributes.masked ?? false}
    .transactions=${transactions}
  ></xs2a-transaction-list>`);
  await waitUntil(() => rowsOf(element).length > 0 || element.shadowRoot!.querySelector('[part="empty"]'), 'list did not render');
  // The virtualizer first renders by estimated row sizes, then again once it has measured them.
  const listHost = element.shadowRoot!.querySelector<VirtualizerHostElement>('[part="list"]');
  if (listHost) await listHost[virtualizerRef]?.layoutComplete;
  return element;
}

const rowsOf = (element: Xs2aTransactionList): HTMLElement[] => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const rowNamed = (element: Xs2aTransactionList, name: string): HTMLElement =>
  rowsOf(element).find((row) => row.querySelector('[part="name"]')?.textContent === name)!;

function makeMany(count: number): Transaction[] {
  return Array.from({ length: count }, (_, index) =>
    transaction({
      date: `2024-${String(12 - Math.floor(index / 900) % 12).padStart(2, '0')}-${String(28 - (Math.floor(index / 32) % 28)).padStart(2, '0')}`,
      amount: -(index + 1) * 10,
      reference: `Payment ${index}`,
      brand: { id: 'b', name: `Shop ${index}` },
      category: 'Groceries',
    }),
  );
}

describe('<xs2a-transaction-list>', () => {

  it('shows each transaction with name, reference, categories, badges and signed amount', async () => {
    const element = await renderList(newestFirst, { locale: 'de-DE' });
    const rewe = rowNamed(element, 'Rewe');
    expect(plain(rewe.querySelector('[part="reference"]')?.textContent)).to.equal('REWE SAGT DANKE');
    expect([...rewe.querySelectorAll('[part="chip"]')].map((chip) => chip.textContent)).to.deep.equal(['Groceries']);
    expect(plain(rewe.querySelector('[part~="amount"]')?.textContent)).to.equal('-45,99 €');
    expect(rewe.getAttribute('part')).to.contain('debit');

    const salary = rowNamed(element, 'ACME GmbH');
    expect(plain(salary.querySelector('[part~="amount"]')?.textContent)).to.equal('+2.500,00 €');
    expect(salary.querySelector('[part~="recurring"]')?.textContent).to.equal('Wiederkehrend');

    const ticket = rowNamed(element, 'Deutsche Bahn');
    expect(ticket.getAttribute('part')).to.contain('pending');
    expect(ticket.querySelector('[part~="pending-badge"]')?.textContent).to.equal('Vorgemerkt');
  });

  it('formats amounts with each currency’s own decimals: JPY, EUR and KWD', async () => {
    const element = await renderList(
      [
        transaction({ amount: -1200, currency: 'JPY', reference: 'yen' }),
        transaction({ amount: -1999, currency: 'EUR', reference: 'euro' }),
        transaction({ amount: 12345, currency: 'KWD', reference: 'dinar' }),
      ],
      { locale: 'en-US', groupBy: 'none' },
    );
    const amounts = rowsOf(element).map((row) => plain(row.querySelector('[part~="amount"]')?.textContent));
    expect(amounts).to.deep.equal(['-¥1,200', '-€19.99', '+KWD 12.345']);
  });

  it('fires nothing when the page sets its properties', async () => {
    let events = 0;
    const element = await renderList(newestFirst);
    element.addEventListener('xs2a-transaction-select', () => (events += 1));
    element.transactions = march.slice(0, 3);
    element.groupBy = 'month';
    element.masked = true;
    await element.updateComplete;
    expect(events).to.equal(0);
  });

  it('puts a header with the day and its total before each day', async () => {
    const element = await renderList(newestFirst, { locale: 'en-US' });
    const headers = [...element.shadowRoot!.querySelectorAll('[part="group-header"]')].map(headerText);
    expect(headers).to.include('Sat, Mar 2, 2024 | -€69.49');
    expect(headers).to.include('Fri, Mar 1, 2024 | +€1,550.00');
    expect(headerText(element.shadowRoot!.querySelector('[part="sticky-header"]'))).to.equal('Tue, Mar 12, 2024 | +€20.00');
  });

  it('groups by month, or not at all', async () => {
    const element = await renderList(newestFirst, { groupBy: 'month', locale: 'sv-SE' });
    expect([...element.shadowRoot!.querySelectorAll('[part="group-header"]')].map(headerText)).to.deep.equal(['mars 2024 | +1 348,62 €']);
    element.groupBy = 'none';
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part="group-header"]').length === 0, 'headers stayed');
    expect(rowsOf(element).length).to.equal(march.length);
  });

  it('keeps only the rows in view in the DOM for 10,000 transactions', async () => {
    const element = await renderList(makeMany(10_000));
    expect(rowsOf(element).length).to.be.greaterThan(5).and.lessThan(100);
    expect(element.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(1500);
    expect(rowsOf(element)[0]!.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('renders rows without blank text nodes: 25 nodes or fewer a row, markers included', async () => {
    const element = await renderList(makeMany(10_000));
    const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_ALL);
    const blank: Node[] = [];
    let count = 0;
    while (walker.nextNode()) {
      count += 1;
      if (walker.currentNode.nodeType === Node.TEXT_NODE && !walker.currentNode.textContent!.trim()) blank.push(walker.currentNode);
    }
    expect(blank).to.have.length(0);
    const rows = rowsOf(element);
    expect(count).to.be.lessThan(rows.length * 25 + 100);
    const nodesInRow = (row: Node): number => [...row.childNodes].reduce((sum, child) => sum + 1 + nodesInRow(child), 0);
    expect(Math.max(...rows.map(nodesInRow))).to.be.at.most(25);
    expect(rows[0]!.querySelector('[part="name"]')?.textContent).to.equal('Shop 0');
  });

  it('fires xs2a-transaction-select on click', async () => {
    const element = await renderList(newestFirst);
    const selected = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    rowNamed(element, 'Esprit').click();
    const event = await selected;
    expect(event.detail.transaction).to.equal(march[5]);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('moves through rows with the keyboard and selects with Enter', async () => {
    const element = await renderList(newestFirst);
    const first = rowsOf(element)[0]!;
    expect(first.tabIndex).to.equal(0);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => element.shadowRoot!.activeElement !== first, 'focus did not move');
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.querySelector('[part="name"]')?.textContent).to.equal('Deutsche Bahn');
    const selected = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.transaction.reference).to.equal('Deutschlandticket');

    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitUntil(() => (element.shadowRoot!.activeElement as HTMLElement | null)?.querySelector('[part="name"]')?.textContent === 'ACME GmbH', 'End did not reach the last row');
  });

  it('masks amounts and day totals in privacy mode', async () => {
    const element = await renderList(newestFirst, { masked: true });
    expect(plain(rowNamed(element, 'Rewe').querySelector('[part~="amount"]')?.textContent)).to.equal('••••');
    expect(element.shadowRoot!.textContent).not.to.match(/€/);
  });

  it('renders markup in bank data as text and never uses an unsafe icon URL', async () => {
    const hostile = transaction({
      amount: -100,
      reference: '<img src=x onerror="window.__xs2aInjected = true">',
      brand: { id: 'x', name: '<b>bold</b>', iconUrl: 'javascript:alert(1)' },
    });
    const element = await renderList([hostile]);
    const row = rowsOf(element)[0]!;
    expect(row.querySelector('[part="name"]')?.textContent).to.equal('<b>bold</b>');
    expect(row.querySelector('b')).to.equal(null);
    expect(row.querySelector('img')).to.equal(null);
    expect(row.querySelector('[part="icon"]')?.textContent).to.equal('B');
    expect((window as { __xs2aInjected?: boolean }).__xs2aInjected).to.equal(undefined);
  });

  it('shows the brand icon lazily, and the initial instead when the icon fails to load', async () => {
    const icon = new URL('/test/fixtures/icon.svg', location.href).href;
    const missing = new URL('/test/fixtures/missing-icon.png', location.href).href;
    const element = await renderList([
      transaction({ amount: -100, brand: { id: 'r', name: 'Rewe', iconUrl: icon } }),
      transaction({ amount: -100, brand: { id: 'e', name: 'Edeka', iconUrl: missing } }),
    ]);
    const image = rowNamed(element, 'Rewe').querySelector('img')!;
    expect(image.getAttribute('src')).to.equal(icon);
    expect(image.getAttribute('loading')).to.equal('lazy');
    // A lazy image in a background page may never be fetched: fail it by hand.
    rowNamed(element, 'Edeka').querySelector('img')?.dispatchEvent(new Event('error'));
    await waitUntil(() => rowNamed(element, 'Edeka').querySelector('img') === null, 'no fallback for the missing icon');
    expect(rowNamed(element, 'Edeka').querySelector('[part="icon"]')?.textContent).to.equal('E');
    expect(rowNamed(element, 'Rewe').querySelector('img')).not.to.equal(null);
  });

  it('shows an empty state', async () => {
    const element = await renderList([]);
    expect(element.shadowRoot!.querySelector('[part="empty"]')?.textContent).to.equal('No transactions in this period.');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('is accessible, plain and masked, light and dark', async () => {
    const element = await renderList(newestFirst);
    await expect(element).shadowDom.to.be.accessible();
    element.masked = true;
    element.theme = 'dark';
    await element.updateComplete;
    await expect(element).shadowDom.to.be.accessible();
  });
});
