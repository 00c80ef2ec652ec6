import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
  // The rows beyond the edges of the box join in the frame after the first paint.
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
    expect(ticket.getAttribute('part')!.split(' ')).to.include('row-pending');
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
    await waitUntil(() => headerText(element.shadowRoot!.querySelector('[part="sticky-header"]')) !== '', 'no sticky header');
    expect(headerText(element.shadowRoot!.querySelector('[part="sticky-header"]'))).to.equal('Pending | -€49.00');
  });

  it('groups by month, or not at all', async () => {
    const element = await renderList(newestFirst, { groupBy: 'month', locale: 'sv-SE' });
    expect([...element.shadowRoot!.querySelectorAll('[part="group-header"]')].map(headerText)).to.deep.equal(['Reserverad | −49,00 €', 'mars 2024 | +1 397,62 €']);
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

  for (const height of ['200px', '12.5rem']) {
    it(`draws in its first update only the rows a box ${height} high shows, fills the box in the frame, and the rows beyond its edge in the next`, async () => {
      await setViewport({ width: 800, height: 1600 });
      try {
        const element = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list style="--xs2a-list-height: ${height}" locale="en-US" .transactions=${makeMany(10_000)}></xs2a-transaction-list>`);
        // 200 px: a header (32) and three rows (56) at the top, a fourth row cut by the edge.
        expect(rowsOf(element).length, 'rows of the first update').to.be.within(3, 4);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const box = element.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
        expect(box.height).to.equal(200);
        const lowest = Math.max(...rowsOf(element).map((row) => row.getBoundingClientRect().bottom));
        expect(lowest, 'the rows reach the bottom of the box').to.be.at.least(box.bottom);
        // No second layout before the first paint for rows nobody sees yet.
        expect(rowsOf(element).length, 'rows painted first').to.be.within(3, 4);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const below = rowsOf(element).filter((row) => row.getBoundingClientRect().top >= box.bottom);
        // 400 px beyond the edge: seven rows of 56 px, or six and a day's header.
        expect(below.length, 'rows beyond the bottom edge in the next frame').to.be.within(6, 8);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

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
    expect(first.querySelector('[part="name"]')?.textContent).to.equal('Deutsche Bahn');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => element.shadowRoot!.activeElement !== first, 'focus did not move');
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.querySelector('[part="name"]')?.textContent).to.equal('Anna');
    const selected = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.transaction.reference).to.equal('Café Rückzahlung');

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

  it('shows the initial until a logo has loaded, and the logo over it once it has', async () => {
    // Far longer than the test: the load is announced by hand below.
    const slow = new URL('/test/slow-image.svg?ms=20000', location.href).href;
    const element = await renderList([transaction({ amount: -100, brand: { id: 'e', name: 'esprit', iconUrl: slow } })]);
    const icon = rowNamed(element, 'esprit').querySelector<HTMLElement>('[part="icon"]')!;
    const logo = icon.querySelector('img')!;
    // On its way: the initial shows, and nothing paints over it.
    expect(plain(icon.textContent)).to.equal('E');
    expect(getComputedStyle(logo).opacity).to.equal('0');
    // A lazy image in a background page may never be fetched: a load is announced by hand.
    logo.dispatchEvent(new Event('load'));
    expect(getComputedStyle(logo).opacity).to.equal('1');
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

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => { resolve(); }));

/**
 * Frames enough for the list to answer a scroll: the rows are where the reader sees them.
 */
async function settle(): Promise<void> {
  for (let frame = 0; frame < 4; frame += 1) await nextFrame();
}

const press = (target: Element, key: string): boolean => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
const focusedRow = (element: Xs2aTransactionList): HTMLElement | null => element.shadowRoot!.activeElement as HTMLElement | null;
const listBox = (element: Xs2aTransactionList): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
const selectedNames = (element: Xs2aTransactionList): string[] =>
  rowsOf(element)
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => row.querySelector('[part="name"]')!.textContent);

describe('<xs2a-transaction-list> selection', () => {
  it('marks the chosen row aria-selected, one at a time, and still fires xs2a-transaction-select', async () => {
    const element = await renderList(newestFirst);
    expect(selectedNames(element)).to.deep.equal([]);
    expect(rowsOf(element).every((row) => row.getAttribute('aria-selected') === 'false')).to.equal(true);
    const first = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    rowNamed(element, 'Esprit').click();
    expect((await first).detail.transaction.reference).to.equal('Esprit Online Shop');
    await element.updateComplete;
    expect(selectedNames(element)).to.deep.equal(['Esprit']);
    expect(element.selectedId).to.equal(march[5]!.id);

    const rewe = rowNamed(element, 'Rewe');
    rewe.focus();
    const second = oneEvent<Xs2aTransactionSelectEvent>(element, 'xs2a-transaction-select');
    press(rewe, ' ');
    expect((await second).detail.transaction.reference).to.equal('REWE SAGT DANKE');
    await element.updateComplete;
    expect(selectedNames(element)).to.deep.equal(['Rewe']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('keeps the selection through scrolling away and back, and through new transactions', async () => {
    const many = makeMany(2_000);
    const element = await renderList(many);
    rowNamed(element, 'Shop 3').click();
    await element.updateComplete;
    await settle();
    const list = listBox(element);
    list.scrollTop = 40_000;
    await settle();
    // The row keyboard focus starts from stays in the DOM, far above the view.
    const box = list.getBoundingClientRect();
    const inView = rowsOf(element).filter((row) => row.getBoundingClientRect().bottom > box.top && row.getBoundingClientRect().top < box.bottom);
    expect(inView.length).to.be.greaterThan(5);
    expect(inView.some((row) => row.querySelector('[part="name"]')?.textContent === 'Shop 3')).to.equal(false);
    expect(inView.filter((row) => row.getAttribute('aria-selected') === 'true')).to.deep.equal([]);
    list.scrollTop = 0;
    await settle();
    expect(selectedNames(element)).to.deep.equal(['Shop 3']);

    // A search that still finds it: a new array, the same transaction.
    element.transactions = many.slice(2, 50);
    await element.updateComplete;
    await settle();
    expect(selectedNames(element)).to.deep.equal(['Shop 3']);
  });

  it('takes a selection set by the page without firing, and clears it', async () => {
    let events = 0;
    const element = await renderList(newestFirst);
    element.addEventListener('xs2a-transaction-select', () => (events += 1));
    element.selectedId = march[0]!.id;
    await element.updateComplete;
    expect(selectedNames(element)).to.deep.equal(['ACME GmbH']);
    element.setAttribute('selected-id', march[2]!.id);
    await element.updateComplete;
    expect(selectedNames(element)).to.deep.equal(['Rewe']);
    element.selectedId = undefined;
    await element.updateComplete;
    expect(selectedNames(element)).to.deep.equal([]);
    expect(events).to.equal(0);
  });
});

describe('<xs2a-transaction-list> rows', () => {
  it('colours only the amount of income, not its row', async () => {
    const element = await renderList(newestFirst);
    const salary = rowNamed(element, 'ACME GmbH');
    const amount = salary.querySelector<HTMLElement>('[part~="amount"]')!;
    const rent = rowNamed(element, 'Hausverwaltung Müller');
    expect(getComputedStyle(amount).color).to.equal('rgb(20, 108, 46)');
    expect(getComputedStyle(salary.querySelector('[part="name"]')!).color).to.equal(getComputedStyle(rent.querySelector('[part="name"]')!).color);
    expect(getComputedStyle(salary.querySelector('[part="reference"]')!).color).to.equal(getComputedStyle(rent.querySelector('[part="reference"]')!).color);
    expect(salary.getAttribute('part')!.split(' ')).to.include('row-credit').and.not.include('credit');
    expect(amount.getAttribute('part')!.split(' ')).to.include('credit');
  });

  it('puts pending transactions first, under a localized header of their own', async () => {
    for (const [locale, label] of [['en-US', 'Pending'], ['de-DE', 'Vorgemerkt'], ['sv-SE', 'Reserverad']] as const) {
      const element = await renderList(newestFirst, { locale });
      const headers = [...element.shadowRoot!.querySelectorAll('[part="group-header"]')].map(headerText);
      expect(headers[0]!.split(' | ')[0]).to.equal(label);
      element.remove();
      expect(rowsOf(element)[0]!.querySelector('[part="name"]')?.textContent).to.equal('Deutsche Bahn');
      expect(rowsOf(element)[0]!.getAttribute('aria-posinset')).to.equal('1');
      // The header says it; the row does not repeat it.
      expect(rowsOf(element)[0]!.querySelector('[part~="pending-badge"]')).to.equal(null);
    }
    const ungrouped = await renderList(newestFirst, { groupBy: 'none' });
    expect(rowNamed(ungrouped, 'Deutsche Bahn').querySelector('[part~="pending-badge"]')?.textContent).to.equal('Pending');
  });

  it('gives names the room on a narrow list: badges shrink to an icon and keep their word for screen readers', async () => {
    const long = [transaction({ amount: -9999, brand: { id: 'h', name: 'HUK-COBURG' }, reference: 'Beitrag', recurring: true, pending: true })];
    const element = await renderList(long, { groupBy: 'none' });
    element.style.width = '340px';
    await settle();
    const row = rowsOf(element)[0]!;
    const name = row.querySelector<HTMLElement>('[part="name"]')!;
    const badges = [...row.querySelectorAll<HTMLElement>('[part~="badge"]')];
    expect(name.scrollWidth, 'the name is cut').to.be.at.most(name.clientWidth);
    expect(badges.map((badge) => plain(badge.textContent))).to.deep.equal(['Recurring', 'Pending']);
    for (const badge of badges) expect(badge.getBoundingClientRect().width).to.be.below(24);
    await expect(element).shadowDom.to.be.accessible();

    element.style.width = '800px';
    await settle();
    for (const badge of badges) expect(badge.getBoundingClientRect().width).to.be.above(40);
  });

  it('draws upper-case initials for lower-case names', async () => {
    const element = await renderList([transaction({ amount: -100, counterparty: { name: 'esprit germany' } })]);
    expect(rowsOf(element)[0]!.querySelector('[part="icon"]')?.textContent).to.equal('E');
  });
});

describe('<xs2a-transaction-list> scrolling', () => {
  /** The in-list headers the reader sees, with their labels and boxes. */
  const visibleHeaders = (element: Xs2aTransactionList) =>
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="group-header"]')].map((header) => ({ label: headerText(header), rect: header.getBoundingClientRect() }));

  it('pins exactly the current group’s header at the top edge, with no other header above or under it', async function () {
    this.timeout(30_000);
    const element = await renderList(makeMany(600));
    const list = listBox(element);
    const sticky = element.shadowRoot!.querySelector<HTMLElement>('[part="sticky-header"]')!;
    let pushed = 0;
    for (let offset = 0; offset < 2_400; offset += 23) {
      list.scrollTop = offset;
      await settle();
      const top = list.getBoundingClientRect().top;
      const pin = sticky.getBoundingClientRect();
      // The row at the top edge names the group the pinned header must show.
      const atEdge = rowsOf(element).find((row) => row.getBoundingClientRect().top <= top + 0.5 && row.getBoundingClientRect().bottom > top + 0.5);
      const headers = visibleHeaders(element).filter(({ rect }) => rect.bottom > top + 0.5 && rect.top < list.getBoundingClientRect().bottom);
      const next = headers.find(({ rect }) => rect.top > top + 0.5);
      if (pin.top < top - 0.5) {
        // Pushed up by the next group's header, edge to edge.
        pushed += 1;
        expect(next, `offset ${offset}`).to.not.equal(undefined);
        expect(Math.abs(pin.bottom - next!.rect.top), `offset ${offset}`).to.be.below(1);
      } else {
        expect(Math.abs(pin.top - top), `offset ${offset}`).to.be.below(0.5);
      }
      // No header peeks out between the pinned one and the rows: any other header is below it.
      for (const header of headers) {
        if (header.label === headerText(sticky)) continue;
        expect(header.rect.top, `offset ${offset}: ${header.label}`).to.be.at.least(pin.bottom - 0.5);
      }
      if (atEdge) {
        const date = makeMany(600).find((entry) => entry.reference === atEdge.querySelector('[part="reference"]')?.textContent)?.date;
        expect(headerText(sticky).startsWith(new Date(`${date}T00:00:00`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' })), `offset ${offset}`).to.equal(true);
      }
    }
    expect(pushed, 'some offsets push the header').to.be.greaterThan(0);
  });

  it('keeps the focused row inside the list after End, Home, Page Down and Page Up', async () => {
    const element = await renderList(makeMany(3_000));
    const list = listBox(element);
    const inView = (row: HTMLElement | null): boolean => {
      if (!row) return false;
      const box = list.getBoundingClientRect();
      const rect = row.getBoundingClientRect();
      return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
    };
    rowsOf(element)[0]!.focus();
    for (const key of ['End', 'PageUp', 'Home', 'PageDown', 'PageDown', 'End']) {
      const before = focusedRow(element);
      press(before!, key);
      await waitUntil(() => focusedRow(element) !== before && focusedRow(element)?.getAttribute('role') === 'option', `${key} did not move focus`);
      await settle();
      await settle();
      expect(inView(focusedRow(element)), `${key}: the focused row is out of view`).to.equal(true);
    }
    expect(focusedRow(element)!.querySelector('[part="name"]')?.textContent).to.equal('Shop 2999');
  });

  it('lets the page scroll it with page-scroll: no box of its own, rows still virtualized, the header pinned to the viewport', async () => {
    const element = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list page-scroll locale="en-US" .transactions=${makeMany(5_000)}></xs2a-transaction-list>`);
    await waitUntil(() => rowsOf(element).length > 0, 'list did not render');
    await settle();
    const list = listBox(element);
    expect(getComputedStyle(list).overflowY).to.equal('visible');
    expect(list.getBoundingClientRect().height).to.be.greaterThan(100_000);
    expect(rowsOf(element).length).to.be.lessThan(100);

    const startOfList = element.getBoundingClientRect().top + scrollY;
    window.scrollTo(0, startOfList + 20_000);
    await settle();
    await settle();
    const sticky = element.shadowRoot!.querySelector<HTMLElement>('[part="sticky-header"]')!.getBoundingClientRect();
    expect(sticky.top).to.be.within(-40, 0.5);
    expect(rowsOf(element).some((row) => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().bottom <= innerHeight)).to.equal(true);
    expect(rowsOf(element).length).to.be.lessThan(100);
    window.scrollTo(0, 0);
  });

  it('with page-scroll, fills the view when the content above it shrinks with no scroll', async () => {
    // A page whose list starts below the window's bottom: it draws only the first rows, the ones
    // within reach of a scroll.
    const page = await fixture<HTMLElement>(html`<div>
      <div class="above" style="height: ${innerHeight + 1_500}px"></div>
      <xs2a-transaction-list page-scroll locale="en-US" .transactions=${makeMany(2_000)}></xs2a-transaction-list>
    </div>`);
    const element = page.querySelector<Xs2aTransactionList>('xs2a-transaction-list')!;
    await waitUntil(() => rowsOf(element).length > 0, 'list did not render');
    await settle();
    window.scrollTo(0, 0);
    const above = page.querySelector<HTMLElement>('.above')!;
    // The content above collapses: the list's top comes to the top of the window, no scroll event.
    above.style.height = '0px';
    await settle();
    await settle();
    expect(scrollY).to.equal(0);
    const lowest = Math.max(...rowsOf(element).map((row) => row.getBoundingClientRect().bottom));
    expect(lowest, 'rows down to the window’s bottom').to.be.at.least(innerHeight);
    expect(rowsOf(element).length).to.be.lessThan(100);
  });

  for (const pageScroll of [false, true]) {
    it(`places its rows anew when the page changes their heights${pageScroll ? ', with page-scroll' : ''}, with no window error`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent): void => {
        errors.push(event.message);
      };
      window.addEventListener('error', onError);
      try {
        const element = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list ?page-scroll=${pageScroll} locale="en-US" .transactions=${makeMany(500)}></xs2a-transaction-list>`);
        await waitUntil(() => rowsOf(element).length > 0, 'list did not render');
        await settle();
        /** The distance between consecutive transaction rows of one day, and each row's own height. */
        const pitches = (): { pitch: number; height: number } => {
          const [first, second] = rowsOf(element);
          return { pitch: second!.getBoundingClientRect().top - first!.getBoundingClientRect().top, height: first!.getBoundingClientRect().height };
        };
        expect(pitches()).to.deep.equal({ pitch: 56, height: 56 });
        element.style.setProperty('--xs2a-list-row-height', '80px');
        element.style.setProperty('--xs2a-list-header-height', '40px');
        await settle();
        expect(pitches()).to.deep.equal({ pitch: 80, height: 80 });
        const header = element.shadowRoot!.querySelector<HTMLElement>('.group')!;
        const rowAfter = rowsOf(element).find((row) => Number(row.dataset.row) === Number(header.dataset.row) + 1)!;
        expect(rowAfter.getBoundingClientRect().top - header.getBoundingClientRect().top).to.equal(40);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
