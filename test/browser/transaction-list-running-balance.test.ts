import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/transaction-list/define.js';
import type { RunningBalances } from '../../src/insights/running-balance.js';
import type { Money, Transaction } from '../../src/model/report-model.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

/* Salary, then rent: 1,000.00 + 2,500.00 = 3,500.00, less 950.00 = 2,550.00; the pending card payment has no booked balance. */
const salary = transaction({ date: '2024-03-01', amount: 250000, counterparty: { name: 'ACME GmbH' } });
const rent = transaction({ date: '2024-03-02', amount: -95000, counterparty: { name: 'Hausverwaltung' } });
const card = transaction({ date: '2024-03-03', amount: -1299, counterparty: { name: 'Kiosk' }, pending: true });
const known = new Map<string, Money>([
  [salary.id, { minor: 350000, currency: 'EUR' }],
  [rent.id, { minor: 255000, currency: 'EUR' }],
]);
const balances: RunningBalances = { after: (row: Transaction) => known.get(row.id) };

async function renderList(attributes: { locale?: string; masked?: boolean; balances?: RunningBalances } = {}): Promise<Xs2aTransactionList> {
  const element = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list
    locale=${attributes.locale ?? 'en-US'}
    group-by="none"
    ?masked=${attributes.masked ?? false}
    .transactions=${[salary, rent, card]}
    .runningBalances=${'balances' in attributes ? attributes.balances : balances}
  ></xs2a-transaction-list>`);
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[role="option"]').length === 3, 'no rows', { timeout: 3000 });
  return element;
}

/** Each row's name and the balance under its amount, `''` where it shows none. */
const balancesShown = (element: Xs2aTransactionList): [string, string][] =>
  [...element.shadowRoot!.querySelectorAll('[role="option"]')].map((row) => [plain(row.querySelector('[part="name"]')?.textContent), plain(row.querySelector('[part="running-balance"]')?.textContent)]);

describe('<xs2a-transaction-list> running balance', () => {
  it('shows the balance after each row where it is known, and none where it is not', async () => {
    const element = await renderList();
    expect(balancesShown(element)).to.deep.equal([
      ['ACME GmbH', 'Balance after €3,500.00'],
      ['Hausverwaltung', 'Balance after €2,550.00'],
      ['Kiosk', ''],
    ]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows no balance without a lookup', async () => {
    const element = await renderList({ balances: undefined });
    expect(element.shadowRoot!.querySelector('[part="running-balance"]')).to.equal(null);
  });

  it('hides the balance in privacy mode and names it in German', async () => {
    const masked = await renderList({ masked: true });
    expect(balancesShown(masked)[0]).to.deep.equal(['ACME GmbH', 'Balance after ••••']);
    const german = await renderList({ locale: 'de-DE' });
    expect(balancesShown(german)[1]).to.deep.equal(['Hausverwaltung', 'Kontostand danach 2.550,00 €']);
  });
});
