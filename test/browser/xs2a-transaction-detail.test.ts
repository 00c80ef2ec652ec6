import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/transaction-detail/define.js';
import type { Transaction } from '../../src/model/report-model.js';
import type { Xs2aTransactionDetail } from '../../src/transaction-detail/xs2a-transaction-detail.js';
import type { Xs2aDetailCloseEvent } from '../../src/transaction-detail/events.js';
import { transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

const icon = new URL('/test/fixtures/icon.svg', location.href).href;

const rent = transaction({
  date: '2024-03-01',
  bookingDate: '2024-03-01',
  valueDate: '2024-03-02',
  amount: -95000,
  reference: 'Miete März Wohnung 3. OG',
  counterparty: { name: 'Hausverwaltung Müller', iban: 'DE44500105175407324931', bic: 'INGDDEFFXXX', bankName: 'ING' },
  category: 'Rent',
  recurring: true,
  source: { bank_transaction_code: { code: 'PMNT', sub_code: 'ICDT', description: 'Dauerauftrag' } },
});

const shop = transaction({
  date: '2024-03-09',
  amount: -8990,
  reference: 'Esprit Online Shop',
  brand: { id: 'esprit', name: 'Esprit', url: 'https://www.esprit.de/', iconUrl: icon },
  categories: [
    { id: 'clothes', name: 'Clothes' },
    { id: 'shopping', name: 'Shopping' },
  ],
  pending: true,
});

async function renderDetail(shown: Transaction | undefined, attributes: { locale?: string; masked?: boolean; theme?: 'light' | 'dark' } = {}): Promise<Xs2aTransactionDetail> {
  return fixture<Xs2aTransactionDetail>(html`<xs2a-transaction-detail
    locale=${attributes.locale ?? 'en-US'}
    ?masked=${attributes.masked ?? false}
    theme=${attributes.theme ?? 'light'}
    .transaction=${shown}
  ></xs2a-transaction-detail>`);
}

const part = (element: Xs2aTransactionDetail, name: string): HTMLElement | null => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Each field as `label: value`, as a reader goes down the list. */
const fields = (element: Xs2aTransactionDetail): string[] =>
  [...element.shadowRoot!.querySelectorAll('[part="field"]')].map((field) => `${plain(field.querySelector('dt')?.textContent)}: ${plain(field.querySelector('dd')?.textContent)}`);

describe('<xs2a-transaction-detail>', () => {
  it('shows every field of a transaction, the IBAN masked until revealed', async () => {
    const element = await renderDetail(rent);
    expect(plain(part(element, 'heading')?.textContent)).to.equal('Hausverwaltung Müller');
    expect(plain(part(element, 'amount')?.textContent)).to.equal('-€950.00');
    expect(plain(part(element, 'date')?.textContent)).to.equal('Fri, Mar 1, 2024 Recurring');
    expect(fields(element)).to.deep.equal([
      'Status: Booked',
      'Booking date: Mar 1, 2024',
      'Value date: Mar 2, 2024',
      'Counterparty: Hausverwaltung Müller IBAN DE44 •••• •••• •••• ••49 31 Show full IBAN BIC: INGDDEFFXXX Bank: ING',
      'Reference: Miete März Wohnung 3. OG',
      'Categories: Rent',
      'Repeats: Recurring payment',
      'Bank transaction code: PMNT ICDT · Dauerauftrag',
    ]);
    const toggle = part(element, 'iban-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(plain(part(element, 'iban')?.textContent)).to.equal('DE44 5001 0517 5407 3249 31');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(plain(toggle.textContent)).to.equal('Mask IBAN');
    // Another transaction's IBAN starts masked again.
    element.transaction = { ...rent, id: 'other' };
    await element.updateComplete;
    expect(plain(part(element, 'iban')?.textContent)).to.equal('DE44 •••• •••• •••• ••49 31');
  });

  it('shows the merchant with its logo and a safe link, pending status and every category', async () => {
    const element = await renderDetail(shop);
    expect(plain(part(element, 'heading')?.textContent)).to.equal('Esprit');
    expect(part(element, 'icon')?.querySelector('img')?.getAttribute('src')).to.equal(icon);
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.esprit.de/');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(plain(link.textContent)).to.equal('www.esprit.de');
    expect(fields(element)).to.include('Status: Pending');
    expect([...element.shadowRoot!.querySelectorAll('[part="chip"]')].map((chip) => chip.textContent)).to.deep.equal(['Clothes', 'Shopping']);
    expect(fields(element)).to.include('Merchant: Espritwww.esprit.de');
    expect(plain(part(element, 'date')?.textContent)).to.equal('Sat, Mar 9, 2024 Pending');
  });

  it('shows the initial until the logo has loaded, and the logo over it once it has', async () => {
    // Far longer than the test: the load is announced by hand below.
    const slow = new URL('/test/slow-image.svg?ms=20000', location.href).href;
    const element = await renderDetail({ ...shop, brand: { ...shop.brand!, iconUrl: slow } });
    const icon = part(element, 'icon')!;
    const logo = icon.querySelector('img')!;
    expect(logo.getAttribute('src')).to.equal(slow);
    // On its way: the initial shows, and nothing paints over it.
    expect(plain(icon.textContent)).to.equal('E');
    expect(getComputedStyle(logo).opacity).to.equal('0');
    logo.dispatchEvent(new Event('load'));
    expect(getComputedStyle(logo).opacity).to.equal('1');
  });

  it('never links or loads a URL that is not http(s), and renders markup in bank data as text', async () => {
    const hostile = transaction({
      amount: -100,
      reference: '<img src=x onerror="window.__xs2aDetailInjected = true">',
      brand: { id: 'x', name: '<b>bold</b>', url: 'javascript:alert(1)', iconUrl: 'data:image/svg+xml,<svg/>' },
    });
    const element = await renderDetail(hostile);
    expect(part(element, 'link')).to.equal(null);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('b')).to.equal(null);
    expect(plain(part(element, 'heading')?.textContent)).to.equal('<b>bold</b>');
    expect(part(element, 'icon')?.textContent).to.equal('B');
    expect((window as { __xs2aDetailInjected?: boolean }).__xs2aDetailInjected).to.equal(undefined);
  });

  it('hides the amount in privacy mode', async () => {
    const element = await renderDetail(rent, { masked: true });
    expect(plain(part(element, 'amount')?.textContent)).to.equal('••••');
    expect(element.shadowRoot!.textContent).not.to.match(/950/);
  });

  it('moves focus to the heading when a transaction is shown', async () => {
    const element = await renderDetail(undefined);
    expect(plain(part(element, 'empty')?.textContent)).to.equal('No transaction selected.');
    element.transaction = rent;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'heading'));
    document.body.focus();
    element.transaction = shop;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'heading'));
  });

  it('fires xs2a-detail-close from the close button and from Escape', async () => {
    const element = await renderDetail(rent);
    const button = part(element, 'close-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Close details');
    const clicked = oneEvent<Xs2aDetailCloseEvent>(element, 'xs2a-detail-close');
    button.click();
    const event = await clicked;
    expect(event.detail.transaction).to.equal(rent);
    expect(event.bubbles && event.composed).to.equal(true);

    const escaped = oneEvent<Xs2aDetailCloseEvent>(element, 'xs2a-detail-close');
    part(element, 'iban-toggle')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect((await escaped).detail.transaction).to.equal(rent);
  });

  it('speaks German and Swedish', async () => {
    const german = await renderDetail(rent, { locale: 'de-DE' });
    expect(fields(german)[0]).to.equal('Status: Gebucht');
    expect(fields(german)[3]).to.match(/^Empfänger\/Zahlungspflichtiger: Hausverwaltung Müller IBAN DE44/);
    expect(plain(part(german, 'amount')?.textContent)).to.equal('-950,00 €');
    expect(part(german, 'close-button')?.getAttribute('aria-label')).to.equal('Details schließen');
    const swedish = await renderDetail(shop, { locale: 'sv-SE' });
    expect(fields(swedish)).to.include('Status: Reserverad');
    expect(fields(swedish)).to.include('Kategorier: ClothesShopping');
  });

  it('is accessible: empty, light, dark and masked', async () => {
    const empty = await renderDetail(undefined);
    await expect(empty).shadowDom.to.be.accessible();
    const element = await renderDetail(shop);
    await expect(element).shadowDom.to.be.accessible();
    element.transaction = rent;
    element.theme = 'dark';
    element.masked = true;
    await element.updateComplete;
    await expect(element).shadowDom.to.be.accessible();
  });
});
