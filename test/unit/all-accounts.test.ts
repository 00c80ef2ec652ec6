import { expect } from 'chai';
import { allAccounts, reportTransactions } from '../../src/insights/all-accounts.js';
import { account, reportOf } from '../fixtures/accounts.js';
import { transaction } from '../fixtures/transactions.js';

const savingsIban = 'DE02120300000000202051';
const checkingIban = 'DE89370400440532013000';

/*
 * Checking (EUR, booked 1,500.00): salary +3,000.00, rent −1,000.00, −500.00 to savings.
 * Savings (EUR, booked 5,000.00): +500.00 from Max Mustermann (the holder).
 * Depot (SEK, no balance): −200.00 SEK.
 * EUR: income 300000, spending 100000, net 200000 from 2 transactions (the transfer's two sides
 * cancel out), 2 accounts, balance 150000 + 500000 = 650000. SEK: spending 20000, no balance.
 */
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const report = reportOf(
  account({
    id: 'checking',
    iban: checkingIban,
    holderName: 'Max Mustermann',
    currentBalance: { booked: eur(150000) },
    transactions: [
      transaction({ date: '2024-03-01', amount: 300000 }),
      transaction({ date: '2024-03-02', amount: -100000 }),
      transaction({ date: '2024-03-28', amount: -50000, counterparty: { iban: savingsIban } }),
    ],
  }),
  account({ id: 'savings', iban: savingsIban, holderName: 'Max Mustermann', currentBalance: { booked: eur(500000) }, transactions: [transaction({ date: '2024-03-28', amount: 50000, counterparty: { name: 'Max Mustermann' } })] }),
  account({ id: 'depot', currency: 'SEK', transactions: [transaction({ date: '2024-03-05', amount: -20000, currency: 'SEK' })] }),
);

describe('all accounts', () => {
  it('totals per currency, transfers between own accounts left out, never adding currencies', () => {
    expect(allAccounts(report)).to.deep.equal([
      { currency: 'EUR', income: 300000, spending: 100000, net: 200000, count: 2, accounts: 2, balance: 650000 },
      { currency: 'SEK', income: 0, spending: 20000, net: -20000, count: 1, accounts: 1 },
    ]);
  });

  it('counts only the period asked for', () => {
    expect(allAccounts(report, { from: '2024-03-02', to: '2024-03-31' })[0]).to.include({ income: 0, spending: 100000, count: 1 });
  });

  it('has no balance when one account of the currency has none', () => {
    const partial = reportOf(...report.accounts.slice(0, 1), account({ id: 'other', currency: 'EUR' }));
    expect(allAccounts(partial)[0]).to.not.have.property('balance');
  });

  it("reads a per-report balance that spans several accounts as theirs together", () => {
    const split = reportOf(
      account({ id: 'a', transactions: [transaction({ amount: -100 })] }),
      account({ id: 'b', transactions: [transaction({ amount: 300 })] }),
      account({ id: 'a,b', balances: [{ date: '2024-03-31', balance: eur(12345) }] }),
    );
    expect(allAccounts(split)).to.deep.equal([{ currency: 'EUR', income: 300, spending: 100, net: 200, count: 2, accounts: 2, balance: 12345 }]);
  });

  it('lists every transaction of every account', () => {
    expect(reportTransactions(report)).to.have.length(5);
  });
});
