import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/balance-chart/define.js';
import type { Xs2aBalanceChart } from '../../src/balance-chart/xs2a-balance-chart.js';
import type { BalancePoint } from '../../src/model/report-model.js';
import { plain } from '../helpers/text.js';

const point = (date: string, minor: number, currency = 'EUR'): BalancePoint => ({ date, balance: { minor, currency } });

/** Dips below zero on the 3rd and recovers with the salary on the 4th. */
const march: BalancePoint[] = [point('2024-03-01', 120_000), point('2024-03-02', 45_050), point('2024-03-03', -15_000), point('2024-03-04', 260_000), point('2024-03-05', 251_500)];

interface Attributes {
  locale?: string;
  masked?: boolean;
  theme?: string;
  fromDate?: string;
  toDate?: string;
  caption?: string;
}

async function renderChart(balances: BalancePoint[], attributes: Attributes = {}): Promise<Xs2aBalanceChart> {
  return fixture<Xs2aBalanceChart>(html`<xs2a-balance-chart
    locale=${attributes.locale ?? 'en-US'}
    theme=${attributes.theme ?? 'light'}
    ?masked=${attributes.masked ?? false}
    from-date=${attributes.fromDate ?? ''}
    to-date=${attributes.toDate ?? ''}
    caption=${attributes.caption ?? ''}
    .balances=${balances}
  ></xs2a-balance-chart>`);
}

const shadow = (element: Xs2aBalanceChart): ShadowRoot => element.shadowRoot!;
const textOf = (element: Xs2aBalanceChart, selector: string): string => plain(shadow(element).querySelector(selector)?.textContent);
const chartOf = (element: Xs2aBalanceChart): HTMLElement => shadow(element).querySelector<HTMLElement>('[part="chart"]')!;
/** `formatRange` puts thin spaces around its dash. */
const captionOf = (element: Xs2aBalanceChart): string | undefined => {
  const caption = shadow(element).querySelector('[part="caption"]');
  return caption ? plain(caption.textContent).replace(/\u2009/g, ' ') : undefined;
};
const labelOf = (element: Xs2aBalanceChart): string => plain(chartOf(element).getAttribute('aria-label')).replace(/\u2009/g, ' ');
const liveRegion = (element: Xs2aBalanceChart): string => textOf(element, '[aria-live="polite"]');
/** Axis labels as the user reads them: highest, lowest, first day, last day. */
const axesOf = (element: Xs2aBalanceChart): string[] => ['max', 'min', 'start', 'end'].map((name) => textOf(element, `[part="axis ${name}"]`));
const toggleOf = (element: Xs2aBalanceChart): HTMLButtonElement => shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
const tableRows = (element: Xs2aBalanceChart): string[][] =>
  [...shadow(element).querySelectorAll('[part="table"] tr')].map((row) => [...row.children].map((cell) => plain(cell.textContent)));

async function press(element: Xs2aBalanceChart, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('<xs2a-balance-chart>', () => {
  it('labels the first and last day and the lowest and highest balance', async () => {
    const element = await renderChart(march);
    expect(textOf(element, '[part="heading"]')).to.equal('Balance over time');
    expect(axesOf(element)).to.deep.equal(['€2,600.00', '-€150.00', 'Mar 1, 2024', 'Mar 5, 2024']);
    expect(textOf(element, '[part="readout"]')).to.equal('€2,515.00 Mar 5, 2024');
    expect(plain(chartOf(element).getAttribute('aria-label'))).to.equal(
      'Balance from Mar 1, 2024 to Mar 5, 2024: €1,200.00 at the start, €2,515.00 at the end, lowest -€150.00, highest €2,600.00',
    );
    await expect(element).shadowDom.to.be.accessible();
  });

  it('speaks German and Swedish', async () => {
    const german = await renderChart(march, { locale: 'de-DE' });
    expect(textOf(german, '[part="heading"]')).to.equal('Kontostand im Verlauf');
    expect(axesOf(german)).to.deep.equal(['2.600,00 €', '-150,00 €', '01.03.2024', '05.03.2024']);
    expect(plain(chartOf(german).getAttribute('aria-label'))).to.equal(
      'Kontostand vom 01.03.2024 bis 05.03.2024: 1.200,00 € zu Beginn, 2.515,00 € am Ende, niedrigster -150,00 €, höchster 2.600,00 €',
    );
    expect(plain(toggleOf(german).textContent)).to.equal('Als Tabelle anzeigen');

    const swedish = await renderChart([point('2024-03-01', 99_950, 'SEK'), point('2024-03-31', 12_000, 'SEK')], { locale: 'sv-SE' });
    expect(textOf(swedish, '[part="heading"]')).to.equal('Saldo över tid');
    expect(axesOf(swedish)).to.deep.equal(['999,50 kr', '120,00 kr', '1 mars 2024', '31 mars 2024']);
    expect(plain(toggleOf(swedish).textContent)).to.equal('Visa som tabell');
  });

  it('formats yen without minor units', async () => {
    const element = await renderChart([point('2024-03-01', 15_000, 'JPY'), point('2024-03-02', 9_800, 'JPY')]);
    expect(axesOf(element).slice(0, 2)).to.deep.equal(['¥15,000', '¥9,800']);
  });

  it('draws a zero line and tints the part below zero when the balance crosses it', async () => {
    const element = await renderChart(march);
    expect(shadow(element).querySelector('[part="zero-line"]')).not.to.equal(null);
    expect(shadow(element).querySelectorAll('[part="line negative"]')).to.have.length(1);
    expect(shadow(element).querySelectorAll('[part="area negative"]')).to.have.length(1);
    const negative = getComputedStyle(shadow(element).querySelector('[part="line negative"]')!).stroke;
    const positive = getComputedStyle(shadow(element).querySelector('[part="line"]')!).stroke;
    expect(negative).to.equal('rgb(179, 38, 30)');
    expect(positive).to.equal('rgb(11, 87, 208)');

    element.balances = march.map((entry) => point(entry.date, Math.abs(entry.balance.minor)));
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="zero-line"]')).to.equal(null);
    expect(shadow(element).querySelector('[part~="negative"]')).to.equal(null);
  });

  it('moves a cursor with the arrow keys and announces its day and balance', async () => {
    const element = await renderChart(march);
    chartOf(element).focus();
    expect(liveRegion(element)).to.equal('');

    await press(element, 'ArrowRight');
    expect(liveRegion(element)).to.equal('Mar 1, 2024: €1,200.00');
    expect(shadow(element).querySelector('[part~="cursor"]')).not.to.equal(null);
    await press(element, 'ArrowRight');
    expect(liveRegion(element)).to.equal('Mar 2, 2024: €450.50');
    await press(element, 'ArrowRight');
    expect(liveRegion(element)).to.equal('Mar 3, 2024: -€150.00');
    expect(shadow(element).querySelector('[part="cursor negative"]')).not.to.equal(null);
    expect(textOf(element, '[part="readout"]')).to.equal('-€150.00 Mar 3, 2024');
    await expect(element).shadowDom.to.be.accessible();

    await press(element, 'ArrowLeft');
    expect(liveRegion(element)).to.equal('Mar 2, 2024: €450.50');
    await press(element, 'End');
    expect(liveRegion(element)).to.equal('Mar 5, 2024: €2,515.00');
    await press(element, 'ArrowRight');
    expect(liveRegion(element), 'stops at the last day').to.equal('Mar 5, 2024: €2,515.00');
    await press(element, 'Home');
    expect(liveRegion(element)).to.equal('Mar 1, 2024: €1,200.00');
    await press(element, 'Escape');
    expect(shadow(element).querySelector('[part~="cursor"]')).to.equal(null);

    await press(element, 'End');
    chartOf(element).blur();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="cursor"]'), 'leaving the chart drops the cursor').to.equal(null);
  });

  it('starts from the latest day when stepping back', async () => {
    const element = await renderChart(march, { locale: 'de-DE' });
    chartOf(element).focus();
    await press(element, 'ArrowLeft');
    expect(liveRegion(element)).to.equal('05.03.2024: 2.515,00 €');
  });

  it('is reachable with Tab and describes its keys', async () => {
    const element = await renderChart(march);
    expect(chartOf(element).tabIndex).to.equal(0);
    const hint = shadow(element).getElementById(chartOf(element).getAttribute('aria-describedby')!);
    expect(plain(hint?.textContent)).to.contain('Arrow keys');
  });

  it('shows every balance in a table on demand', async () => {
    const element = await renderChart(march);
    const toggle = toggleOf(element);
    expect(plain(toggle.textContent)).to.equal('Show as table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('table')).to.equal(null);

    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).getElementById(toggle.getAttribute('aria-controls')!)?.tagName).to.equal('TABLE');
    expect(tableRows(element)).to.deep.equal([
      ['Date', 'Balance'],
      ['Mar 1, 2024', '€1,200.00'],
      ['Mar 2, 2024', '€450.50'],
      ['Mar 3, 2024', '-€150.00'],
      ['Mar 4, 2024', '€2,600.00'],
      ['Mar 5, 2024', '€2,515.00'],
    ]);
    await expect(element).shadowDom.to.be.accessible();

    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('table')).to.equal(null);
  });

  it('hides balances in privacy mode', async () => {
    const element = await renderChart(march, { masked: true });
    expect(axesOf(element)).to.deep.equal(['••••', '••••', 'Mar 1, 2024', 'Mar 5, 2024']);
    expect(plain(chartOf(element).getAttribute('aria-label'))).to.equal('Balance from Mar 1, 2024 to Mar 5, 2024');
    chartOf(element).focus();
    await press(element, 'Home');
    expect(liveRegion(element)).to.equal('Mar 1, 2024');
    toggleOf(element).click();
    await element.updateComplete;
    expect(tableRows(element)[1]).to.deep.equal(['Mar 1, 2024', '••••']);
    expect(shadow(element).textContent).not.to.contain('1,200');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('says so when there is no balance, and shows a single one with its day', async () => {
    const element = await renderChart([]);
    expect(textOf(element, '[part="empty"]')).to.equal('No balances in this period.');
    expect(shadow(element).querySelector('[part="chart"], [part="readout"], [part="caption"]')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();

    element.locale = 'sv-SE';
    element.balances = [point('2024-03-01', 100)];
    await element.updateComplete;
    expect(textOf(element, '[part="readout"]')).to.equal('1,00 € 1 mars 2024');
    expect(textOf(element, '[part="empty"]')).to.equal('Bara ett saldo under perioden, så det finns ingen kurva att visa.');
    expect(captionOf(element)).to.equal('1 mars 2024');
    expect(shadow(element).querySelector('[part="chart"]')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();

    element.balances = march;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="empty"]')).to.equal(null);
  });

  it('draws years of days through a few hundred points, and the cursor still reaches every day', async () => {
    const start = Date.UTC(2015, 0, 1);
    const days = Array.from({ length: 3_650 }, (_, index) =>
      point(new Date(start + index * 86_400_000).toISOString().slice(0, 10), Math.round(Math.sin(index / 30) * 100_000 + 150_000)),
    );
    const element = await renderChart(days);
    const drawn = [...shadow(element).querySelectorAll('[part~="line"]')].reduce((sum, path) => sum + (path.getAttribute('d')!.match(/[ML]/g)?.length ?? 0), 0);
    expect(drawn).to.be.within(100, 400);
    chartOf(element).focus();
    await press(element, 'End');
    await press(element, 'ArrowLeft');
    expect(liveRegion(element)).to.match(/^Dec 27, 2024: /);
    await press(element, 'PageDown');
    expect(liveRegion(element), 'a week back').to.match(/^Dec 20, 2024: /);
    await press(element, 'PageUp');
    expect(liveRegion(element)).to.match(/^Dec 27, 2024: /);
  });

  it('moves the cursor with the pointer', async () => {
    const element = await renderChart(march);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width * 0.26, clientY: box.top + 5, bubbles: true }));
    await element.updateComplete;
    expect(textOf(element, '[part="readout"]')).to.equal('€450.50 Mar 2, 2024');
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="cursor"]')).to.equal(null);
  });

  it('renders markup in dates as text', async () => {
    const element = await renderChart([point('<b>day one</b>', 100), point('<i>day two</i>', 200)]);
    expect(axesOf(element).slice(2)).to.deep.equal(['<b>day one</b>', '<i>day two</i>']);
    expect(shadow(element).querySelector('b, i')).to.equal(null);
  });

  it('switches to dark colours with theme="dark"', async () => {
    const element = await renderChart(march);
    const line = () => getComputedStyle(shadow(element).querySelector('[part="line"]')!).stroke;
    expect(line()).to.equal('rgb(11, 87, 208)');
    element.theme = 'dark';
    await element.updateComplete;
    expect(line()).to.equal('rgb(168, 199, 250)');
    expect(getComputedStyle(shadow(element).querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(27, 27, 31)');
    toggleOf(element).click();
    await element.updateComplete;
    await expect(element).shadowDom.to.be.accessible();
  });

  describe('what it covers', () => {
    it('names the days of its data under the heading when the page gives no period', async () => {
      const element = await renderChart(march);
      expect(captionOf(element)).to.equal('Mar 1 – 5, 2024');
      const german = await renderChart(march, { locale: 'de-DE' });
      expect(captionOf(german)).to.equal('01.–05.03.2024');
    });

    it('names the period in its caption, axis and accessible name, in en, de and sv', async () => {
      const cases: [string, string, string[], string][] = [
        ['en-US', 'Mar 1 – 31, 2024', ['Mar 1, 2024', 'Mar 31, 2024'], 'Mar 1 – 31, 2024. Balance from Mar 1, 2024 to Mar 5, 2024: '],
        ['de-DE', '01.–31.03.2024', ['01.03.2024', '31.03.2024'], '01.–31.03.2024. Kontostand vom 01.03.2024 bis 05.03.2024: '],
        ['sv-SE', '1–31 mars 2024', ['1 mars 2024', '31 mars 2024'], '1–31 mars 2024. '],
      ];
      for (const [locale, caption, axis, label] of cases) {
        const element = await renderChart(march, { locale, fromDate: '2024-03-01', toDate: '2024-03-31' });
        expect(captionOf(element), locale).to.equal(caption);
        expect(axesOf(element).slice(2), locale).to.deep.equal(axis);
        expect(labelOf(element).startsWith(label), `${locale}: ${labelOf(element)}`).to.equal(true);
        await expect(element).shadowDom.to.be.accessible();
      }
    });

    it('starts the line where the data starts within a wider period', async () => {
      // Balances from the 11th of a 31-day month: the first point is a third of the way in.
      const late = [point('2024-03-11', 1_000), point('2024-03-31', 2_000)];
      const element = await renderChart(late, { fromDate: '2024-03-01', toDate: '2024-03-31' });
      const plot = shadow(element).querySelector<HTMLElement>('.plot')!.getBoundingClientRect();
      chartOf(element).focus();
      await press(element, 'Home');
      const cursor = shadow(element).querySelector<HTMLElement>('[part~="cursor"]')!.getBoundingClientRect();
      const fraction = (cursor.left + cursor.width / 2 - plot.left) / plot.width;
      expect(fraction).to.be.closeTo(1 / 3, 0.01);
      expect(liveRegion(element)).to.equal('Mar 11, 2024: €10.00');
    });

    it('leaves out balances outside the period, and shows what the page calls it', async () => {
      const element = await renderChart(march, { fromDate: '2024-03-02', toDate: '2024-03-04', caption: 'Three days' });
      expect(captionOf(element)).to.equal('Three days');
      expect(axesOf(element)).to.deep.equal(['€2,600.00', '-€150.00', 'Mar 2, 2024', 'Mar 4, 2024']);
      expect(labelOf(element)).to.equal('Three days. Balance from Mar 2, 2024 to Mar 4, 2024: €450.50 at the start, €2,600.00 at the end, lowest -€150.00, highest €2,600.00');
      toggleOf(element).click();
      await element.updateComplete;
      expect(tableRows(element).slice(1).map(([date]) => date)).to.deep.equal(['Mar 2, 2024', 'Mar 3, 2024', 'Mar 4, 2024']);
    });

    it('shows a period with a single day of balances as that balance, and an empty period as empty', async () => {
      const day = await renderChart(march, { locale: 'de-DE', fromDate: '2024-03-04', toDate: '2024-03-04' });
      expect(captionOf(day)).to.equal('04.03.2024');
      expect(textOf(day, '[part="readout"]')).to.equal('2.600,00 € 04.03.2024');
      expect(textOf(day, '[part="empty"]')).to.equal('Nur ein Kontostand in diesem Zeitraum, daher kein Verlauf.');
      await expect(day).shadowDom.to.be.accessible();

      const empty = await renderChart(march, { locale: 'de-DE', fromDate: '2024-04-01', toDate: '2024-04-30' });
      expect(captionOf(empty)).to.equal('01.–30.04.2024');
      expect(textOf(empty, '[part="empty"]')).to.equal('Keine Kontostände in diesem Zeitraum.');
      expect(shadow(empty).querySelector('[part="chart"], [part="readout"]')).to.equal(null);
      await expect(empty).shadowDom.to.be.accessible();
    });

    it('hides a single balance in privacy mode', async () => {
      const element = await renderChart([point('2024-03-04', 260_000)], { masked: true });
      expect(textOf(element, '[part="readout"]')).to.equal('•••• Mar 4, 2024');
      expect(shadow(element).textContent).not.to.contain('2,600');
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
        const element = await renderChart(march, { theme: 'dark', locale: 'de-DE', fromDate: '2024-03-01', toDate: '2024-03-31' });
        chartOf(element).focus();
        await press(element, 'ArrowRight');
        toggleOf(element).click();
        await element.updateComplete;
        // axe checks the contrast of every text: axis labels, caption, readout, table.
        await expect(element).shadowDom.to.be.accessible();
      });
    }
  });
});
