import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
  fromDate?: string;
  toDate?: string;
  caption?: string;
}

async function renderChart(categories: ExpenseCategory[], options: Options = {}): Promise<Xs2aCategoryChart> {
  return fixture<Xs2aCategoryChart>(html`<xs2a-category-chart
    locale=${options.locale ?? 'en-US'}
    limit=${options.limit ?? 5}
    currency=${options.currency ?? ''}
    theme=${options.theme ?? 'light'}
    ?masked=${options.masked ?? false}
    from-date=${options.fromDate ?? ''}
    to-date=${options.toDate ?? ''}
    caption=${options.caption ?? ''}
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
/** `formatRange` puts thin spaces around its dash. */
const captionOf = (element: Xs2aCategoryChart): string | undefined => {
  const caption = element.shadowRoot!.querySelector('[part="caption"]');
  return caption ? plain(caption.textContent).replace(/\u2009/g, ' ') : undefined;
};
const totalPart = (element: Xs2aCategoryChart): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('[part="total"]')!;
/** The leaves of the total a sighted user sees: its label and the one form of the amount not faded out. */
const visibleTotalLeaves = (element: Xs2aCategoryChart): HTMLElement[] =>
  [...totalPart(element).querySelectorAll<HTMLElement>('*')].filter((node) => node.children.length === 0 && node.textContent.trim() !== '' && getComputedStyle(node).opacity !== '0');
/** The total as a sighted user reads it. */
const totalOf = (element: Xs2aCategoryChart): string => plain(visibleTotalLeaves(element).map((node) => node.textContent).join(' '));
/** The amount's line: the last visible leaf. */
const totalAmountOf = (element: Xs2aCategoryChart): HTMLElement => visibleTotalLeaves(element).at(-1)!;

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
    expect(totalOf(element)).to.equal('Expenses €2,000.00');
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
    expect(totalOf(element)).to.equal('Utgifter 400,00 kr');
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
    expect(totalOf(element)).to.equal('Expenses ••••');
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

  describe('the total in the donut', () => {
    /** €4,957,805.32 in all, from categories named as the demo bank names them. */
    const large: ExpenseCategory[] = [
      category('groceries', 'Groceries', 450_000_000),
      category('transport', 'Public transport', 30_000_000),
      category('restaurants', 'Restaurants', 15_000_000),
      category('rent', 'Rent', 780_532),
    ];
    const exact: Record<string, string> = { 'en-US': '€4,957,805.32', 'de-DE': '4.957.805,32 €', 'sv-SE': '4 957 805,32 €' };

    /** The chart as the next frame paints it: the total is fitted after layout, before paint. */
    const renderFitted = async (categories: ExpenseCategory[], options: Options): Promise<Xs2aCategoryChart> => {
      const element = await renderChart(categories, options);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return element;
    };

    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    for (const width of [375, 1280]) {
      for (const locale of Object.keys(exact)) {
        it(`shows a large total exactly and on one line, inside the hole, in ${locale} at ${width} px`, async () => {
          await setViewport({ width, height: 800 });
          const element = await renderFitted(large, { locale });
          const amount = totalAmountOf(element);
          expect(plain(amount.textContent)).to.equal(exact[locale]);
          const text = document.createRange();
          text.selectNodeContents(amount);
          const lines = [...text.getClientRects()].filter((rect) => rect.width > 0);
          expect(lines, 'line boxes of the amount').to.have.length(1);
          const lineHeight = parseFloat(getComputedStyle(amount).lineHeight);
          expect(amount.getBoundingClientRect().height).to.be.at.most(1.5 * lineHeight);
          // Inside the hole: the total's box sits within the ring's inner edge.
          const shown = amount.getBoundingClientRect();
          const box = totalPart(element).getBoundingClientRect();
          expect(shown.left).to.be.at.least(box.left - 0.5);
          expect(shown.right).to.be.at.most(box.right + 0.5);
          // Not shrunk past legibility: at least 70 % of the 15.75 px it starts from.
          expect(shown.height).to.be.at.least(0.7 * 0.7 * lineHeight);
          await expect(element).shadowDom.to.be.accessible();
        });
      }
    }

    it('keeps a total of hundreds of thousands whole', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await renderFitted([category('rent', 'Rent', 24_688_380)], { locale: 'en-US' });
      expect(totalOf(element)).to.equal('Expenses €246,883.80');
    });

    it('shows a total too long for the hole in short notation, with the exact figure in its title and accessible text', async () => {
      const element = await renderFitted([category('rent', 'Rent', 123_456_789_012_345)], { locale: 'de-DE' });
      expect(totalOf(element)).to.equal('Ausgaben 1,23 Bio. €');
      expect(plain(totalPart(element).title)).to.equal('Ausgaben 1.234.567.890.123,45 €');
      // The exact figure stays in the accessibility tree; the short one is hidden from it.
      const leaves = [...totalPart(element).querySelectorAll<HTMLElement>('*')].filter((node) => node.children.length === 0);
      const spoken = leaves.filter((node) => !node.closest('[aria-hidden="true"]')).map((node) => plain(node.textContent));
      expect(spoken).to.deep.equal(['Ausgaben', '1.234.567.890.123,45 €']);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('fits a new total after the layout of its frame, reading no layout while it renders', async () => {
      const element = await renderFitted([category('rent', 'Rent', 1_000)], { locale: 'de-DE' });
      const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')!;
      let reads = 0;
      Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
        configurable: true,
        get(this: HTMLElement) {
          reads += 1;
          return offsetWidth.get!.call(this) as number;
        },
      });
      try {
        element.categories = [category('rent', 'Rent', 123_456_789_012_345)];
        await element.updateComplete;
        // A read here would force the frame's layout early, on every filter of a large report.
        expect(reads, 'layout reads during the update').to.equal(0);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        expect(reads, 'layout reads after the frame').to.be.greaterThan(0);
        expect(totalOf(element)).to.equal('Ausgaben 1,23 Bio. €');
      } finally {
        Object.defineProperty(HTMLElement.prototype, 'offsetWidth', offsetWidth);
      }
    });

    it('fits the total again when the donut is resized', async () => {
      const element = await renderFitted(large, { locale: 'de-DE' });
      element.style.setProperty('--xs2a-chart-size', '6rem');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const shown = totalAmountOf(element).getBoundingClientRect();
      const box = totalPart(element).getBoundingClientRect();
      expect(shown.right - shown.left).to.be.at.most(box.width + 0.5);
      expect(totalOf(element)).to.equal('Ausgaben 4,96 Mio. €');
    });
  });

  describe('the legend', () => {
    /** The demo bank's categories, in English and as a German bank would name them. */
    const named: ExpenseCategory[] = [
      category('groceries', 'Groceries', 90_000),
      category('transport', 'Public transport', 80_000),
      category('restaurants', 'Restaurants and delivery', 70_000),
      category('oepnv', 'Öffentliche Verkehrsmittel', 60_000),
      category('delivery', 'Restaurants und Lieferdienste', 50_000),
    ];
    const isCut = (name: Element): boolean => name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight;

    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    // A phone, and at 1280 px a half-width card and the narrowest the report's grid makes.
    const layouts: [number, string][] = [
      [375, 'auto'],
      [1280, '38rem'],
      [1280, '18rem'],
    ];
    for (const [width, cardWidth] of layouts) {
      it(`shows whole names when the card has room for them at ${width} px in a card ${cardWidth} wide`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture<HTMLElement>(html`<div style="width: ${cardWidth}">
          <xs2a-category-chart locale="de-DE" theme="light" .categories=${named}></xs2a-category-chart>
        </div>`);
        const element = wrapper.querySelector('xs2a-category-chart')!;
        await element.updateComplete;
        const names = buttonsOf(element).map((button) => button.querySelector('[part="name"]')!);
        expect(names.map((name) => name.textContent)).to.deep.equal(['Groceries', 'Public transport', 'Restaurants and delivery', 'Öffentliche Verkehrsmittel', 'Restaurants und Lieferdienste']);
        expect(names.filter(isCut).map((name) => name.textContent)).to.deep.equal([]);
        await expect(element).shadowDom.to.be.accessible();
      });
    }

    it('cuts a name only when two lines cannot hold it, and keeps all of it in its title and the button', async () => {
      await setViewport({ width: 375, height: 800 });
      const long = 'Monatliche Daueraufträge an Vereine, Verbände und gemeinnützige Organisationen im In- und Ausland';
      const element = await renderChart([...named, category('clubs', long, 100_000)], { locale: 'de-DE' });
      const button = buttonNamed(element, long);
      const name = button.querySelector<HTMLElement>('[part="name"]')!;
      expect(isCut(name)).to.equal(true);
      expect(name.title).to.equal(long);
      expect(plain(button.textContent)).to.contain(long);
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      expect(name.clientHeight).to.be.at.most(2 * lineHeight + 1);
    });
  });

  describe('the selection, owned by the page', () => {
    it('shows what the page sets, fires the whole new selection on a toggle, and shows what the page answers', async () => {
      const element = await renderChart(spending, { limit: 3 });
      // Travel is one of the categories "Other" stands for.
      const none = await eventsDuring(element, async () => {
        element.selectedIds = ['travel', 'rent'];
        await element.updateComplete;
      });
      expect(none).to.have.length(0);
      expect(buttonsOf(element).map((button) => `${part(button, 'name')}: ${button.getAttribute('aria-pressed')}`)).to.deep.equal([
        'Rent: true',
        'Groceries: false',
        'Clothes: false',
        'Other: mixed',
      ]);

      let idsWhenFired: string[] = [];
      const event = oneEvent<Xs2aCategorySelectEvent>(element, Xs2aCategorySelectEvent.eventName);
      element.addEventListener(
        Xs2aCategorySelectEvent.eventName,
        () => {
          idsWhenFired = [...element.selectedIds];
        },
        { once: true },
      );
      buttonNamed(element, 'Groceries').click();
      const { detail } = await event;
      expect(detail.ids, 'the whole selection, not the id toggled').to.deep.equal(['rent', 'groceries', 'travel']);
      expect(idsWhenFired).to.deep.equal(detail.ids);

      // A page that allows one category at a time answers with the one just pressed.
      const answered = await eventsDuring(element, async () => {
        element.addEventListener(
          Xs2aCategorySelectEvent.eventName,
          () => {
            element.selectedIds = ['clothes'];
          },
          { once: true },
        );
        buttonNamed(element, 'Clothes').click();
        await element.updateComplete;
      });
      expect(answered).to.have.length(1);
      expect(element.selectedIds).to.deep.equal(['clothes']);
      expect(buttonsOf(element).filter((button) => button.getAttribute('aria-pressed') !== 'false').map((button) => part(button, 'name'))).to.deep.equal(['Clothes']);

      const cleared = await eventsDuring(element, async () => {
        element.selectedIds = [];
        await element.updateComplete;
      });
      expect(cleared).to.have.length(0);
      expect(buttonsOf(element).every((button) => button.getAttribute('aria-pressed') === 'false')).to.equal(true);
    });
  });

  describe('what it covers', () => {
    it('names its period under the heading and in the list’s name, in the locale’s words', async () => {
      const cases: [string, string, string][] = [
        ['en-US', 'Mar 1 – 31, 2024', 'Expenses by category, Mar 1 – 31, 2024'],
        ['de-DE', '01.–31.03.2024', 'Ausgaben nach Kategorie, 01.–31.03.2024'],
        ['sv-SE', '1–31 mars 2024', 'Utgifter per kategori, 1–31 mars 2024'],
      ];
      for (const [locale, caption, listName] of cases) {
        const element = await renderChart(spending, { locale, fromDate: '2024-03-01', toDate: '2024-03-31' });
        expect(captionOf(element), locale).to.equal(caption);
        expect(plain(element.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).replace(/\u2009/g, ' '), locale).to.equal(listName);
        await expect(element).shadowDom.to.be.accessible();
      }
    });

    it('takes a caption from the page, and says "since" for a period open at its end', async () => {
      const captioned = await renderChart(spending, { caption: 'Last 90 days', fromDate: '2024-01-01', toDate: '2024-03-31' });
      expect(captionOf(captioned)).to.equal('Last 90 days');
      const open = await renderChart(spending, { locale: 'de-DE', fromDate: '2024-03-01' });
      expect(captionOf(open)).to.equal('Seit 01.03.2024');
      const none = await renderChart(spending);
      expect(captionOf(none)).to.equal(undefined);
      expect(none.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Expenses by category');
    });

    it('says plainly that nothing was spent in a period with no expenses', async () => {
      const element = await renderChart([], { locale: 'sv-SE', fromDate: '2024-03-01', toDate: '2024-03-31' });
      expect(captionOf(element)).to.equal('1–31 mars 2024');
      expect(plain(element.shadowRoot!.querySelector('[part="empty"]')?.textContent)).to.equal('Inga utgifter under perioden.');
      expect(element.shadowRoot!.querySelector('svg, [part="total"]')).to.equal(null);
      await expect(element).shadowDom.to.be.accessible();
      element.theme = 'dark';
      await element.updateComplete;
      await expect(element).shadowDom.to.be.accessible();
    });

    it('draws a single transaction as a whole ring', async () => {
      const element = await renderChart([category('groceries', 'Groceries', 5_873)], { fromDate: '2024-03-14', toDate: '2024-03-14' });
      expect(captionOf(element)).to.equal('Mar 14, 2024');
      expect(entriesOf(element)).to.deep.equal(['Groceries | €58.73 | 100%']);
      expect(totalOf(element)).to.equal('Expenses €58.73');
      const slices = element.shadowRoot!.querySelectorAll<SVGPathElement>('[part="slice"]');
      expect(slices).to.have.length(1);
      // Two half arcs: a single arc cannot end where it starts.
      expect(slices[0]!.getAttribute('d')!.match(/A/g)).to.have.length(2);
      await expect(element).shadowDom.to.be.accessible();
    });
  });

  describe('in dark mode', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    for (const width of [375, 1280]) {
      it(`keeps its text readable at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const element = await renderChart(spending, { theme: 'dark', locale: 'de-DE', fromDate: '2024-03-01', toDate: '2024-03-31' });
        buttonNamed(element, 'Rent').click();
        await element.updateComplete;
        // axe checks the contrast of every text, the pressed entry's included.
        await expect(element).shadowDom.to.be.accessible();
      });
    }
  });
});
