import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/category-chart/define.js';
import { Xs2aCategorySelectEvent } from '../../src/category-chart/events.js';
import type { Xs2aCategoryChart } from '../../src/category-chart/xs2a-category-chart.js';
import type { ExpenseCategory } from '../../src/model/report-model.js';
import { plain } from '../helpers/text.js';


const category = (id: string, name: string | undefined, minor: number, currency = 'EUR'): ExpenseCategory =>
  name === undefined ? { id, amount: { minor, currency } } : { id, name, amount: { minor, currency } };

/** €2,000 in all: rent half of it, groceries a fifth, and a long tail. */
const spending: ExpenseCategory[] = [
  category('groceries', 'Groceries', 40_000),
  category('rent', 'Rent', 100_000),
  category('', undefined, 5_000),
  category('clothes', 'Clothes', 20_000),
  category('travel', 'Travel', 15_000),
  category('fun', 'Entertainment', 10_000),
  category('books', 'Books', 6_000),
  category('gifts', 'Gifts', 4_000),
];

interface Options {
  locale?: string;
  limit?: number;
  currency?: string;
  masked?: boolean;
  theme?: string;
}

async function renderChart(categories: ExpenseCategory[], options: Options = {}): Promise<Xs2aCategoryChart> {
  return fixture<Xs2aCategoryChart>(html`<xs2a-category-chart
    locale=${options.locale ?? 'en-US'}
    limit=${options.limit ?? 5}
    currency=${options.currency ?? ''}
    theme=${options.theme ?? 'light'}
    ?masked=${options.masked ?? false}
    .categories=${categories}
  ></xs2a-category-chart>`);
}

const buttonsOf = (element: Xs2aCategoryChart): HTMLButtonElement[] => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="category"]')];
const part = (root: Element, name: string): string => plain(root.querySelector(`[part="${name}"]`)?.textContent);
/** Each entry as the user reads it: name | amount | share. */
const entriesOf = (element: Xs2aCategoryChart): string[] =>
  buttonsOf(element).map((button) => [part(button, 'name'), part(button, 'amount'), part(button, 'share')].join(' | '));
const buttonNamed = (element: Xs2aCategoryChart, name: string): HTMLButtonElement => buttonsOf(element).find((button) => part(button, 'name') === name)!;
const headingOf = (element: Xs2aCategoryChart): string => plain(element.shadowRoot!.querySelector('[part="heading"]')?.textContent);

/** The select events fired while `action` runs, including the updates it causes. */
async function eventsDuring(element: Xs2aCategoryChart, action: () => Promise<void>): Promise<Event[]> {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  element.addEventListener(Xs2aCategorySelectEvent.eventName, listener);
  await action();
  await element.updateComplete;
  element.removeEventListener(Xs2aCategorySelectEvent.eventName, listener);
  return events;
}

describe('<xs2a-category-chart>', () => {
  it('lists the largest categories and the rest as "Other", with amounts and shares', async () => {
    const element = await renderChart(spending, { limit: 3 });
    expect(headingOf(element)).to.equal('Expenses by category');
    expect(entriesOf(element)).to.deep.equal(['Rent | €1,000.00 | 50%', 'Groceries | €400.00 | 20%', 'Clothes | €200.00 | 10%', 'Other | €400.00 | 20%']);
    expect(plain(element.shadowRoot!.querySelector('[part="total"]')?.textContent)).to.equal('Expenses €2,000.00');
    expect(element.shadowRoot!.querySelectorAll('[part="slice"]')).to.have.length(4);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('names a category without a name "Uncategorized"', async () => {
    const element = await renderChart(spending, { limit: 7 });
    expect(entriesOf(element)).to.include('Uncategorized | €50.00 | 2.5%');
    expect(entriesOf(element).at(-1)).to.equal('Gifts | €40.00 | 2%');
  });

  it('speaks German', async () => {
    const element = await renderChart(spending, { locale: 'de-DE', limit: 6 });
    expect(headingOf(element)).to.equal('Ausgaben nach Kategorie');
    expect(entriesOf(element)).to.deep.equal([
      'Rent | 1.000,00 € | 50 %',
      'Groceries | 400,00 € | 20 %',
      'Clothes | 200,00 € | 10 %',
      'Travel | 150,00 € | 7,5 %',
      'Entertainment | 100,00 € | 5 %',
      'Books | 60,00 € | 3 %',
      'Sonstige | 90,00 € | 4,5 %',
    ]);
  });

  it('speaks Swedish', async () => {
    const element = await renderChart([category('mat', 'Mat', 30_000, 'SEK'), category('', undefined, 10_000, 'SEK')], { locale: 'sv-SE' });
    expect(headingOf(element)).to.equal('Utgifter per kategori');
    expect(entriesOf(element)).to.deep.equal(['Mat | 300,00 kr | 75 %', 'Okategoriserad | 100,00 kr | 25 %']);
    expect(plain(element.shadowRoot!.querySelector('[part="total"]')?.textContent)).to.equal('Utgifter 400,00 kr');
  });

  it('formats yen without minor units', async () => {
    const element = await renderChart([category('food', 'Food', 1_200, 'JPY'), category('rail', 'Rail', 800, 'JPY')]);
    expect(entriesOf(element)).to.deep.equal(['Food | ¥1,200 | 60%', 'Rail | ¥800 | 40%']);
  });

  it('shows the currency spent most in, or the one it is told', async () => {
    const mixed = [...spending, category('sushi', 'Sushi', 900_000, 'JPY')];
    const element = await renderChart(mixed);
    expect(entriesOf(element)).to.deep.equal(['Sushi | ¥900,000 | 100%']);
    element.currency = 'EUR';
    await element.updateComplete;
    expect(entriesOf(element)[0]).to.equal('Rent | €1,000.00 | 50%');
  });

  it('hides amounts in privacy mode but still shows shares', async () => {
    const element = await renderChart(spending, { limit: 3, masked: true });
    expect(entriesOf(element)).to.deep.equal(['Rent | •••• | 50%', 'Groceries | •••• | 20%', 'Clothes | •••• | 10%', 'Other | •••• | 20%']);
    expect(plain(element.shadowRoot!.querySelector('[part="total"]')?.textContent)).to.equal('Expenses ••••');
    expect(element.shadowRoot!.textContent).not.to.contain('1,000');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('selects a category on click and releases it on a second click', async () => {
    const element = await renderChart(spending, { limit: 3 });
    const groceries = buttonNamed(element, 'Groceries');
    expect(groceries.getAttribute('aria-pressed')).to.equal('false');

    let event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    groceries.click();
    const selected = await event;
    expect(selected).to.be.instanceOf(Xs2aCategorySelectEvent);
    expect(selected.detail.ids).to.deep.equal(['groceries']);
    expect(selected.bubbles && selected.composed).to.equal(true);
    await element.updateComplete;
    expect(groceries.getAttribute('aria-pressed')).to.equal('true');
    expect(element.selectedIds).to.deep.equal(['groceries']);
    await expect(element).shadowDom.to.be.accessible();

    event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    groceries.click();
    expect((await event).detail.ids).to.deep.equal([]);
    await element.updateComplete;
    expect(groceries.getAttribute('aria-pressed')).to.equal('false');
  });

  it('keeps several categories selected and reaches the page outside its shadow root', async () => {
    const element = await renderChart(spending, { limit: 3 });
    buttonNamed(element, 'Clothes').click();
    const event = oneEvent<Xs2aCategorySelectEvent>(document.body, Xs2aCategorySelectEvent.eventName);
    buttonNamed(element, 'Rent').click();
    expect((await event).detail.ids).to.deep.equal(['rent', 'clothes']);
  });

  it('selects every category "Other" stands for', async () => {
    const element = await renderChart(spending, { limit: 3 });
    const event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    buttonNamed(element, 'Other').click();
    expect((await event).detail.ids).to.deep.equal(['travel', 'fun', 'books', '', 'gifts']);
    await element.updateComplete;
    expect(buttonNamed(element, 'Other').getAttribute('aria-pressed')).to.equal('true');
  });

  it('toggles with Enter and Space', async () => {
    const element = await renderChart(spending, { limit: 3 });
    buttonNamed(element, 'Rent').focus();

    let event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.ids).to.deep.equal(['rent']);

    event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    await sendKeys({ press: 'Space' });
    expect((await event).detail.ids).to.deep.equal([]);

    await sendKeys({ press: 'Tab' });
    event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
    await sendKeys({ press: 'Space' });
    expect((await event).detail.ids).to.deep.equal(['groceries']);
  });

  it('takes a selection from the page without firing an event', async () => {
    const element = await renderChart(spending, { limit: 3 });
    const events = await eventsDuring(element, async () => {
      element.selectedIds = ['rent', 'fun'];
      await element.updateComplete;
      element.categories = [...spending];
      element.limit = 4;
      await element.updateComplete;
    });
    expect(events).to.have.length(0);
    expect(buttonNamed(element, 'Rent').getAttribute('aria-pressed')).to.equal('true');
    // "Other" now stands for fun, books, '' and gifts, and only one of them is selected.
    expect(buttonNamed(element, 'Other').getAttribute('aria-pressed')).to.equal('mixed');
    expect(buttonNamed(element, 'Groceries').getAttribute('aria-pressed')).to.equal('false');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows an empty state when nothing was spent', async () => {
    const element = await renderChart([]);
    expect(plain(element.shadowRoot!.querySelector('[part="empty"]')?.textContent)).to.equal('No expenses in this period.');
    expect(buttonsOf(element)).to.have.length(0);
    expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();

    element.locale = 'de-DE';
    element.categories = [category('rent', 'Miete', 0)];
    await element.updateComplete;
    expect(plain(element.shadowRoot!.querySelector('[part="empty"]')?.textContent)).to.equal('Keine Ausgaben in diesem Zeitraum.');
  });

  it('renders markup in a category name as text', async () => {
    const name = '<img src="x" onerror="window.__pwned = true"><b>Bold</b>';
    const element = await renderChart([category('evil', name, 1_000)]);
    expect(part(buttonsOf(element)[0]!, 'name')).to.equal(name);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('hides its chart from assistive technology and lets the list speak for it', async () => {
    const element = await renderChart(spending);
    expect(element.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(plain(buttonNamed(element, 'Rent').textContent)).to.equal('Rent €1,000.00 50%');
  });

  it('takes a heading from the page', async () => {
    const element = await fixture<Xs2aCategoryChart>(html`<xs2a-category-chart locale="en-US" .categories=${spending}><h2 slot="heading">Where the money went</h2></xs2a-category-chart>`);
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements().map((heading) => heading.textContent)).to.deep.equal(['Where the money went']);
  });

  it('switches to dark colours with theme="dark"', async () => {
    const element = await renderChart(spending);
    const swatch = () => getComputedStyle(element.shadowRoot!.querySelector('[part="swatch"]')!).backgroundColor;
    const surface = () => getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    expect(swatch()).to.equal('rgb(11, 87, 208)');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    element.theme = 'dark';
    await element.updateComplete;
    expect(swatch()).to.equal('rgb(168, 199, 250)');
    expect(surface()).to.equal('rgb(27, 27, 31)');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('takes chart colours from the page', async () => {
    const element = await fixture<Xs2aCategoryChart>(html`<xs2a-category-chart style="--xs2a-chart-color-1: rgb(1, 2, 3)" .categories=${spending}></xs2a-category-chart>`);
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part="slice"]')!).stroke).to.equal('rgb(1, 2, 3)');
  });
});
