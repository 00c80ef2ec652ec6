import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/report/define.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { girokontoReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

/**
 * One EUR account from 1 October to 31 December 2026: per month a salary, rent, groceries twice
 * and a streaming subscription, so that every month has five transactions.
 */
function lastQuarter() {
  const transactions: unknown[] = [];
  for (const month of ['10', '11', '12']) {
    transactions.push(
      { id: `salary-${month}`, date: `2026-${month}-01`, amount: { amount: 250000, currency: 'EUR' }, type: 'CREDIT', reference: 'Gehalt', counter_party: { holder_name: 'ACME GmbH' }, categories: [{ id: 'salary', name: 'Salary' }] },
      { id: `rent-${month}`, date: `2026-${month}-03`, amount: { amount: 90000, currency: 'EUR' }, type: 'DEBIT', reference: 'Miete', counter_party: { holder_name: 'Hausverwaltung Nord' }, categories: [{ id: 'rent', name: 'Rent' }] },
      { id: `rewe-${month}`, date: `2026-${month}-10`, amount: { amount: 4250, currency: 'EUR' }, type: 'DEBIT', reference: 'Kartenzahlung Rewe', brand: { id: 'rewe', name: 'Rewe' }, categories: [{ id: 'groceries', name: 'Groceries' }] },
      { id: `lidl-${month}`, date: `2026-${month}-20`, amount: { amount: 3110, currency: 'EUR' }, type: 'DEBIT', reference: 'Lidl sagt danke', brand: { id: 'lidl', name: 'Lidl' }, categories: [{ id: 'groceries', name: 'Groceries' }] },
      { id: `netflix-${month}`, date: `2026-${month}-25`, amount: { amount: 1399, currency: 'EUR' }, type: 'DEBIT', reference: 'Netflix', brand: { id: 'netflix', name: 'Netflix' }, categories: [{ id: 'streaming', name: 'Streaming' }] },
    );
  }
  return girokontoReport(transactions, '2026-12-31T08:00:00Z', [
    ['2026-10-01', 300000],
    ['2026-11-01', 310000],
    ['2026-12-31', 320000],
  ]);
}

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const $ = (element: Xs2aReport, selector: string): HTMLElement => root(element).querySelector<HTMLElement>(selector)!;
const coverage = (element: Xs2aReport): string => plain($(element, '[part="coverage"]').textContent);
const fromField = (element: Xs2aReport): HTMLInputElement => $(element, '#report-from-date') as HTMLInputElement;
const toField = (element: Xs2aReport): HTMLInputElement => $(element, '#report-to-date') as HTMLInputElement;
const problemOf = (element: Xs2aReport, field: HTMLInputElement): string | undefined => {
  const id = field.getAttribute('aria-describedby');
  return id ? plain(root(element).getElementById(id)?.textContent) : undefined;
};

async function settle(element: Xs2aReport): Promise<void> {
  await element.updateComplete;
  await root(element).querySelector<Xs2aTransactionList>('xs2a-transaction-list')?.updateComplete;
}

async function showCustomPeriod(element: Xs2aReport): Promise<void> {
  const select = ($(element, '[part="period"]') as HTMLSelectElement);
  select.value = 'custom';
  select.dispatchEvent(new Event('change'));
  await settle(element);
}

/** Types into a field as a person does: select what is there, type, leave with Tab. */
async function typeDate(element: Xs2aReport, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await settle(element);
}

const locales = {
  'en-GB': { placeholder: 'DD/MM/YYYY', from: '01/10/2026', to: '31/12/2026' },
  en: { placeholder: 'MM/DD/YYYY', from: '10/01/2026', to: '12/31/2026' },
  de: { placeholder: 'TT.MM.JJJJ', from: '01.10.2026', to: '31.12.2026' },
  sv: { placeholder: 'ÅÅÅÅ-MM-DD', from: '2026-10-01', to: '2026-12-31' },
};

describe('<xs2a-report> toolbar', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('custom dates in the element’s locale', () => {
    for (const [locale, expected] of Object.entries(locales)) {
      it(`shows From and To as ${locale} writes dates`, async () => {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale} .report=${lastQuarter()}></xs2a-report>`);
        await showCustomPeriod(element);
        expect([fromField(element).placeholder, toField(element).placeholder]).to.deep.equal([expected.placeholder, expected.placeholder]);
        expect([fromField(element).value, toField(element).value], 'the report’s days').to.deep.equal([expected.from, expected.to]);
        // The visible label names each field.
        expect(plain(root(element).querySelector('label[for="report-from-date"]')?.textContent)).to.not.equal('');
      });
    }

    it('sets the period from a German date typed into To, as the coverage line says', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      await typeDate(element, fromField(element), '1.12.2026');
      expect(coverage(element)).to.match(/^01\.–31\.12\.2026 · 5 Umsätze/);
      await typeDate(element, toField(element), '15.12.2026');
      expect(coverage(element)).to.match(/^01\.–15\.12\.2026 · 3 Umsätze/);
      await typeDate(element, toField(element), '31.12.2026');
      expect(coverage(element)).to.match(/^01\.–31\.12\.2026 · 5 Umsätze/);
      expect(toField(element).value).to.equal('31.12.2026');
      expect(toField(element).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('keeps what is being typed while the report renders again', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      const field = fromField(element);
      field.focus();
      field.select();
      await sendKeys({ type: '1.12' });
      element.masked = true;
      await settle(element);
      expect(field.value).to.equal('1.12');
      await sendKeys({ type: '.2026' });
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(field.value).to.equal('01.12.2026');
      expect(coverage(element)).to.match(/^01\.–31\.12\.2026/);
    });

    it('reads other separators and one-digit days, and writes the date back as the locale does', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-GB" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      await typeDate(element, fromField(element), '1-11-2026');
      expect(fromField(element).value).to.equal('01/11/2026');
      expect(coverage(element)).to.match(/^1 Nov – 31 Dec 2026 · 10 transactions/);
    });

    const problems = {
      en: { noSuchDay: 'That day does not exist.', format: 'Enter the date as MM/DD/YYYY.', late: 'Choose a day on or before 12/31/2026.', twoDigits: '12/31/26', february: '02/31/2026', nextYear: '01/01/2027' },
      de: { noSuchDay: 'Diesen Tag gibt es nicht.', format: 'Bitte das Datum als TT.MM.JJJJ eingeben.', late: 'Bitte einen Tag bis zum 31.12.2026 wählen.', twoDigits: '31.12.26', february: '31.02.2026', nextYear: '01.01.2027' },
      sv: { noSuchDay: 'Den dagen finns inte.', format: 'Ange datumet som ÅÅÅÅ-MM-DD.', late: 'Välj en dag till och med 2026-12-31.', twoDigits: '26-12-31', february: '2026-02-31', nextYear: '2027-01-01' },
    };

    for (const [lang, words] of Object.entries(problems)) {
      it(`says in ${lang} why a date cannot be used, and changes nothing`, async () => {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${lastQuarter()}></xs2a-report>`);
        await showCustomPeriod(element);
        const before = coverage(element);
        const count = plain($(element, '[part="result-count"]').textContent);
        const field = toField(element);

        await typeDate(element, field, words.february);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(problemOf(element, field)).to.equal(words.noSuchDay);
        expect(field.value, 'what was typed stays, to be corrected').to.equal(words.february);
        expect(coverage(element)).to.equal(before);
        expect(plain($(element, '[part="result-count"]').textContent)).to.equal(count);
        await expect(element).shadowDom.to.be.accessible();

        await typeDate(element, field, words.twoDigits);
        expect(problemOf(element, field)).to.equal(words.format);
        // The report's own updates keep what was typed and the message.
        element.masked = true;
        await settle(element);
        expect(field.value).to.equal(words.twoDigits);
        expect(problemOf(element, field)).to.equal(words.format);

        await typeDate(element, field, words.nextYear);
        expect(problemOf(element, field)).to.equal(words.late);
        expect(coverage(element)).to.equal(before);

        await typeDate(element, field, locales[lang as keyof typeof locales].to);
        expect(field.hasAttribute('aria-invalid')).to.equal(false);
        expect(field.hasAttribute('aria-describedby')).to.equal(false);
        expect(root(element).querySelector('.date-problem')).to.equal(null);
      });
    }

    it('keeps From on or before To', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      await typeDate(element, toField(element), '30.11.2026');
      await typeDate(element, fromField(element), '01.12.2026');
      expect(problemOf(element, fromField(element))).to.equal('Bitte einen Tag bis zum 30.11.2026 wählen.');
      await typeDate(element, fromField(element), '30.9.2026');
      expect(problemOf(element, fromField(element))).to.equal('Bitte einen Tag ab dem 01.10.2026 wählen.');
      expect(coverage(element)).to.match(/^01\.10\. – 30\.11\.2026/);
    });

    it('empties a field back to the report’s first day', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      await typeDate(element, fromField(element), '01.12.2026');
      fromField(element).focus();
      fromField(element).select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await settle(element);
      expect(fromField(element).value).to.equal('01.10.2026');
      expect(coverage(element)).to.match(/^01\.10\. – 31\.12\.2026/);
    });

    it('opens the browser’s calendar from a named button, and takes the day picked there', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('.date-field button')];
      expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Von: Kalender öffnen', 'Bis: Kalender öffnen']);
      const picker = buttons[0]!.parentElement!.querySelector<HTMLInputElement>('input[type="date"]')!;
      expect([picker.min, picker.max, picker.tabIndex]).to.deep.equal(['2026-10-01', '2026-12-31', -1]);
      // What the browser does when a day is picked.
      picker.value = '2026-11-02';
      picker.dispatchEvent(new Event('change'));
      await settle(element);
      expect(fromField(element).value).to.equal('02.11.2026');
      expect(coverage(element)).to.match(/^02\.11\. – 31\.12\.2026/);
    });
  });

  describe('on a phone', () => {
    for (const lang of ['en', 'de', 'sv']) {
      it(`keeps the toolbar to two short rows in ${lang}, so the list starts on the first screen`, async () => {
        await setViewport({ width: 375, height: 740 });
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${lastQuarter()}></xs2a-report>`);
        const toolbar = $(element, '[part="toolbar"]');
        // Measured 80 px (search, 8 px, one row of controls); it was 124 px in two rows of two.
        expect(toolbar.getBoundingClientRect().height).to.be.at.most(84);
        const list = $(element, 'xs2a-transaction-list');
        await waitUntil(() => list.shadowRoot!.querySelector('[role="option"]'), 'no rows', { timeout: 3000 });
        const firstRow = list.shadowRoot!.querySelector('[role="option"]')!;
        expect(firstRow.getBoundingClientRect().bottom, 'the first transaction is on the first screen').to.be.at.most(740);
        expect(list.getBoundingClientRect().top).to.be.greaterThan($(element, '[part="summary"]').getBoundingClientRect().bottom);

        // Filters, sort and export are icon buttons that keep their words as their names.
        for (const selector of ['[part="filters-button"]', '.sort select', '[part="export"]']) expect($(element, selector).getBoundingClientRect().width, selector).to.be.at.most(44);
        expect(plain($(element, '[part="export"]').textContent)).to.equal({ en: 'Export CSV', de: 'CSV exportieren', sv: 'Exportera CSV' }[lang]);
        expect(plain($(element, '[part="filters-button"]').textContent)).to.equal({ en: 'Filters', de: 'Filter', sv: 'Filter' }[lang]);
        // The period shows its whole name in the room the icons leave.
        const period = ($(element, '[part="period"]') as HTMLSelectElement);
        const context = document.createElement('canvas').getContext('2d')!;
        const style = getComputedStyle(period);
        context.font = `${style.fontSize} ${style.fontFamily}`;
        for (const option of period.options) expect(context.measureText(option.text).width, option.text).to.be.lessThan(period.clientWidth - parseFloat(style.paddingLeft) - 16);
        await expect(element).shadowDom.to.be.accessible();
      });
    }

    it('puts the chips on one line that scrolls sideways, and custom dates side by side', async () => {
      await setViewport({ width: 375, height: 740 });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${lastQuarter()}></xs2a-report>`);
      await showCustomPeriod(element);
      // Measured 180 px: the search, the controls, From and To, the chips. It was 268 px.
      expect($(element, '[part="toolbar"]').getBoundingClientRect().height).to.be.at.most(184);
      expect(fromField(element).getBoundingClientRect().top).to.equal(toField(element).getBoundingClientRect().top);
      const chart = $(element, 'xs2a-category-chart');
      chart.dispatchEvent(new CustomEvent('xs2a-category-select', { detail: { ids: ['groceries', 'rent', 'streaming'] }, bubbles: true, composed: true }));
      await settle(element);
      const chips = [...root(element).querySelectorAll('[part="filter-chips"] > *')];
      expect(chips.length).to.equal(5);
      const middle = (chip: Element): number => Math.round((chip.getBoundingClientRect().top + chip.getBoundingClientRect().bottom) / 2);
      expect(new Set(chips.map(middle)).size, 'one line').to.equal(1);
      const row = $(element, '[part="filter-chips"]');
      expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
      expect(row.getBoundingClientRect().right).to.be.at.most(375);
      await expect(element).shadowDom.to.be.accessible();
    });
  });

  describe('text sizes', () => {
    for (const width of [375, 1280]) {
      for (const lang of ['en', 'de', 'sv']) {
        it(`sets every label of the header, summary and toolbar in 12 px or more at ${width} px in ${lang}`, async () => {
          await setViewport({ width, height: 800 });
          const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${lang} .report=${lastQuarter()}></xs2a-report>`);
          await showCustomPeriod(element);
          await typeDate(element, toField(element), 'x');
          const sizes: Record<string, number> = {};
          for (const part of ['[part="header"]', '[part="coverage"]', '[part="summary"]', '[part="toolbar"]', '[part="result-bar"]']) {
            for (const node of root(element).querySelectorAll(`${part}, ${part} *`)) {
              if (node.closest('dialog') || node.matches('.visually-hidden, .visually-hidden *, svg, svg *')) continue;
              const text = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());
              if (text || node.matches('input:not([type="date"]), select, button')) sizes[`${part} ${node.tagName.toLowerCase()}.${node.className}`] = parseFloat(getComputedStyle(node).fontSize);
            }
          }
          expect(Object.keys(sizes)).to.include.members(['[part="summary"] dt.', '[part="coverage"] p.', '[part="toolbar"] p.date-problem']);
          const small = Object.entries(sizes).filter(([, size]) => size < 12);
          expect(small, 'below 12 px').to.deep.equal([]);
        });
      }
    }
  });
});
