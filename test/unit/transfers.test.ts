import { expect } from 'chai';
import { normalizeReport } from '../../src/model/normalize-report.js';
import { createSampleReport } from '../../src/simulator/sample-report.js';
import { transferIds } from '../../src/insights/transfers.js';
import { account, reportOf } from '../fixtures/accounts.js';
import { transaction } from '../fixtures/transactions.js';

const checking = 'DE89370400440532013000';
const savings = 'DE02120300000000202051';

/** One current account of Max Mustermann with the given counterparties; returns which were transfers. */
function transfersAmong(counterparties: { name?: string; iban?: string }[], holder: string | null = 'Max Mustermann'): boolean[] {
  const holderName = holder ?? undefined;
  const rows = counterparties.map((counterparty) => transaction({ amount: -100, counterparty }));
  const report = reportOf(account({ id: 'current', iban: checking, holderName, transactions: rows }), account({ id: 'savings', iban: savings, holderName }));
  const ids = transferIds(report);
  return rows.map((row) => ids.has(row.id));
}

describe('own-account transfers', () => {
  it("finds the IBAN of one of the report's accounts, with spaces and in any case", () => {
    expect(transfersAmong([{ iban: savings }, { iban: 'de02 1203 0000 0000 2020 51' }, { iban: 'DE44500105175407324931' }])).to.deep.equal([true, true, false]);
  });

  it("finds the account holder's name written another way", () => {
    expect(
      transfersAmong([
        { name: 'Max Mustermann' },
        { name: 'MAX  MUSTERMANN' },
        { name: 'Mustermann, Max' },
        { name: 'Herr Max Mustermann' },
        { name: 'Max Müstermann' },
        { name: ' max\tmustermann ' },
      ]),
    ).to.deep.equal([true, true, true, true, true, true]);
  });

  it('does not take initials, other names or companies for the holder', () => {
    expect(
      transfersAmong([{ name: 'M. Mustermann' }, { name: 'Maria Mustermann' }, { name: 'Max Mustermann GmbH' }, { name: 'Maxi Mustermann' }, { name: 'Mustermann' }, { name: '' }, {}]),
    ).to.deep.equal([false, false, false, false, false, false, false]);
  });

  it('matches no name when the report names no holder', () => {
    expect(transfersAmong([{ name: 'Max Mustermann' }, { iban: savings }], null)).to.deep.equal([false, true]);
  });

  it('is computed once per report', () => {
    const report = reportOf(account({ id: 'a' }));
    expect(transferIds(report)).to.equal(transferIds(report));
  });

  it("finds exactly both sides of the test bank's standing order to savings", () => {
    const report = normalizeReport(createSampleReport({ seed: 'transfers' }));
    const ids = transferIds(report);
    const standingOrders = report.accounts.flatMap((each) => each.transactions).filter((row) => row.reference === 'Sparen Dauerauftrag');
    // Three months, both accounts: six rows.
    expect(standingOrders).to.have.length(6);
    expect([...ids].sort()).to.deep.equal(standingOrders.map((row) => row.id).sort());
  });
});
