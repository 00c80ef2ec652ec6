/**
 * What the report, the transaction list and the charts share: each formats in its own `locale`,
 * else in the nearest `lang`, and follows that `lang` when the page changes it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/balance-chart/define.js';
import '../../src/category-chart/define.js';
import '../../src/report/define.js';
import '../../src/transaction-list/define.js';
import type { BalancePoint, ExpenseCategory } from '../../src/model/report-model.js';
import { modularReport } from '../fixtures/reports.js';
import { march } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

const categories: ExpenseCategory[] = [
  { id: 'rent', name: 'Rent', amount: { minor: 100_000, currency: 'EUR' } },
  { id: 'groceries', name: 'Groceries', amount: { minor: 40_000, currency: 'EUR' } },
];
const balances: BalancePoint[] = [
  { date: '2024-03-01', balance: { minor: 120_000, currency: 'EUR' } },
  { date: '2024-03-02', balance: { minor: 45_050, currency: 'EUR' } },
];

/** Each element with what it shows in English and in German, as a reader sees its shadow DOM. */
const elements: { tag: string; render: (locale?: string) => TemplateResult; english: string; german: string }[] = [
  {
    tag: 'xs2a-category-chart',
    render: (locale) => html`<xs2a-category-chart locale=${locale ?? ''} .categories=${categories}></xs2a-category-chart>`,
    english: '€1,400.00',
    german: '1.400,00 €',
  },
  {
    tag: 'xs2a-balance-chart',
    render: (locale) => html`<xs2a-balance-chart locale=${locale ?? ''} .balances=${balances}></xs2a-balance-chart>`,
    english: 'Balance over time',
    german: 'Kontostand im Verlauf',
  },
  {
    tag: 'xs2a-transaction-list',
    render: (locale) => html`<xs2a-transaction-list locale=${locale ?? ''} style="--xs2a-list-height: 300px" .transactions=${[...march].reverse()}></xs2a-transaction-list>`,
    // The sticky header's day, and the list's accessible name.
    english: 'Transactions',
    german: 'Umsätze',
  },
  {
    tag: 'xs2a-report',
    render: (locale) => html`<xs2a-report locale=${locale ?? ''} .report=${modularReport()}></xs2a-report>`,
    english: 'Hide amounts',
    german: 'Beträge ausblenden',
  },
];

/** The element's shadow DOM as text, with the accessible names of its parts. */
function shown(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return plain(`${root.textContent} ${labels.join(' ')}`);
}

async function until(element: Element, text: string): Promise<void> {
  await waitUntil(() => shown(element).includes(text), `<${element.localName}> never showed "${text}": ${shown(element).slice(0, 200)}`, { timeout: 3000 });
}

describe('display elements and the page language', () => {
  for (const { tag, render, english, german } of elements) {
    describe(`<${tag}>`, () => {
      it('follows a lang its ancestor changes', async () => {
        const element = await fixture(render());
        const container = element.parentElement!;
        container.lang = 'en';
        await until(element, english);
        container.lang = 'de';
        await until(element, german);
        expect(shown(element)).not.to.contain(english);
      });

      it('follows a lang changed inside the shadow root it sits in', async () => {
        const host = await fixture(html`<div></div>`);
        const shadow = host.attachShadow({ mode: 'open' });
        const section = document.createElement('section');
        section.lang = 'de';
        shadow.append(section);
        const element = await fixture<HTMLElement>(render(), { parentNode: section });
        await until(element, german);
        section.lang = 'en-GB';
        await until(element, english);
      });

      it('follows when moved under another lang', async () => {
        const element = await fixture(render());
        const container = element.parentElement!;
        container.lang = 'en';
        await until(element, english);
        const other = document.createElement('div');
        other.lang = 'de';
        container.after(other);
        other.append(element);
        await until(element, german);
        other.remove();
      });

      it('shows its figures under a lang or locale Intl refuses, as the browser reports under the POSIX locale', async () => {
        for (const locale of ['de-DE@posix', 'de_DE.UTF-8']) {
          const element = await fixture(render(locale));
          await until(element, german);
        }
        const container = await fixture<HTMLElement>(html`<div lang="en-US@posix">${render()}</div>`);
        await until(container.firstElementChild!, english);
        container.lang = '!!';
        document.documentElement.lang = 'de';
        try {
          await until(container.firstElementChild!, german);
        } finally {
          document.documentElement.lang = 'en';
        }
      });

      it('keeps its own locale when the lang around it changes', async () => {
        const element = await fixture(render('en'));
        const container = element.parentElement!;
        container.lang = 'en';
        await until(element, english);
        container.lang = 'de';
        document.documentElement.lang = 'de';
        try {
          // A lang change requests an update only where the locale changes; give one a chance.
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(shown(element)).to.contain(english).and.not.to.contain(german);
        } finally {
          document.documentElement.lang = 'en';
        }
      });
    });
  }

  it("follows the document's lang when no ancestor has one", async () => {
    const element = await fixture(html`<xs2a-category-chart .categories=${categories}></xs2a-category-chart>`);
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'sv';
    try {
      await until(element, 'Utgifter per kategori');
      document.documentElement.lang = 'en';
      await until(element, 'Expenses by category');
    } finally {
      document.documentElement.lang = previous;
    }
  });
});
