import { expect, fixture, html } from '@open-wc/testing';
import '../../src/affordability/define.js';
import type { Xs2aAffordability } from '../../src/affordability/xs2a-affordability.js';
import type { Report } from '../../src/model/report-model.js';
import { account, point, reportOf } from '../fixtures/accounts.js';
import { transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

const savingsIban = 'DE02120300000000202051';

/*
 * The checking account of test/unit/affordability.test.ts, 15 Jan to 10 Apr 2024, full months
 * February and March: average income (3,000.00 + 3,300.00) / 2 = 3,150.00, spending
 * (1,250.00 + 3,700.00) / 2 = 2,475.00; both salaries within ±20% of the median: 2 of 2, 100%.
 * End-of-day balances known 31 Jan – 10 Apr (71 days): lowest −400.00 on 20 Mar, 27 days below
 * zero. Largest outflow 2,500.00 to Autohaus Schmidt on 20 Mar (the 4,000.00 to savings is a
 * transfer to an own account, left out).
 */
const checking = account({
  id: 'checking',
  transactions: [
    transaction({ date: '2024-01-15', amount: 100000 }),
    transaction({ date: '2024-01-31', amount: 300000 }),
    transaction({ date: '2024-02-10', amount: -120000 }),
    transaction({ date: '2024-02-12', amount: -5000 }),
    transaction({ date: '2024-02-20', amount: -400000, counterparty: { iban: savingsIban } }),
    transaction({ date: '2024-02-29', amount: 300000 }),
    transaction({ date: '2024-03-10', amount: -120000 }),
    transaction({ date: '2024-03-20', amount: -250000, counterparty: { name: 'Autohaus Schmidt' } }),
    transaction({ date: '2024-03-28', amount: 330000 }),
    transaction({ date: '2024-04-10', amount: -2000 }),
  ],
  balances: [point('2024-01-31', 50000), point('2024-02-10', -20000), point('2024-02-29', 10000), point('2024-03-20', -40000), point('2024-03-28', 5000)],
});
const savings = account({ id: 'savings', iban: savingsIban, balances: [point('2024-02-15', 100000)] });
const report = reportOf(checking, savings);

async function renderSummary(attributes: { report?: Report; locale?: string; masked?: boolean } = {}): Promise<Xs2aAffordability> {
  return fixture<Xs2aAffordability>(html`<xs2a-affordability
    locale=${attributes.locale ?? 'en-US'}
    theme="light"
    ?masked=${attributes.masked ?? false}
    .report=${'report' in attributes ? attributes.report : report}
    .accountIds=${['checking']}
  ></xs2a-affordability>`);
}

const shadow = (element: Xs2aAffordability): ShadowRoot => element.shadowRoot!;
const textOf = (element: Xs2aAffordability, selector: string): string => plain(shadow(element).querySelector(selector)?.textContent).replace(/\u2009/g, ' ');
/** Each figure as [name, value, period, definition]. */
const figures = (element: Xs2aAffordability): string[][] =>
  [...shadow(element).querySelectorAll('[part="figure"]')].map((figure) => [...figure.children].map((child) => plain(child.textContent).replace(/\u2009/g, ' ')));

describe('<xs2a-affordability>', () => {
  it('states each figure with its period and definition', async () => {
    const element = await renderSummary();
    expect(textOf(element, '[part="heading"]')).to.equal('Affordability');
    expect(textOf(element, '[part="caption"]')).to.equal('Jan 15 – Apr 10, 2024');
    expect(shadow(element).querySelector('dl[part="figures"]')).to.not.equal(null);
    expect(figures(element)).to.deep.equal([
      ['Average monthly income', '€3,150.00', '2 full months, Feb 1 – Mar 31, 2024', 'Income of the full calendar months in the period, divided by their number.'],
      ['Average monthly spending', '€2,475.00', '2 full months, Feb 1 – Mar 31, 2024', 'Spending of the full calendar months in the period, divided by their number.'],
      ['Income regularity', '100%', '2 of 2 months, Feb 1 – Mar 31, 2024', 'Share of full months whose income is within ±20% of the median month.'],
      ['Lowest balance', '-€400.00', 'on Mar 20, 2024 · Jan 31 – Apr 10, 2024', 'Lowest end-of-day balance of the accounts together.'],
      ['Days below zero', '27 days', 'of 71 days, Jan 31 – Apr 10, 2024', 'Days whose end-of-day balance was below zero.'],
      ['Largest single outflow', '€2,500.00', 'Autohaus Schmidt on Mar 20, 2024 · Jan 15 – Apr 10, 2024', 'The largest single payment in the period.'],
    ]);
    expect(shadow(element).querySelectorAll('[part~="value"][part~="negative"]')).to.have.length(1);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('hides amounts in privacy mode; counts and shares stay', async () => {
    const element = await renderSummary({ masked: true });
    const values = figures(element).map((figure) => figure[1]);
    expect(values).to.deep.equal(['••••', '••••', '100%', '••••', '27 days', '••••']);
    expect(plain(shadow(element).textContent)).to.not.include('€');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('speaks German and Swedish', async () => {
    const german = await renderSummary({ locale: 'de-DE' });
    expect(figures(german)[0]?.slice(0, 3)).to.deep.equal(['Durchschnittliche Monatseinnahmen', '3.150,00 €', '2 volle Monate, 01.02. – 31.03.2024']);
    expect(figures(german)[4]?.[1]).to.equal('27 Tage');
    const swedish = await renderSummary({ locale: 'sv-SE' });
    expect(textOf(swedish, '[part="heading"]')).to.equal('Betalningsförmåga');
    expect(figures(swedish)[2]?.slice(0, 2)).to.deep.equal(['Inkomstens regelbundenhet', '100 %']);
  });

  it('says so when there is nothing to read', async () => {
    const element = await renderSummary({ report: undefined });
    expect(textOf(element, '[part="empty"]')).to.equal('No transactions to assess.');
    await expect(element).shadowDom.to.be.accessible();
  });
});
