import { expect } from 'chai';
import { affordability } from '../../src/insights/affordability.js';
import { account, point, reportOf } from '../fixtures/accounts.js';
import { transaction } from '../fixtures/transactions.js';

const savingsIban = 'DE02120300000000202051';

/*
 * Checking, 15 Jan to 10 Apr 2024 (87 days: 17 + 29 + 31 + 10); full months February and March.
 *   Jan 15 +1,000.00 (January is partial: not averaged)   Jan 31 +3,000.00 salary
 *   Feb 10 −1,200.00 rent   Feb 12 −50.00   Feb 20 −4,000.00 to own savings (left out)   Feb 29 +3,000.00 salary
 *   Mar 10 −1,200.00 rent   Mar 20 −2,500.00 car repair   Mar 28 +3,300.00 salary   Apr 10 −20.00
 * Average income (300000 + 330000) / 2 = 315000; spending (125000 + 370000) / 2 = 247500;
 * over 1 Feb – 31 Mar (60 days, 2 months).
 * Regularity: median 315000; 300000 and 330000 both within ±20%: 2 of 2, share 1.
 * Largest outflow: 250000 on 20 Mar (the 400000 transfer is left out).
 * Closing balances: 31 Jan 500.00, 10 Feb −200.00, 29 Feb 100.00, 20 Mar −400.00, 28 Mar 50.00.
 * Known from 31 Jan to 10 Apr: 71 days (1 + 29 + 31 + 10). Below zero 10–28 Feb (19 days) and
 * 20–27 Mar (8 days): 27. Lowest −400.00 on 20 Mar.
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

describe('affordability', () => {
  it('states every figure with its period', () => {
    const fullMonths = { from: '2024-02-01', to: '2024-03-31', days: 60, months: 2 };
    const known = { from: '2024-01-31', to: '2024-04-10', days: 71, months: 2 };
    expect(affordability(reportOf(checking, savings), { accountIds: ['checking'] })).to.deep.equal({
      currency: 'EUR',
      period: { from: '2024-01-15', to: '2024-04-10', days: 87, months: 2 },
      averageIncome: { amount: 315000, period: fullMonths },
      averageSpending: { amount: 247500, period: fullMonths },
      incomeRegularity: { share: 1, regularMonths: 2, median: 315000, tolerance: 0.2, period: fullMonths },
      largestOutflow: { amount: 250000, date: '2024-03-20', transactionId: checking.transactions[7]!.id, name: 'Autohaus Schmidt', period: { from: '2024-01-15', to: '2024-04-10', days: 87, months: 2 } },
      lowestBalance: { amount: -40000, date: '2024-03-20', period: known },
      daysBelowZero: { days: 27, period: known },
    });
  });

  it('adds the accounts up day by day, from the day every balance is known', () => {
    // Savings 1,000.00 from 15 Feb: together −200 + 1,000 = 800 from 15 Feb, never below zero
    // after; lowest 20 Mar: −400 + 1,000 = 600.
    const result = affordability(reportOf(checking, savings))!;
    expect(result.lowestBalance).to.deep.equal({ amount: 60000, date: '2024-03-20', period: { from: '2024-02-15', to: '2024-04-10', days: 56, months: 1 } });
    expect(result.daysBelowZero!.days).to.equal(0);
  });

  it('calls income irregular when months differ by more than 20% from the median', () => {
    // Months of a shorter period: Feb 300000, Mar 330000, Apr 0 (to 30 Apr): median 300000; 330000 within 20%, 0 not.
    const result = affordability(reportOf(checking), { from: '2024-02-01', to: '2024-04-30' })!;
    expect(result.incomeRegularity).to.include({ share: 2 / 3, regularMonths: 2, median: 300000 });
    expect(result.averageIncome!.period).to.deep.equal({ from: '2024-02-01', to: '2024-04-30', days: 90, months: 3 });
  });

  it('averages nothing without a full month', () => {
    const result = affordability(reportOf(checking), { from: '2024-03-05', to: '2024-03-30' })!;
    expect(result).to.not.have.any.keys('averageIncome', 'averageSpending', 'incomeRegularity');
    expect(result.period).to.deep.equal({ from: '2024-03-05', to: '2024-03-30', days: 26, months: 0 });
  });

  it('has no balance figures without balances', () => {
    const result = affordability(reportOf(account({ id: 'x', transactions: checking.transactions })))!;
    expect(result).to.not.have.any.keys('lowestBalance', 'daysBelowZero');
  });

  it('is undefined without transactions', () => {
    expect(affordability(reportOf(account({ id: 'x' })))).to.equal(undefined);
  });
});
