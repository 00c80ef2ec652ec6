import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/report/define.js';
import type { Xs2aErrorEvent } from '../../src/connect/events.js';
import type { Xs2aReportLoadEvent } from '../../src/report/events.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { modularReport } from '../fixtures/reports.js';
import { categorizedTransactions } from '../fixtures/seed-examples.js';
import { deferred, installFakeBackend, json, type FakeBackend } from './helpers/fake-backend.js';
import { plain } from '../helpers/text.js';


/** A modular report: one account with every module, in EUR. */
const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const list = (element: Xs2aReport): Xs2aTransactionList => root(element).querySelector('xs2a-transaction-list')!;
const listNames = async (element: Xs2aReport): Promise<string[]> => {
  const transactionList = list(element);
  // The list renders only rows near the viewport.
  transactionList.scrollIntoView();
  await transactionList.updateComplete;
  await waitUntil(() => transactionList.shadowRoot!.querySelector('[role="option"]'), 'no rows', { timeout: 3000 });
  return [...transactionList.shadowRoot!.querySelectorAll('[role="option"] [part="name"]')].map((name) => name.textContent);
};
const resultCount = (element: Xs2aReport): string => plain(root(element).querySelector('[part="result-count"]')?.textContent);

async function typeSearch(element: Xs2aReport, text: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function choose(element: Xs2aReport, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Opens the filter controls as a person does: their code loads on first use. */
async function openFilters(element: Xs2aReport): Promise<void> {
  root(element).querySelector<HTMLButtonElement>('[part="filters-button"]')!.click();
  await element.updateComplete;
}

const selectLabelled = (element: Xs2aReport, label: string): HTMLSelectElement =>
  [...root(element).querySelectorAll('label')].find((candidate) => candidate.textContent.trim().startsWith(label))!.querySelector('select')!;

describe('<xs2a-report>', () => {

  describe('with a report property', () => {
    it('renders the example of Klarna\'s "Categorized Transactions Report": Esprit in Clothes, Rewe in Groceries', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${categorizedTransactions.response}></xs2a-report>`);
      expect(await listNames(element)).to.deep.equal(['Esprit', 'Rewe']);
      const rows = [...list(element).shadowRoot!.querySelectorAll('[role="option"]')];
      expect(rows.map((row) => row.querySelector('[part="chip"]')?.textContent)).to.deep.equal(['Clothes', 'Groceries']);
      expect(resultCount(element)).to.equal('2 transactions');
      await expect(element).shadowDom.to.be.accessible();
    });

    it('renders a modular report with header, summary and both charts', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de-DE" .report=${modularReport()}></xs2a-report>`);
      const header = root(element).querySelector('[part="header"]')!;
      expect(header.querySelector('h2')?.textContent).to.equal('Girokonto');
      expect(plain(header.textContent)).to.contain('Max Mustermann');
      expect(plain(header.textContent)).to.contain('DE89 •••• •••• •••• ••30 00');
      const summary = [...root(element).querySelectorAll('[part="summary"] dd')].map((dd) => plain(dd.textContent));
      expect(summary).to.deep.equal(['2.500,00 €', '50,10 €', '+2.449,90 €']);
      expect(root(element).querySelector('xs2a-category-chart')).not.to.equal(null);
      expect(root(element).querySelector('xs2a-balance-chart')).not.to.equal(null);
      expect(resultCount(element)).to.equal('6 Umsätze');
    });

    it('fires xs2a-report-load once a report the page sets shows, with the normalized report', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const report = modularReport() as { data: { accounts: { reports: unknown[] }[] } };
      report.data.accounts[0]!.reports.push({ type: 'INCOME_INSIGHTS', income: [] });
      const loaded = oneEvent<Xs2aReportLoadEvent>(element, 'xs2a-report-load');
      element.report = report;
      const event = await loaded;
      expect(event.bubbles && event.composed, 'bubbles out of shadow roots').to.equal(true);
      expect(event.detail.report).to.equal(element.normalizedReport);
      expect(event.detail.report.generation).to.equal('modular');
      expect(event.detail.unknownModules).to.deep.equal(['INCOME_INSIGHTS']);
      // Fired after the render: the report is on screen when a listener looks.
      expect(resultCount(element)).to.equal('6 transactions');
    });

    it('fires one xs2a-report-load per report the page sets, and none for other properties or a cleared report', async () => {
      const fired: string[] = [];
      const element = await fixture<Xs2aReport>(html`<xs2a-report
        locale="en"
        .report=${modularReport()}
        @xs2a-report-load=${() => fired.push('load')}
        @xs2a-error=${() => fired.push('error')}
      ></xs2a-report>`);
      expect(fired).to.deep.equal(['load']);
      element.report = categorizedTransactions.response;
      element.masked = true;
      await element.updateComplete;
      expect(await listNames(element)).to.deep.equal(['Esprit', 'Rewe']);
      expect(fired).to.deep.equal(['load', 'load']);
      element.masked = false;
      await element.updateComplete;
      element.report = undefined;
      await element.updateComplete;
      expect(fired).to.deep.equal(['load', 'load']);
    });

    it('says there is no report yet without one, accessibly', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de"></xs2a-report>`);
      expect(plain(root(element).querySelector('[part~="status"]')?.textContent)).to.equal('Noch kein Bericht Verbinden Sie Ihre Bank, um hier Ihre Umsätze zu sehen.');
      await expect(element).shadowDom.to.be.accessible();
    });

    it('says when no transaction matches, accessibly, in dark mode too', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" theme="dark" .report=${modularReport()}></xs2a-report>`);
      await typeSearch(element, 'no such shop');
      expect(plain(root(element).querySelector('[part~="status"]')?.textContent)).to.equal('No transactions match these filters.');
      expect(resultCount(element)).to.equal('0 of 6 transactions');
      await expect(element).shadowDom.to.be.accessible();
    });

    it('reveals the full IBAN on request', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport()}></xs2a-report>`);
      const toggle = root(element).querySelector<HTMLButtonElement>('.iban button')!;
      toggle.click();
      await element.updateComplete;
      expect(plain(root(element).querySelector('.iban span')?.textContent)).to.equal('DE89 3704 0044 0532 0130 00');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    });

    it('renders a per-report response', async () => {
      const report = {
        data: {
          reports: [
            {
              type: 'CATEGORIZED_TRANSACTIONSV2',
              insights_consumer_id: 'c',
              insights_account_ids: ['a'],
              transactions: [{ insights_transaction_id: 'x', booking_date: '2024-01-02', amount: { amount: 500, currency: 'SEK' }, type: 'DEBIT', reference: 'ICA Kvantum' }],
            },
          ],
        },
      };
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="sv-SE" .report=${report}></xs2a-report>`);
      expect(await listNames(element)).to.deep.equal(['ICA Kvantum']);
      expect(resultCount(element)).to.equal('1 transaktion');
    });

    it('shows an invalid report as a plain sentence with no retry, and fires xs2a-error invalid-response with the path', async () => {
      const errors: Xs2aErrorEvent[] = [];
      let loads = 0;
      const element = await fixture<Xs2aReport>(html`<xs2a-report
        locale="en"
        .report=${{ data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 'x' }] }] } }}
        @xs2a-error=${(event: Xs2aErrorEvent) => errors.push(event)}
        @xs2a-report-load=${() => (loads += 1)}
      ></xs2a-report>`);
      const status = root(element).querySelector('[part~="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(plain(status.textContent)).to.equal("This report can't be shown: its data is incomplete or in a format we don't know.");
      expect(status.querySelector('button')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]!.bubbles && errors[0]!.composed, 'bubbles out of shadow roots').to.equal(true);
      expect(errors[0]!.detail).to.include({ code: 'invalid-response', path: 'data.accounts[0].transactions[0].date' });
      expect(errors[0]!.detail.message).to.contain('data.accounts[0].transactions[0].date');
      expect(loads).to.equal(0);
      expect(element.normalizedReport).to.equal(undefined);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('fires xs2a-error invalid-response when a report the page sets later cannot be read', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport()}></xs2a-report>`);
      const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
      element.report = 'not a report';
      const { detail } = await failed;
      expect(detail.code).to.equal('invalid-response');
      expect(detail.path).to.be.a('string').and.not.equal('');
      expect(root(element).querySelector('[part~="status"]')?.getAttribute('role')).to.equal('alert');
    });
  });

  describe('search, filters and sort', () => {
    it('searches and counts the results, and clears the filters', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      await typeSearch(element, 'edeka');
      expect(resultCount(element)).to.equal('2 of 12 transactions');
      expect(await listNames(element)).to.deep.equal(['Edeka', 'Edeka']);
      const clear = [...root(element).querySelectorAll('button')].find((button) => button.textContent.trim() === 'Clear filters')!;
      clear.click();
      await element.updateComplete;
      expect(resultCount(element)).to.equal('12 transactions');
      expect(root(element).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    });

    it('filters by category and by income or expense', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      await openFilters(element);
      await choose(element, selectLabelled(element, 'Category'), 'groceries');
      expect(resultCount(element)).to.equal('6 of 12 transactions');
      await choose(element, selectLabelled(element, 'Category'), '*');
      await choose(element, selectLabelled(element, 'Type'), 'credit');
      expect(await listNames(element)).to.deep.equal(['ACME GmbH']);
      const summary = [...root(element).querySelectorAll('[part="summary"] dd')].map((dd) => plain(dd.textContent));
      expect(summary).to.deep.equal(['€2,500.00', '€0.00', '+€2,500.00']);
    });

    it('filters by the category picked in the chart', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      const chart = root(element).querySelector('xs2a-category-chart')!;
      chart.dispatchEvent(new CustomEvent('xs2a-category-select', { detail: { ids: ['clothes', 'streaming'] }, bubbles: true, composed: true }));
      await element.updateComplete;
      expect(resultCount(element)).to.equal('4 of 12 transactions');
    });

    it('filters by amount and date range', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      await choose(element, root(element).querySelector<HTMLSelectElement>('[part="period"]')!, 'custom');
      const [from, to] = ['#report-from-date', '#report-to-date'].map((id) => root(element).querySelector<HTMLInputElement>(id));
      from!.value = '03/03/2024';
      from!.dispatchEvent(new Event('change'));
      to!.value = '03/05/2024';
      to!.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(resultCount(element)).to.equal('3 of 12 transactions');
      await openFilters(element);
      const [min] = [...root(element).querySelectorAll<HTMLInputElement>('input[type="number"]')];
      min!.value = '10.02';
      min!.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(resultCount(element)).to.equal('2 of 12 transactions');
    });

    it('sorts by amount without day headers', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport()}></xs2a-report>`);
      await choose(element, selectLabelled(element, 'Sort'), 'largest-income');
      expect((await listNames(element))[0]).to.equal('ACME GmbH');
      expect(list(element).groupBy).to.equal('none');
      await choose(element, selectLabelled(element, 'Sort'), 'largest-expense');
      expect((await listNames(element))[0]).to.equal('Lidl');
    });

    it('masks amounts in privacy mode', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport()}></xs2a-report>`);
      const toggle = [...root(element).querySelectorAll('button')].find((button) => button.textContent.trim() === 'Hide amounts')!;
      toggle.click();
      await element.updateComplete;
      expect(element.masked).to.equal(true);
      expect(element.hasAttribute('masked')).to.equal(true);
      expect(plain(root(element).querySelector('[part="summary"]')?.textContent)).not.to.contain('€');
      expect(list(element).masked).to.equal(true);
      // The list draws rows only near the viewport, and a listbox without rows is not reachable.
      await listNames(element);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('exports the visible transactions as CSV', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      await typeSearch(element, 'netflix');
      const lines = (await element.toCsv()).trim().split('\r\n');
      expect(lines).to.have.length(3);
      expect(lines[1]).to.equal('2024-03-11,,,-10.09,EUR,Expense,,,Kartenzahlung Netflix,Streaming,Netflix,No,No,t9');
      expect(lines[2]).to.equal('2024-03-05,,,-10.03,EUR,Expense,,,Kartenzahlung Netflix,Streaming,Netflix,No,No,t3');
    });

    it('keeps the DOM small with 10,000 transactions', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(10_000)}></xs2a-report>`);
      await listNames(element);
      const rows = list(element).shadowRoot!.querySelectorAll('[role="option"]').length;
      expect(rows).to.be.lessThan(100);
      expect(resultCount(element)).to.equal('10,000 transactions');
    });
  });

  describe('fetching from the host backend', () => {
    let backend: FakeBackend | undefined;
    afterEach(() => {
      backend?.restore();
      backend = undefined;
    });

    it('posts the report request and fires xs2a-report-load', async () => {
      backend = installFakeBackend(() => json(200, modularReport()));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const loaded = oneEvent<Xs2aReportLoadEvent>(element, 'xs2a-report-load');
      Object.assign(element, { endpoint: '/api', accountIds: 'account-1 account-2', fromDate: '2024-03-01', consumerId: 'consumer-1' });
      const event = await loaded;
      expect(event.detail.report.accounts[0]!.id).to.equal('account-1');
      expect(backend.requests.map(({ method, path, body }) => ({ method, path, body }))).to.deep.equal([
        {
          method: 'POST',
          path: '/api/reports',
          body: { insights_consumer_id: 'consumer-1', insights_account_ids: ['account-1', 'account-2'], from_date: '2024-03-01' },
        },
      ]);
      await element.updateComplete;
      expect(resultCount(element)).to.equal('6 transactions');
      expect(event.detail.unknownModules, 'every module known').to.deep.equal([]);
    });

    it('fires xs2a-report-load for a fetched report once it shows: a listener finds it rendered', async () => {
      backend = installFakeBackend(() => json(200, modularReport(12)));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const seen: { count: string; listed: number; loading: boolean }[] = [];
      element.addEventListener('xs2a-report-load', () => {
        seen.push({ count: resultCount(element), listed: list(element).transactions.length, loading: root(element).querySelector('[aria-busy="true"]') !== null });
      });
      const loaded = oneEvent(element, 'xs2a-report-load');
      Object.assign(element, { endpoint: '/api', consumerId: 'c' });
      await loaded;
      expect(seen).to.deep.equal([{ count: '12 transactions', listed: 12, loading: false }]);
    });

    it('fires xs2a-error for a failed fetch once the error shows, with its retry', async () => {
      backend = installFakeBackend(() => json(503, { error: { code: 'UPSTREAM', message: 'Klarna is down' } }));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const seen: string[] = [];
      element.addEventListener('xs2a-error', () => {
        seen.push(plain(root(element).querySelector('[role="alert"]')?.textContent));
      });
      const failed = oneEvent(element, 'xs2a-error');
      Object.assign(element, { endpoint: '/api', consumerId: 'c' });
      await failed;
      expect(seen).to.have.length(1);
      expect(seen[0]).to.equal("Your transactions can't be loaded right now. Please try again in a moment. Try again");
    });

    it('names the report modules it does not show in xs2a-report-load, and keeps them in the report', async () => {
      const report = modularReport() as { data: { accounts: { reports: unknown[] }[] } };
      report.data.accounts[0]!.reports.push({ type: 'INCOME_INSIGHTS', income: [] }, { type: 'INCOME_INSIGHTS', income: [] });
      backend = installFakeBackend(() => json(200, report));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const loaded = oneEvent<Xs2aReportLoadEvent>(element, 'xs2a-report-load');
      Object.assign(element, { endpoint: '/api', consumerId: 'consumer-1' });
      const event = await loaded;
      expect(event.detail.unknownModules).to.deep.equal(['INCOME_INSIGHTS']);
      expect(event.detail.report.unknownModules).to.have.length(2);
      await element.updateComplete;
      expect(resultCount(element)).to.equal('6 transactions');
    });

    it('shows loading while it waits', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" endpoint="/api" consumer-id="c"></xs2a-report>`);
      await waitUntil(() => root(element).querySelector('[aria-busy="true"]'), 'no loading state');
      expect(plain(root(element).textContent)).to.equal('Loading your transactions');
      await expect(element).shadowDom.to.be.accessible();
      answer.resolve(json(200, modularReport()));
      await oneEvent(element, 'xs2a-report-load');
    });

    it('reports an HTTP error, offers a retry, and loads on retry', async () => {
      let calls = 0;
      backend = installFakeBackend(() => (++calls === 1 ? json(500, { error: { code: 'UPSTREAM', message: 'Klarna is down' } }) : json(200, modularReport())));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
      Object.assign(element, { endpoint: '/api', consumerId: 'c' });
      const error = await failed;
      expect(error.detail).to.include({ code: 'http', status: 500 });
      expect(error.detail.message).to.contain('Klarna is down');
      await element.updateComplete;
      await expect(element).shadowDom.to.be.accessible();
      const loaded = oneEvent(element, 'xs2a-report-load');
      root(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await loaded;
      expect(calls).to.equal(2);
    });

    it('reports a malformed report as invalid-response', async () => {
      backend = installFakeBackend(() => json(200, { data: { accounts: 'nope' } }));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
      Object.assign(element, { endpoint: '/api', consumerId: 'c' });
      expect((await failed).detail).to.include({ code: 'invalid-response' });
    });

    it('shows a report the page sets while a fetch is pending, and fires only its load, nothing for the aborted fetch', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const fired: string[] = [];
      const element = await fixture<Xs2aReport>(html`<xs2a-report
        locale="en"
        endpoint="/api"
        consumer-id="c"
        @xs2a-error=${() => fired.push('error')}
        @xs2a-report-load=${() => fired.push('load')}
      ></xs2a-report>`);
      await waitUntil(() => root(element).querySelector('[aria-busy="true"]'), 'no loading state');
      element.report = categorizedTransactions.response;
      await element.updateComplete;
      expect(await listNames(element)).to.deep.equal(['Esprit', 'Rewe']);
      expect(fired).to.deep.equal(['load']);
      answer.resolve(json(200, modularReport()));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fired).to.deep.equal(['load']);
      expect(await listNames(element)).to.deep.equal(['Esprit', 'Rewe']);
    });

    it('fires nothing after it leaves the page mid-fetch', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const fired: string[] = [];
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" endpoint="/api" consumer-id="c"></xs2a-report>`);
      for (const name of ['xs2a-error', 'xs2a-report-load']) element.addEventListener(name, () => fired.push(name));
      await waitUntil(() => backend!.requests.length === 1, 'no request');
      element.remove();
      answer.resolve(json(200, modularReport()));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fired).to.deep.equal([]);
    });

    it('never renders a superseded response', async () => {
      const first = deferred<Response>();
      backend = installFakeBackend(({ body }) =>
        (body as { insights_consumer_id: string }).insights_consumer_id === 'old' ? first.promise : json(200, modularReport(3)),
      );
      let loads = 0;
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" endpoint="/api" consumer-id="old" @xs2a-report-load=${() => (loads += 1)}></xs2a-report>`);
      const loaded = oneEvent(element, 'xs2a-report-load');
      element.consumerId = 'new';
      await loaded;
      first.resolve(json(200, modularReport(9)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.equal(1);
      expect(resultCount(element)).to.equal('3 transactions');
    });

    it('loads for the consumer of the <xs2a-connect> named by `for`', async () => {
      backend = installFakeBackend(() => json(200, modularReport()));
      // The fixture is the report itself: a plain container would make the fixture wait for an
      // animation frame, which a page in the background never gets.
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" endpoint="/api" for="bank"></xs2a-report>`);
      const bank = document.createElement('div');
      bank.id = 'bank';
      element.before(bank);
      const loaded = oneEvent(element, 'xs2a-report-load');
      const result = { type: 'insights_refresh', insights_consumer_id: 'consumer-9', accounts: [{ insights_account_id: 'a1' }, { insights_account_id: 'a2' }] };
      bank.dispatchEvent(new CustomEvent('xs2a-finished', { detail: { flowId: 'f', result }, bubbles: true, composed: true }));
      await loaded;
      expect(backend.requests[0]!.body).to.deep.equal({ insights_consumer_id: 'consumer-9', insights_account_ids: ['a1', 'a2'] });
    });
  });
});
