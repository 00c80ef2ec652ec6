import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/report/define.js';
import type { Xs2aCategoryChart } from '../../src/category-chart/xs2a-category-chart.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { girokontoReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

/**
 * One EUR account over three months (January to March 2024): a salary on each 1st, groceries,
 * rent, an insurance of 58.73, and on each 15th 600.00 to the holder's savings, which is an
 * own-account transfer (its counterparty is the account holder).
 */
function threeMonths() {
  const transactions: unknown[] = [];
  const months = ['01', '02', '03'];
  months.forEach((month, index) => {
    transactions.push(
      { id: `salary-${month}`, date: `2024-${month}-01`, amount: { amount: 250000, currency: 'EUR' }, type: 'CREDIT', reference: 'Gehalt', counter_party: { holder_name: 'ACME GmbH' }, categories: [{ id: 'salary', name: 'Salary' }] },
      { id: `rent-${month}`, date: `2024-${month}-03`, amount: { amount: 90000, currency: 'EUR' }, type: 'DEBIT', reference: 'Miete', counter_party: { holder_name: 'Hausverwaltung Nord' }, categories: [{ id: 'rent', name: 'Rent' }] },
      { id: `rewe-${month}`, date: `2024-${month}-10`, amount: { amount: 4000 + index * 1000, currency: 'EUR' }, type: 'DEBIT', reference: 'Kartenzahlung Rewe', brand: { id: 'rewe', name: 'Rewe' }, categories: [{ id: 'groceries', name: 'Groceries' }] },
      { id: `esprit-${month}`, date: `2024-${month}-12`, amount: { amount: 2500, currency: 'EUR' }, type: 'DEBIT', reference: 'Esprit Filiale', brand: { id: 'esprit', name: 'Esprit' }, categories: [{ id: 'clothes', name: 'Clothes' }] },
      { id: `savings-${month}`, date: `2024-${month}-15`, amount: { amount: 60000, currency: 'EUR' }, type: 'DEBIT', reference: 'Sparen', counter_party: { holder_name: 'Max Mustermann' }, categories: [{ id: 'savings', name: 'Savings' }] },
    );
  });
  transactions.push({ id: 'huk', date: '2024-03-20', amount: { amount: 5873, currency: 'EUR' }, type: 'DEBIT', reference: 'HUK-COBURG Beitrag', counter_party: { holder_name: 'HUK-COBURG' }, categories: [{ id: 'insurance', name: 'Insurance' }] });
  return girokontoReport(transactions, '2024-03-31T08:00:00Z', [
    ['2024-01-01', 300000],
    ['2024-02-01', 310000],
    ['2024-03-31', 320000],
  ]);
}

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const $ = (element: Xs2aReport, selector: string): HTMLElement => root(element).querySelector<HTMLElement>(selector)!;
const list = (element: Xs2aReport): Xs2aTransactionList => root(element).querySelector('xs2a-transaction-list')!;
const chart = (element: Xs2aReport): Xs2aCategoryChart => root(element).querySelector('xs2a-category-chart')!;
const period = (element: Xs2aReport): HTMLSelectElement => root(element).querySelector<HTMLSelectElement>('[part="period"]')!;
const summary = (element: Xs2aReport): string[] => [...root(element).querySelectorAll('[part="summary"] dd')].map((dd) => plain(dd.textContent));
const coverage = (element: Xs2aReport): string => plain($(element, '[part="coverage"]').textContent);
const caption = (host: Element): string => plain(host.shadowRoot!.querySelector('[part="caption"]')?.textContent);
const chartNames = (element: Xs2aReport): string[] => [...chart(element).shadowRoot!.querySelectorAll('[part~="category"] [part="name"]')].map((name) => plain(name.textContent));
const chips = (element: Xs2aReport): string[] => [...root(element).querySelectorAll('[part="filter-chip"]')].map((chip) => plain(chip.querySelector('span')?.textContent));

/** The filter controls, opened as a person opens them: their code loads on first use. */
async function openFilters(element: Xs2aReport): Promise<HTMLDialogElement> {
  const shown = root(element).querySelector<HTMLDialogElement>('[part="filters"]');
  if (shown?.open) return shown;
  $(element, '[part="filters-button"]').click();
  await element.updateComplete;
  return root(element).querySelector<HTMLDialogElement>('[part="filters"]')!;
}

const categorySelect = async (element: Xs2aReport): Promise<HTMLSelectElement> => (await openFilters(element)).querySelector('select')!;
const selectedText = (select: HTMLSelectElement): string => plain(select.selectedOptions[0]?.textContent);

async function settle(element: Xs2aReport): Promise<void> {
  await element.updateComplete;
  await (chart(element) as Xs2aCategoryChart | null)?.updateComplete;
  // The list gives way to a message when nothing matches.
  await (list(element) as Xs2aTransactionList | null)?.updateComplete;
}

async function typeSearch(element: Xs2aReport, text: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(element);
}

async function choose(element: Xs2aReport, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(element);
}

async function rowNames(element: Xs2aReport): Promise<string[]> {
  const transactionList = list(element);
  transactionList.scrollIntoView();
  // A row in view: while the list was out of view it kept one row, wherever that is.
  const inView = (row: Element): boolean => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().bottom <= window.innerHeight;
  await waitUntil(() => [...transactionList.shadowRoot!.querySelectorAll('[role="option"]')].some(inView), 'no rows', { timeout: 3000 });
  // Then the rest of the rows in view, once the list has placed them.
  for (let frame = 0; frame < 5; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  return [...transactionList.shadowRoot!.querySelectorAll('[role="option"] [part="name"]')].map((name) => plain(name.textContent));
}

/** The element focus is on, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const languages = {
  en: { zero: ['€0.00', '€0.00', '€0.00'], none: '0 transactions', filtered: 'filtered', transfer: 'Transfer', transferred: '3 transfers not counted' },
  de: { zero: ['0,00 €', '0,00 €', '0,00 €'], none: '0 Umsätze', filtered: 'gefiltert', transfer: 'Umbuchung', transferred: '3 Umbuchungen nicht mitgerechnet' },
  sv: { zero: ['0,00 €', '0,00 €', '0,00 €'], none: '0 transaktioner', filtered: 'filtrerat', transfer: 'Överföring', transferred: '3 överföringar inte medräknade' },
};

describe('<xs2a-report> period, filters and figures', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, words] of Object.entries(languages)) {
    describe(`in ${lang}`, () => {
      it('reads zero in the summary and the donut after a search with no match, and says what they cover', async () => {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${threeMonths()}></xs2a-report>`);
        await typeSearch(element, 'zzzz');
        expect(summary(element)).to.deep.equal(words.zero);
        expect(coverage(element)).to.contain(words.none);
        expect(caption(chart(element))).to.contain(words.filtered);
        expect(chart(element).shadowRoot!.querySelector('[part="empty"]'), 'the donut shows no spending').not.to.equal(null);
        expect(chart(element).shadowRoot!.querySelector('[part="total"]')).to.equal(null);
        await expect(element).shadowDom.to.be.accessible();
      });

      it('marks own-account transfers, leaves them out of the figures, and counts them again when asked', async () => {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${threeMonths()}></xs2a-report>`);
        await rowNames(element);
        const badges = [...list(element).shadowRoot!.querySelectorAll('[part~="transfer"]')].map((badge) => plain(badge.textContent));
        expect(badges.length).to.be.greaterThan(0);
        expect(badges.every((text) => text === words.transfer)).to.equal(true);
        expect(coverage(element)).to.contain(words.transferred);
        expect(chartNames(element)).not.to.include('Savings');
        const expensesWithout = summary(element)[1];

        const toggle = (await openFilters(element)).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
        toggle.click();
        await settle(element);
        expect(chartNames(element)).to.include('Savings');
        expect(coverage(element)).not.to.contain(words.transferred);
        expect(summary(element)[1]).not.to.equal(expensesWithout);
      });
    });
  }

  it('sums expenses without the transfers: 3 × 600.00 more once included', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    // Rent 3 × 900, groceries 40 + 50 + 60, clothes 3 × 25, insurance 58.73.
    expect(summary(element)).to.deep.equal(['€7,500.00', '€2,983.73', '+€4,516.27']);
    (await openFilters(element)).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(element);
    expect(summary(element)).to.deep.equal(['€7,500.00', '€4,783.73', '+€2,716.27']);
  });

  it('changes the summary, both charts and the list together with the period', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    const balance = root(element).querySelector('xs2a-balance-chart')!;
    expect(coverage(element)).to.match(/^Jan 1 – Mar 31, 2024 · 16 transactions/);
    expect(caption(chart(element))).to.equal('Jan 1 – Mar 31, 2024');
    expect(plain($(element, '[part="result-count"]').textContent)).to.equal('16 transactions');

    await choose(element, period(element), 'last-month');
    await balance.updateComplete;
    expect(coverage(element)).to.match(/^Feb 1 – 29, 2024 · 5 transactions/);
    expect(caption(chart(element))).to.equal('Feb 1 – 29, 2024');
    expect(caption(balance)).to.equal('Feb 1 – 29, 2024');
    expect(summary(element)).to.deep.equal(['€2,500.00', '€975.00', '+€1,525.00']);
    expect(plain($(element, '[part="result-count"]').textContent)).to.equal('5 of 16 transactions');
    expect(chips(element)).to.deep.equal(['Last month']);

    await choose(element, period(element), 'this-month');
    expect(coverage(element)).to.match(/^Mar 1 – 31, 2024 · 6 transactions/);
    expect(summary(element)[1]).to.equal('€1,043.73');

    await choose(element, period(element), 'custom');
    const [from, to] = [$(element, '#report-from-date'), $(element, '#report-to-date')] as HTMLInputElement[];
    expect([from!.value, to!.value], 'a custom period starts from the days shown').to.deep.equal(['03/01/2024', '03/31/2024']);
    from!.value = '01/01/2024';
    from!.dispatchEvent(new Event('change'));
    await settle(element);
    to!.value = '01/31/2024';
    to!.dispatchEvent(new Event('change'));
    await settle(element);
    expect(coverage(element)).to.match(/^Jan 1 – 31, 2024 · 5 transactions/);
    expect(chips(element)).to.deep.equal(['Jan 1 – 31, 2024']);
    await rowNames(element);
    await expect(element).shadowDom.to.be.accessible();

    // The period's chip takes it back to all time.
    $(element, '[part="filter-chip"]').click();
    await settle(element);
    expect(root(element).querySelector<HTMLSelectElement>('[part="period"]')!.value).to.equal('all');
    expect(coverage(element)).to.match(/^Jan 1 – Mar 31, 2024/);
  });

  it('keeps the donut, the chips and the category dropdown on one selection', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    const button = (name: string): HTMLButtonElement =>
      [...chart(element).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="category"]')].find((candidate) => plain(candidate.querySelector('[part="name"]')?.textContent) === name)!;
    button('Groceries').click();
    await settle(element);
    button('Clothes').click();
    await settle(element);
    expect(chips(element)).to.deep.equal(['Groceries', 'Clothes']);
    expect(selectedText(await categorySelect(element))).to.equal('2 categories');
    expect(plain($(element, '[part="filters-button"] .filter-count').textContent), 'the categories are one active filter').to.equal('1');
    expect(summary(element)[1]).to.equal('€225.00');

    // Removing a chip unpicks it in the donut.
    [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter-chip"]')][1]!.click();
    await settle(element);
    expect(button('Clothes').getAttribute('aria-pressed')).to.equal('false');
    expect(button('Groceries').getAttribute('aria-pressed')).to.equal('true');
    expect(selectedText(await categorySelect(element))).to.equal('Groceries');

    // The dropdown picks in the donut.
    await choose(element, await categorySelect(element), 'rent');
    expect(button('Rent').getAttribute('aria-pressed')).to.equal('true');
    expect(button('Groceries').getAttribute('aria-pressed')).to.equal('false');
    expect(chips(element)).to.deep.equal(['Rent']);

    await choose(element, await categorySelect(element), '*');
    expect(chips(element)).to.deep.equal([]);
    expect(chart(element).selectedIds).to.deep.equal([]);
  });

  it('shows each filter as a chip with an accessible name, which removes it', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    const [min] = [...(await openFilters(element)).querySelectorAll<HTMLInputElement>('input[type="number"]')];
    min!.value = '50';
    min!.dispatchEvent(new Event('change'));
    await choose(element, [...(await openFilters(element)).querySelectorAll<HTMLSelectElement>('select')][1]!, 'debit');
    expect(chips(element)).to.deep.equal(['Expenses', 'From €50.00']);
    const names = [...root(element).querySelectorAll('[part="filter-chip"]')].map((chip) => chip.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Remove filter: Expenses', 'Remove filter: From €50.00']);
    // Rent × 3, savings × 3 (transfers stay in the list), Rewe 50.00 and 60.00, the insurance.
    expect(plain($(element, '[part="result-count"]').textContent)).to.equal('9 of 16 transactions');
    await rowNames(element);
    await expect(element).shadowDom.to.be.accessible();

    [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter-chip"]')][1]!.click();
    await settle(element);
    expect(min!.value).to.equal('');
    expect(chips(element)).to.deep.equal(['Expenses']);
    [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter-chips"] button')].at(-1)!.click();
    await settle(element);
    expect(root(element).querySelector('[part="filter-chips"]')).to.equal(null);
    expect(plain($(element, '[part="result-count"]').textContent)).to.equal('16 transactions');
  });

  it('finds an amount as German writes it', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${threeMonths()}></xs2a-report>`);
    await typeSearch(element, '58,73');
    expect(await rowNames(element)).to.deep.equal(['HUK-COBURG']);
    expect(summary(element)[1]).to.equal('58,73 €');
  });

  it('sorts the largest income first, then every expense largest first', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    const sort = [...root(element).querySelectorAll<HTMLSelectElement>('[part="toolbar"] select')].find((select) => select.querySelector('option[value="newest"]'))!;
    await choose(element, sort, 'largest-income');
    const names = await rowNames(element);
    expect(names.slice(0, 6)).to.deep.equal(['ACME GmbH', 'ACME GmbH', 'ACME GmbH', 'Hausverwaltung Nord', 'Hausverwaltung Nord', 'Hausverwaltung Nord']);
    await choose(element, sort, 'largest-expense');
    expect((await rowNames(element))[0]).to.equal('Hausverwaltung Nord');
  });

  it('exports CSV in German: `;`, decimal commas, a byte order mark, and a file named for the account and the period', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${threeMonths()}></xs2a-report>`);
    await choose(element, period(element), 'last-month');
    const saved: { name: string; blob?: Blob }[] = [];
    // The download's seam: the link it clicks (its own `click` shadows HTMLElement's) and the blob it links to.
    const { prototype } = HTMLAnchorElement;
    const originalCreate = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const create = URL.createObjectURL.bind(URL);
    let blob: Blob | undefined;
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (object: Blob): string => {
        blob = object;
        return create(object);
      },
    });
    Object.defineProperty(prototype, 'click', {
      configurable: true,
      value(this: HTMLAnchorElement) {
        saved.push({ name: this.download, blob });
      },
    });
    try {
      $(element, '[part="export"]').click();
      // The export's code loads on first use; the report is drawn, and the file saved, when this resolves.
      await element.updateComplete;
    } finally {
      Reflect.deleteProperty(prototype, 'click');
      Object.defineProperty(URL, 'createObjectURL', originalCreate);
    }
    expect(saved.map((file) => file.name)).to.deep.equal(['transactions-DE89…3000-2024-02-01-2024-02-29.csv']);
    const bytes = new Uint8Array(await saved[0]!.blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await element.toCsv()).slice(1).trim().split('\r\n');
    expect(lines[0]).to.match(/^Datum;/);
    expect(lines).to.have.length(6);
    expect(lines.some((line) => line.includes(';-600,00;EUR;'))).to.equal(true);
  });

  it('disables Export when nothing is shown, and it looks disabled', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
    const exportButton = root(element).querySelector<HTMLButtonElement>('[part="export"]')!;
    const enabled = getComputedStyle(exportButton).color;
    await typeSearch(element, 'zzzz');
    expect(exportButton.disabled).to.equal(true);
    expect(getComputedStyle(exportButton).color).not.to.equal(enabled);
  });

  describe('the Filters button', () => {
    it('opens a modal sheet on a phone that keeps focus, closes on Escape and gives focus back', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
      const button = root(element).querySelector<HTMLButtonElement>('[part="filters-button"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = root(element).querySelector<HTMLDialogElement>('[part="filters"]')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(dialog.contains(deepActive())).to.equal(true);
      // The sheet sits at the bottom of the screen, across its width.
      const box = dialog.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(375);
      expect(Math.round(box.bottom)).to.equal(800);
      await expect(element).shadowDom.to.be.accessible();
      for (let step = 0; step < 12; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        // Focus may pass through the browser's own UI between the last and first control; never to the page.
        if (active && active !== document.body) expect(dialog.contains(active), `Tab ${step + 1} stays in the sheet`).to.equal(true);
      }
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(deepActive()).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens a panel under the controls on a wide screen, which Escape closes', async () => {
      await setViewport({ width: 1280, height: 800 });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${threeMonths()}></xs2a-report>`);
      const button = root(element).querySelector<HTMLButtonElement>('[part="filters-button"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = root(element).querySelector<HTMLDialogElement>('[part="filters"]')!;
      expect(dialog.open && !dialog.matches(':modal')).to.equal(true);
      expect(dialog.getBoundingClientRect().top).to.be.greaterThan(button.getBoundingClientRect().bottom - 1);
      expect(dialog.contains(deepActive())).to.equal(true);
      await expect(element).shadowDom.to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(deepActive()).to.equal(button);
    });
  });

  describe('the toolbar', () => {
    it('takes six Tab stops between the charts and the list, and the list one', async () => {
      await setViewport({ width: 1280, height: 800 });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${threeMonths()}></xs2a-report>`);
      await rowNames(element);
      $(element, '[part="header"] .link-button').focus();
      const stops: string[] = [];
      for (let step = 0; step < 40; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (list(element).shadowRoot!.contains(active)) break;
        stops.push(root(element).contains(active) ? (active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? '') : 'chart');
      }
      const toolbar = stops.filter((stop) => stop !== 'chart');
      expect(toolbar).to.deep.equal(['input', 'period', 'filters-button', 'select', 'export', 'button']);
      // Tab from the list leaves it: the rows are one stop.
      await sendKeys({ press: 'Tab' });
      expect(list(element).shadowRoot!.contains(deepActive())).to.equal(false);
    });

    for (const width of [375, 1280]) {
      for (const lang of ['en', 'de', 'sv']) {
        it(`shows the whole search placeholder and two text sizes at ${width} px in ${lang}`, async () => {
          await setViewport({ width, height: 800 });
          const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${threeMonths()}></xs2a-report>`);
          const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          expect(context.measureText(input.placeholder).width).to.be.lessThan(room);
          // With a filter on, so the chips show too.
          await choose(element, period(element), 'last-month');
          const sizes = new Set<string>();
          for (const part of ['toolbar', 'result-bar']) {
            for (const node of root(element).querySelectorAll(`[part="${part}"], [part="${part}"] *`)) {
              if (node.closest('dialog') || node.matches('.visually-hidden, .visually-hidden *')) continue;
              if ([...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) || node.matches('input, select, button')) sizes.add(getComputedStyle(node).fontSize);
            }
          }
          expect([...sizes].sort()).to.deep.equal(['12px', '14px']);
          // The four controls take one row, on a phone too.
          const controls = [...root(element).querySelectorAll('.controls > *')].filter((node) => node.tagName !== 'DIALOG');
          const rows = new Set(controls.map((node) => Math.round(node.getBoundingClientRect().top)));
          expect(rows.size).to.equal(1);
        });
      }
    }
  });
});
