import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/cash-flow/define.js';
import type { Xs2aCashFlow } from '../../src/cash-flow/xs2a-cash-flow.js';
import type { Transaction } from '../../src/model/report-model.js';
import { transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

/*
 * Three months of a current account:
 *   Jan: +2,000.00 salary, −800.00 rent, −200.00 groceries → income 2,000.00, spending 1,000.00, net +1,000.00
 *   Feb: +2,000.00 salary, −800.00 rent, −350.00 groceries, −500.00 to own savings (a transfer)
 *        → with the transfer left out: spending 1,150.00, net +850.00; counted: spending 1,650.00
 *   Mar: +1,000.00 salary, −800.00 rent, −300.00 groceries, −1,200.00 electronics
 *        → income 1,000.00, spending 2,300.00, net −1,300.00 (the one negative month)
 * March against February: Shopping +1,200.00 spent, Salary −1,000.00 income, Groceries −50.00
 * spent; Rent did not move.
 */
const savingsTransfer = transaction({ date: '2024-02-15', amount: -50000, category: 'Transfers', counterparty: { name: 'Own savings' } });
const transactions: Transaction[] = [
  transaction({ date: '2024-01-01', amount: -80000, category: 'Rent' }),
  transaction({ date: '2024-01-10', amount: -20000, category: 'Groceries' }),
  transaction({ date: '2024-01-25', amount: 200000, category: 'Salary' }),
  transaction({ date: '2024-02-01', amount: -80000, category: 'Rent' }),
  transaction({ date: '2024-02-10', amount: -35000, category: 'Groceries' }),
  savingsTransfer,
  transaction({ date: '2024-02-25', amount: 200000, category: 'Salary' }),
  transaction({ date: '2024-03-01', amount: -80000, category: 'Rent' }),
  transaction({ date: '2024-03-10', amount: -30000, category: 'Groceries' }),
  transaction({ date: '2024-03-12', amount: -120000, category: 'Shopping' }),
  transaction({ date: '2024-03-25', amount: 100000, category: 'Salary' }),
];
const transfers: ReadonlySet<string> = new Set([savingsTransfer.id]);

async function renderFlow(list: readonly Transaction[] = transactions, attributes: { locale?: string; masked?: boolean } = {}): Promise<Xs2aCashFlow> {
  return fixture<Xs2aCashFlow>(html`<xs2a-cash-flow
    locale=${attributes.locale ?? 'en-US'}
    theme="light"
    ?masked=${attributes.masked ?? false}
    .transactions=${list}
    .transferIds=${transfers}
  ></xs2a-cash-flow>`);
}

const shadow = (element: Xs2aCashFlow): ShadowRoot => element.shadowRoot!;
const textOf = (element: Xs2aCashFlow, selector: string): string => plain(shadow(element).querySelector(selector)?.textContent);
const chartOf = (element: Xs2aCashFlow): HTMLElement => shadow(element).querySelector<HTMLElement>('[part="chart"]')!;
const movers = (element: Xs2aCashFlow): string[] => [...shadow(element).querySelectorAll('[part="movers"] li')].map((item) => plain(item.textContent));
const tableRows = (element: Xs2aCashFlow): string[][] =>
  [...shadow(element).querySelectorAll('[part="table"] tr')].map((row) => [...row.children].map((cell) => plain(cell.textContent)));

async function openTable(element: Xs2aCashFlow): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await element.updateComplete;
}

async function press(element: Xs2aCashFlow, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('<xs2a-cash-flow>', () => {
  it('shows the latest month, its net marked negative, and the categories that moved most', async () => {
    const element = await renderFlow();
    expect(textOf(element, '[part="heading"]')).to.equal('Cash flow');
    expect(textOf(element, '[part="readout"]')).to.equal('March 2024 Income $1,000.00 Spending $2,300.00 Net -$1,300.00'.replace(/\$/g, '€'));
    expect(shadow(element).querySelectorAll('[part="income-bar"]')).to.have.length(3);
    expect(shadow(element).querySelectorAll('[part~="net"][part~="negative"]')).to.have.length(1);
    expect(textOf(element, '.movers-heading')).to.equal('Biggest changes in March 2024 against the month before');
    expect(movers(element)).to.deep.equal(['Shopping ▲ €1,200.00 more spent', 'Salary ▼ €1,000.00 less income', 'Groceries ▼ €50.00 less spent']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('has every month in a table with a caption, own-account transfers left out', async () => {
    const element = await renderFlow();
    await openTable(element);
    expect(textOf(element, '[part="table"] caption')).to.match(/^Income and spending per month, Jan 1 – Mar 31, 2024$/);
    expect(tableRows(element)).to.deep.equal([
      ['Month', 'Income', 'Spending', 'Net'],
      ['January 2024', '€2,000.00', '€1,000.00', '+€1,000.00'],
      ['February 2024', '€2,000.00', '€1,150.00', '+€850.00'],
      ['March 2024', '€1,000.00', '€2,300.00', '-€1,300.00'],
    ]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('counts a transfer when the page names none', async () => {
    const element = await renderFlow();
    element.transferIds = undefined;
    await element.updateComplete;
    await openTable(element);
    expect(tableRows(element)[2]).to.deep.equal(['February 2024', '€2,000.00', '€1,650.00', '+€350.00']);
  });

  it('moves from month to month with the keyboard and announces each', async () => {
    const element = await renderFlow();
    chartOf(element).focus();
    await press(element, 'ArrowLeft');
    expect(textOf(element, '[aria-live="polite"]')).to.equal('February 2024: Income €2,000.00, Spending €1,150.00, Net +€850.00');
    expect(textOf(element, '.readout-month')).to.equal('February 2024');
    await press(element, 'Home');
    expect(textOf(element, '.readout-month')).to.equal('January 2024');
    expect(textOf(element, '[part="movers"] p')).to.equal('The first month has no month before it to compare with.');
    await press(element, 'ArrowLeft');
    expect(textOf(element, '.readout-month'), 'stays on the first month').to.equal('January 2024');
    await press(element, 'End');
    expect(textOf(element, '.readout-month')).to.equal('March 2024');
  });

  it('hides every amount in privacy mode', async () => {
    const element = await renderFlow(transactions, { masked: true });
    await openTable(element);
    const text = plain(shadow(element).textContent);
    expect(text).to.not.match(/\d,\d{3}\.\d{2}/);
    expect(text).to.include('••••');
    expect(chartOf(element).getAttribute('aria-label')).to.not.include('€');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('speaks German and Swedish', async () => {
    const german = await renderFlow(transactions, { locale: 'de-DE' });
    expect(textOf(german, '[part="heading"]')).to.equal('Geldfluss');
    expect(textOf(german, '[part="readout"]')).to.equal('März 2024 Einnahmen 1.000,00 € Ausgaben 2.300,00 € Saldo -1.300,00 €');
    const swedish = await renderFlow(transactions, { locale: 'sv-SE' });
    expect(textOf(swedish, '[part="heading"]')).to.equal('Kassaflöde');
    expect(textOf(swedish, '[part="table-toggle"]')).to.equal('Visa som tabell');
  });

  it('says so when there is no income or spending', async () => {
    const element = await renderFlow([]);
    expect(textOf(element, '[part="empty"]')).to.equal('No income or spending in this period.');
    expect(shadow(element).querySelector('[part="chart"]')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();
  });
});
