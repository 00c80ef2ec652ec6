import { expect, fixture, html } from '@open-wc/testing';
import '../../src/commitments/define.js';
import type { Xs2aCommitments } from '../../src/commitments/xs2a-commitments.js';
import type { Transaction } from '../../src/model/report-model.js';
import { transaction } from '../fixtures/transactions.js';
import { plain } from '../helpers/text.js';

/*
 * January to April 2024 (the data reaches 25 Apr):
 *   ACME GmbH +2,000.00 on the 25th, four times: monthly income, next 25 May.
 *   Netflix −13.99 on the 3rd, four times: a monthly payment, next 3 May.
 *   FitX −29.00 on the 10th of Jan, Feb and Mar: monthly, but 10 Apr (+3 days) passed: ended.
 *   Bäckerei −4.20 and −3.10 once each: not recurring.
 * Per month: payments 13.99 (FitX has ended), income 2,000.00.
 */
const monthly = (name: string, day: string, amount: number, months: string[]): Transaction[] =>
  months.map((month) => transaction({ date: `2024-${month}-${day}`, amount, counterparty: { name } }));
const transactions: Transaction[] = [
  ...monthly('ACME GmbH', '25', 200000, ['01', '02', '03', '04']),
  ...monthly('Netflix', '03', -1399, ['01', '02', '03', '04']),
  ...monthly('FitX', '10', -2900, ['01', '02', '03']),
  transaction({ date: '2024-02-14', amount: -420, counterparty: { name: 'Bäckerei' } }),
  transaction({ date: '2024-03-14', amount: -310, counterparty: { name: 'Bäckerei' } }),
];

async function renderCommitments(list: readonly Transaction[] = transactions, attributes: { locale?: string; masked?: boolean } = {}): Promise<Xs2aCommitments> {
  return fixture<Xs2aCommitments>(html`<xs2a-commitments locale=${attributes.locale ?? 'en-US'} theme="light" ?masked=${attributes.masked ?? false} .transactions=${list}></xs2a-commitments>`);
}

const shadow = (element: Xs2aCommitments): ShadowRoot => element.shadowRoot!;
const textOf = (element: Xs2aCommitments, selector: string): string => plain(shadow(element).querySelector(selector)?.textContent);
const tableRows = (element: Xs2aCommitments): string[][] =>
  [...shadow(element).querySelectorAll('[part="table"] tr')].map((row) =>
    [...row.children].filter((cell) => cell.checkVisibility()).map((cell) => plain((cell as HTMLElement).innerText)),
  );

describe('<xs2a-commitments>', () => {
  // Largest per month first: ACME, then FitX (29.00), then Netflix (13.99).
  it('lists each commitment with its rhythm, amount, last and next date, and the monthly total', async () => {
    const element = await renderCommitments();
    expect(textOf(element, '[part="heading"]')).to.equal('Recurring payments and income');
    expect(textOf(element, '[part="totals"]')).to.equal('Payments · Per month €13.99 Income · Per month €2,000.00');
    expect(textOf(element, '[part="table"] caption')).to.equal('Recurring payments and income');
    expect(tableRows(element)).to.deep.equal([
      ['Name', 'Repeats', 'Typical amount', 'Last', 'Next expected'],
      ['ACME GmbH', 'Monthly', '+€2,000.00', 'Apr 25, 2024', 'May 25, 2024'],
      ['FitX', 'Monthly', '-€29.00', 'Mar 10, 2024', 'Ended'],
      ['Netflix', 'Monthly', '-€13.99', 'Apr 3, 2024', 'May 3, 2024'],
    ]);
    expect(shadow(element).querySelectorAll('[part~="ended"]')).to.have.length(1);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('fits a phone without scrolling sideways: the rhythm under the name, no last date', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 327px"><xs2a-commitments locale="de-DE" theme="light" .transactions=${transactions}></xs2a-commitments></div>`);
    const element = wrapper.querySelector<Xs2aCommitments>('xs2a-commitments')!;
    await element.updateComplete;
    expect(tableRows(element)).to.deep.equal([
      ['Name', 'Üblicher Betrag', 'Nächste erwartet'],
      ['ACME GmbH Monatlich', '+2.000,00 €', '25.05.2024'],
      ['FitX Monatlich', '-29,00 €', 'Beendet'],
      ['Netflix Monatlich', '-13,99 €', '03.05.2024'],
    ]);
    const box = shadow(element).querySelector<HTMLElement>('.table-wrap')!;
    expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('on a phone keeps each word of a name whole, and still fits without scrolling sideways', async () => {
    const list = [
      ...monthly('Rheinwerk Logistik AG', '25', 358774, ['01', '02', '03', '04']),
      ...monthly('HUK-COBURG Versicherung', '05', -5873, ['01', '02', '03', '04']),
      ...monthly('Telekom Deutschland GmbH', '15', -3995, ['01', '02', '03', '04']),
    ];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 327px"><xs2a-commitments locale="en-US" theme="light" .transactions=${list}></xs2a-commitments></div>`);
    const element = wrapper.querySelector<Xs2aCommitments>('xs2a-commitments')!;
    await element.updateComplete;
    const broken: string[] = [];
    for (const cell of shadow(element).querySelectorAll('[part="table"] tbody th')) {
      const text = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        // A word broken across lines has a box on each.
        if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) broken.push(match[0]);
      }
    }
    expect(broken, 'words broken inside').to.deep.equal([]);
    const box = shadow(element).querySelector<HTMLElement>('.table-wrap')!;
    expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
  });

  it('hides every amount in privacy mode', async () => {
    const element = await renderCommitments(transactions, { masked: true });
    const text = plain(shadow(element).textContent);
    expect(text).to.not.include('€');
    expect(text).to.include('••••');
    expect(text, 'names and dates stay').to.include('Netflix');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('speaks German and Swedish', async () => {
    const german = await renderCommitments(transactions, { locale: 'de-DE' });
    expect(textOf(german, '[part="heading"]')).to.equal('Wiederkehrende Zahlungen und Einnahmen');
    expect(tableRows(german)[0]).to.deep.equal(['Name', 'Rhythmus', 'Üblicher Betrag', 'Zuletzt', 'Nächste erwartet']);
    expect(tableRows(german).map((row) => row[1])).to.include('Monatlich');
    const swedish = await renderCommitments(transactions, { locale: 'sv-SE' });
    expect(textOf(swedish, '[part="heading"]')).to.equal('Återkommande betalningar och inkomster');
    expect(tableRows(swedish).map((row) => row[4])).to.include('Avslutad');
  });

  it('says so when nothing recurs', async () => {
    const element = await renderCommitments(transactions.slice(-2));
    expect(textOf(element, '[part="empty"]')).to.equal('No recurring payments or income found.');
    expect(shadow(element).querySelector('[part="table"]')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();
  });
});
