import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/report/define.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const view = (element: Xs2aReport, tag: string): HTMLElement | null => root(element).querySelector<HTMLElement>(tag);
const viewText = (element: Xs2aReport, tag: string, selector: string): string => plain(view(element, tag)?.shadowRoot?.querySelector(selector)?.textContent);

/** The views' place below the list. */
const place = (element: Xs2aReport): HTMLElement => root(element).querySelector<HTMLElement>('[part="insights"]')!;

/** The views come once the page is near them, after the header, the charts and the list. */
async function renderReport(report: unknown = modularReport()): Promise<Xs2aReport> {
  const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" theme="light" .report=${report}></xs2a-report>`);
  await element.updateComplete;
  place(element).scrollIntoView();
  await waitUntil(() => view(element, 'xs2a-affordability'), 'the views never showed', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

describe('<xs2a-report> views', () => {
  it('loads the views only when the page comes near them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div><xs2a-report locale="en-US" .report=${modularReport()}></xs2a-report></div>`);
    const element = wrapper.querySelector<Xs2aReport>('xs2a-report')!;
    await element.updateComplete;
    // Long enough for every idle computation the report starts on its own.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(customElements.get('xs2a-cash-flow'), 'the views were loaded far from view').to.equal(undefined);
    expect(view(element, 'xs2a-cash-flow')).to.equal(null);
    place(element).scrollIntoView();
    await waitUntil(() => view(element, 'xs2a-affordability'), 'the views never showed once in view', { timeout: 5000 });
    expect(customElements.get('xs2a-cash-flow')).not.to.equal(undefined);
  });

  it('shows cash flow, commitments and affordability of the shown account below the list', async () => {
    const element = await renderReport();
    const order = [...root(element).querySelectorAll('xs2a-balance-chart, xs2a-cash-flow, xs2a-commitments, xs2a-affordability, xs2a-transaction-list')].map((node) => node.localName);
    // Below the list: they arrive while idle, and nothing the consumer is reading moves.
    expect(order).to.deep.equal(['xs2a-balance-chart', 'xs2a-transaction-list', 'xs2a-cash-flow', 'xs2a-commitments', 'xs2a-affordability']);
    // March 2024: the salary of 2,500.00 and five card payments of 10.00–10.04 (50.10).
    expect(viewText(element, 'xs2a-cash-flow', '[part="readout"]')).to.equal('March 2024 Income €2,500.00 Spending €50.10 Net +€2,449.90');
    expect(viewText(element, 'xs2a-commitments', '[part="heading"]')).to.equal('Recurring payments and income');
    expect(viewText(element, 'xs2a-affordability', '[part="figure"] dt')).to.equal('Average monthly income');
    // The list renders its rows (and so its focusable row) only once it is in view.
    const list = root(element).querySelector('xs2a-transaction-list')!;
    list.scrollIntoView();
    await waitUntil(() => list.shadowRoot!.querySelector('[role="option"]'), 'no rows', { timeout: 3000 });
    await expect(element).shadowDom.to.be.accessible();
  });

  it('passes privacy mode on to the views', async () => {
    const element = await renderReport();
    const hide = [...root(element).querySelectorAll('button')].find((button) => button.textContent.trim() === 'Hide amounts')!;
    hide.click();
    await element.updateComplete;
    const flow = view(element, 'xs2a-cash-flow') as HTMLElement & { updateComplete: Promise<boolean> };
    await flow.updateComplete;
    expect(viewText(element, 'xs2a-cash-flow', '[part="readout"]')).to.equal('March 2024 Income •••• Spending •••• Net ••••');
  });

  it('shows the balance after each transaction in the list', async () => {
    const element = await renderReport();
    const list = root(element).querySelector('xs2a-transaction-list')!;
    list.scrollIntoView();
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[role="option"] [part="running-balance"]').length > 1, 'no running balance', { timeout: 3000 });
    const salaryRow = [...list.shadowRoot!.querySelectorAll('[role="option"]')].find((row) => plain(row.querySelector('[part="name"]')?.textContent) === 'ACME GmbH')!;
    // BALANCE_OVER_TIME closes 1 March at 2,500.00: the salary was that day's only transaction.
    expect(plain(salaryRow.querySelector('[part="running-balance"]')?.textContent)).to.equal('Balance after €2,500.00');
  });
});

describe('<xs2a-report> all accounts', () => {
  /** The modular report's EUR current account and a USD account with one credit of 100.00 and no balances. */
  function twoCurrencies(): unknown {
    const report = modularReport() as { data: { accounts: unknown[] } };
    report.data.accounts.push({
      insights_account_id: 'account-2',
      refreshed_at: '2024-03-31T08:00:00Z',
      reports: [
        { type: 'ACCOUNT_INFOS', account: { account_alias: 'Dollar account', holder_name: 'Max Mustermann', iban: 'DE02120300000000202051', currency: 'USD' } },
        { type: 'CATEGORIZED_TRANSACTIONSV2', transactions: [{ id: 'usd-1', date: '2024-03-15', amount: { amount: 10000, currency: 'USD' }, type: 'CREDIT', reference: 'Refund', counter_party: { holder_name: 'Shop Inc' } }] },
      ],
    });
    return report;
  }

  it('offers "All accounts" in the switcher and shows totals per currency, never adding them', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" theme="light" .report=${twoCurrencies()}></xs2a-report>`);
    const switcher = root(element).querySelector<HTMLSelectElement>('[part="account-switcher"]')!;
    expect([...switcher.options].map((option) => plain(option.textContent))[0]).to.equal('All accounts');
    switcher.value = '-1';
    switcher.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(plain(root(element).querySelector('[part="header"] h2')?.textContent)).to.equal('All accounts');
    const totals = [...root(element).querySelectorAll('[part="all-accounts"] dl')].map((list) => plain(list.textContent));
    expect(totals).to.deep.equal([
      'EUR 1 account · 6 transactions Income €2,500.00 Expenses €50.10 Net +€2,449.90 Balance €2,400.00',
      'USD 1 account · 1 transaction Income $100.00 Expenses $0.00 Net +$100.00',
    ]);
    await expect(element).shadowDom.to.be.accessible();
    element.masked = true;
    await element.updateComplete;
    expect(plain(root(element).querySelector('[part="all-accounts"]')?.textContent)).to.not.match(/[€$]\d/);
  });

  it('has no "All accounts" entry for a single account', async () => {
    const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" .report=${modularReport()}></xs2a-report>`);
    expect(root(element).querySelector('[part="account-switcher"]')).to.equal(null);
    expect(root(element).querySelector('[part="all-accounts"]')).to.equal(null);
  });
});
