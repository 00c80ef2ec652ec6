import { expect } from 'chai';
import { normalizeReport } from '../../src/model/normalize-report.js';
import { accountRunningBalances, closingBalances, runningBalances } from '../../src/insights/running-balance.js';
import { createSampleReport } from '../../src/simulator/sample-report.js';
import type { Account, Transaction } from '../../src/model/report-model.js';
import { account, point, reportOf } from '../fixtures/accounts.js';
import { transaction } from '../fixtures/transactions.js';

/*
 * Oldest first:
 *   r1 1 Mar +10.00   r2 1 Mar −3.00   r3 2 Mar −2.00   r4 4 Mar −1.00   r5 5 Mar −0.50 pending
 * Closing balances: 1 Mar 57.00, 3 Mar 55.00.
 *   r4: no anchor on or after 4 Mar; forward from 3 Mar's 55.00: 55.00 − 1.00 = 54.00
 *   r3: the earliest anchor from 2 Mar on is 3 Mar's 55.00 (nothing booked on 3 Mar): 55.00
 *   r2: the last row of 1 Mar: 57.00;  r1: 57.00 − (−3.00) = 60.00
 *   r5: pending, no balance.
 */
function rows(): Transaction[] {
  return [
    transaction({ date: '2024-03-01', amount: 1000 }),
    transaction({ date: '2024-03-01', amount: -300 }),
    transaction({ date: '2024-03-02', amount: -200 }),
    transaction({ date: '2024-03-04', amount: -100 }),
    transaction({ date: '2024-03-05', amount: -50, pending: true }),
  ];
}

const minors = (list: readonly Transaction[], of: Account): (number | undefined)[] => {
  const balances = runningBalances(reportOf(of));
  return list.map((row) => balances.after(row)?.minor);
};

describe('running balance', () => {
  it('walks back and forward from BALANCE_OVER_TIME points', () => {
    const list = rows();
    expect(minors(list, account({ id: 'acc', transactions: list, balances: [point('2024-03-01', 5700), point('2024-03-03', 5500)] }))).to.deep.equal([6000, 5700, 5500, 5400, undefined]);
  });

  it("walks back from BALANCES' booked balance", () => {
    const list = rows();
    expect(minors(list, account({ id: 'acc', transactions: list, currentBalance: { booked: { minor: 5400, currency: 'EUR' } } }))).to.deep.equal([6000, 5700, 5500, 5400, undefined]);
  });

  it('gives the same balances to a list newest first', () => {
    const list = rows();
    const reversed = [...list].reverse();
    const balances = runningBalances(reportOf(account({ id: 'acc', transactions: reversed, currentBalance: { booked: { minor: 5400, currency: 'EUR' } } })));
    expect(list.map((row) => balances.after(row)?.minor)).to.deep.equal([6000, 5700, 5500, 5400, undefined]);
  });

  it('sorts a list out of date order, keeping ties in the order listed', () => {
    const list = rows();
    // Oldest first overall (1 Mar … 4 Mar), but 2 Mar listed before the second row of 1 Mar.
    const shuffled = [list[0]!, list[2]!, list[1]!, list[3]!];
    const { balances } = accountRunningBalances(account({ id: 'acc', transactions: shuffled, currentBalance: { booked: { minor: 5400, currency: 'EUR' } } }));
    expect([...balances]).to.deep.equal([6000, 5500, 5700, 5400]);
  });

  it('has no balance without an anchor', () => {
    const list = rows();
    expect(minors(list, account({ id: 'acc', transactions: list }))).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('has no balance where the anchor is in another currency', () => {
    const list = rows();
    expect(minors(list, account({ id: 'acc', transactions: list, currentBalance: { booked: { minor: 5400, currency: 'SEK' } } }))).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('stops at a transaction in another currency until the next anchor', () => {
    const list = rows();
    list.splice(2, 0, transaction({ date: '2024-03-02', amount: -900, currency: 'USD' }));
    // Back from the booked 54.00: r4 54.00, r3 55.00; the USD row and everything before it unknown.
    expect(minors(list, account({ id: 'acc', transactions: list, currentBalance: { booked: { minor: 5400, currency: 'EUR' } } }))).to.deep.equal([undefined, undefined, undefined, 5500, 5400, undefined]);
    // With 1 Mar's closing balance the rows of 1 Mar are known again.
    const anchored = account({ id: 'acc', transactions: list, balances: [point('2024-03-01', 5700), point('2024-03-04', 5400)] });
    expect(minors(list, anchored)).to.deep.equal([6000, 5700, undefined, 5500, 5400, undefined]);
  });

  it('closes each day at its last booked row when there are no points', () => {
    const list = rows();
    expect(closingBalances(account({ id: 'acc', transactions: list, currentBalance: { booked: { minor: 5400, currency: 'EUR' } } }))).to.deep.equal([
      { date: '2024-03-01', minor: 5700, currency: 'EUR' },
      { date: '2024-03-02', minor: 5500, currency: 'EUR' },
      { date: '2024-03-04', minor: 5400, currency: 'EUR' },
    ]);
  });

  it("agrees with the test bank's booked balance and adds up row by row", () => {
    const report = normalizeReport(createSampleReport({ seed: 'running-balance' }));
    for (const each of report.accounts) {
      const balances = runningBalances(report);
      const booked = each.transactions.filter((row) => !row.pending);
      expect(booked.length).to.be.greaterThan(0);
      // Walked from the BALANCE_OVER_TIME points; BALANCES' booked balance is a separate figure.
      expect(balances.after(booked[booked.length - 1]!)).to.deep.equal(each.currentBalance?.booked);
      for (let index = 1; index < booked.length; index += 1) {
        expect(balances.after(booked[index]!)!.minor).to.equal(balances.after(booked[index - 1]!)!.minor + booked[index]!.amount!.minor);
      }
      for (const row of each.transactions.filter((candidate) => candidate.pending)) expect(balances.after(row)).to.equal(undefined);
    }
  });
});
