import { expect } from 'chai';
import { recurringCommitments, recurringRules, type Commitment } from '../../src/insights/recurring.js';
import { transaction } from '../fixtures/transactions.js';
import type { Transaction } from '../../src/model/report-model.js';

/** One transaction per date to `name`; `amounts` is one signed amount for all, or one per date. */
function series(name: string, dates: string[], amounts: number | number[], fields: Partial<Omit<Transaction, 'amount'>> = {}): Transaction[] {
  return dates.map((date, index) => transaction({ date, amount: Array.isArray(amounts) ? amounts[index] : amounts, counterparty: { name }, ...fields }));
}

const only = (rows: Transaction[], asOf?: string): Commitment[] => recurringCommitments(rows, asOf ? { asOf } : {}).commitments;
const summary = ({ name, direction, cadence, amount, lastDate, nextDate, active, source }: Commitment) => ({ name, direction, cadence, amount: amount.minor, lastDate, nextDate, active, source });

describe('recurring commitments', () => {
  it('states its rule', () => {
    expect(recurringRules.amountTolerance).to.equal(0.1);
    expect(Object.entries(recurringRules.cadences).map(([cadence, rule]) => [cadence, rule.dayTolerance, rule.minOccurrences])).to.deep.equal([
      ['weekly', 2, 4],
      ['monthly', 3, 3],
      ['quarterly', 4, 3],
      ['yearly', 7, 2],
    ]);
  });

  it('finds a monthly subscription, however its name is written', () => {
    // 3 Mar 2024 is a Sunday: booked on the 4th. Median day 3 → next 3 June.
    const rows = series('NETFLIX.COM', ['2024-01-03', '2024-02-03', '2024-03-04'], -1399).concat(series('Netflix.com', ['2024-04-03', '2024-05-03'], -1399));
    const [netflix, ...rest] = only(rows);
    expect(rest).to.deep.equal([]);
    expect(summary(netflix!)).to.deep.equal({ name: 'Netflix.com', direction: 'payment', cadence: 'monthly', amount: 1399, lastDate: '2024-05-03', nextDate: '2024-06-03', active: true, source: 'detected' });
    expect(netflix!.transactionIds).to.deep.equal(rows.map((row) => row.id));
  });

  it('finds a salary paid on the last banking day', () => {
    // Days 31, 29 (Feb's last), 28 (29 Mar was Good Friday), 30 (Apr's last), 31, 28 (30 Jun a Sunday).
    // Month ends count as 31: median 31; every date within 3 days of its month's end; next 31 July.
    const rows = series('ACME GmbH', ['2024-01-31', '2024-02-29', '2024-03-28', '2024-04-30', '2024-05-31', '2024-06-28'], [320000, 320000, 320000, 335000, 320000, 320000]);
    expect(only(rows).map(summary)).to.deep.equal([
      { name: 'ACME GmbH', direction: 'income', cadence: 'monthly', amount: 320000, lastDate: '2024-06-28', nextDate: '2024-07-31', active: true, source: 'detected' },
    ]);
  });

  it('keeps a series on the 31st at each month end: 31 Jan → 28 Feb → 31 Mar', () => {
    const rows = series('Hausverwaltung', ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30'], -95000);
    expect(only(rows).map((each) => [each.cadence, each.nextDate])).to.deep.equal([['monthly', '2023-05-31']]);
  });

  it('finds a yearly insurance whose premium rose', () => {
    // 389.00 then 412.50 (+6%): median 400.75, both within 10%. Days 16 and 15: median 15.5 → the 15th.
    const rows = series('HUK-COBURG', ['2023-01-16', '2024-01-15'], [-38900, -41250]);
    expect(only(rows).map(summary)).to.deep.equal([
      { name: 'HUK-COBURG', direction: 'payment', cadence: 'yearly', amount: 40075, lastDate: '2024-01-15', nextDate: '2025-01-15', active: true, source: 'detected' },
    ]);
  });

  it('finds a weekly payment a day off now and then', () => {
    const rows = series('Taschengeld Lena', ['2024-03-01', '2024-03-08', '2024-03-16', '2024-03-22', '2024-03-29'], -2500);
    expect(only(rows).map((each) => [each.cadence, each.nextDate])).to.deep.equal([['weekly', '2024-04-05']]);
  });

  it('keeps a price rise within the tolerance as one commitment', () => {
    // 10.99 → 11.99 (+9.1%): one cluster, median 11.49.
    const rows = series('Spotify AB', ['2024-01-12', '2024-02-12', '2024-03-12', '2024-04-12', '2024-05-13', '2024-06-12'], [-1099, -1099, -1099, -1199, -1199, -1199]);
    expect(only(rows).map((each) => [each.cadence, each.amount.minor, each.transactionIds.length])).to.deep.equal([['monthly', 1149, 6]]);
  });

  it('tells two subscriptions of one counterparty apart by amount', () => {
    const dates = ['2024-01-15', '2024-02-15', '2024-03-15'];
    const rows = [...series('Apple', dates, -99), ...series('Apple', dates, -999)];
    expect(only(rows).map((each) => each.amount.minor)).to.deep.equal([999, 99]);
  });

  describe('near misses', () => {
    it('irregular gaps: 14 March is 9 days from the 5th', () => {
      expect(only(series('FitX', ['2024-01-05', '2024-02-05', '2024-03-14', '2024-04-05', '2024-05-05'], -4999))).to.deep.equal([]);
    });

    it('amounts drifting by 20% a month', () => {
      expect(only(series('Stadtwerke', ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10'], [-1000, -1200, -1440, -1728]))).to.deep.equal([]);
    });

    it('amounts drifting by 6% a month: each close to the last, but 10.00 is 13% below the median 11.50', () => {
      const dates = ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10', '2024-05-10', '2024-06-10'];
      expect(only(series('Stadtwerke', dates, [-1000, -1060, -1120, -1180, -1240, -1300]))).to.deep.equal([]);
    });

    it('only two monthly occurrences', () => {
      expect(only(series('FitX', ['2024-04-01', '2024-05-01'], -4999))).to.deep.equal([]);
    });

    it('a missing month', () => {
      expect(only(series('FitX', ['2024-01-01', '2024-02-01', '2024-04-01', '2024-05-01'], -4999))).to.deep.equal([]);
    });

    it('shopping at one store', () => {
      const days = Array.from({ length: 40 }, (_, day) => `2024-03-${String((day % 28) + 1).padStart(2, '0')}`);
      expect(only(series('REWE', days, days.map((_, index) => -(650 + ((index * 7919) % 9000)))))).to.deep.equal([]);
    });
  });

  describe("Klarna's recurring flag", () => {
    it('makes a commitment of two flagged payments, with the cadence their gap shows', () => {
      const rows = series('FitX', ['2024-04-02', '2024-05-02'], -4999, { recurring: true });
      expect(only(rows).map(summary)).to.deep.equal([
        { name: 'FitX', direction: 'payment', cadence: 'monthly', amount: 4999, lastDate: '2024-05-02', nextDate: '2024-06-02', active: true, source: 'flag' },
      ]);
    });

    it('makes one of a single flagged payment, without a cadence or a next date', () => {
      const [commitment] = only(series('Zeit Verlag', ['2024-05-10'], -2290, { recurring: true }));
      expect(summary(commitment!)).to.deep.equal({ name: 'Zeit Verlag', direction: 'payment', cadence: undefined, amount: 2290, lastDate: '2024-05-10', nextDate: undefined, active: true, source: 'flag' });
    });

    it('says both when detection agrees', () => {
      const rows = series('Netflix', ['2024-01-03', '2024-02-03', '2024-03-03'], -1399, { recurring: true });
      expect(only(rows).map((each) => each.source)).to.deep.equal(['both']);
    });
  });

  it('leaves out the transactions it is told to', () => {
    const rows = series('Max Mustermann', ['2024-01-28', '2024-02-28', '2024-03-28'], -20000);
    expect(recurringCommitments(rows, { exclude: new Set(rows.map((row) => row.id)) }).commitments).to.deep.equal([]);
  });

  it('sums the active commitments per month: weekly × 52/12, quarterly / 3, yearly / 12', () => {
    const rows = [
      ...series('Netflix', ['2024-02-03', '2024-03-03', '2024-04-03', '2024-05-03', '2024-06-03'], -1399),
      ...series('Taschengeld', ['2024-05-10', '2024-05-17', '2024-05-24', '2024-05-31', '2024-06-07'], -2500),
      ...series('HUK-COBURG', ['2023-06-01', '2024-06-03'], [-38900, -41250]),
      ...series('Grundsteuer', ['2023-12-15', '2024-03-15', '2024-06-14'], -12000),
      ...series('ACME GmbH', ['2024-03-28', '2024-04-30', '2024-05-31'], 320000),
      // Ended: expected again on 20 April.
      ...series('Zeitung', ['2024-01-20', '2024-02-20', '2024-03-20'], -1500),
      transaction({ date: '2024-05-10', amount: -2290, counterparty: { name: 'Zeit Verlag' }, recurring: true }),
      transaction({ date: '2024-03-01', amount: -500, currency: 'SEK', counterparty: { name: 'Spotify' }, recurring: true }),
    ];
    const { commitments, monthly } = recurringCommitments(rows, { asOf: '2024-06-10' });
    expect(commitments.map((each) => [each.name, each.cadence, each.active])).to.deep.equal([
      ['ACME GmbH', 'monthly', true],
      ['Taschengeld', 'weekly', true],
      ['Grundsteuer', 'quarterly', true],
      ['HUK-COBURG', 'yearly', true],
      ['Zeitung', 'monthly', false],
      ['Netflix', 'monthly', true],
      ['Spotify', undefined, true],
      ['Zeit Verlag', undefined, true],
    ]);
    // 1399 + 2500 × 52 / 12 (10833.33) + 12000 / 3 (4000) + 40075 / 12 (3339.58) = 19571.92 → 19572.
    expect(monthly).to.deep.equal([
      { currency: 'EUR', payments: 19572, income: 320000 },
      { currency: 'SEK', payments: 0, income: 0 },
    ]);
  });
});
