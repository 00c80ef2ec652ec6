import { expect } from 'chai';
import { minorToDecimal, transactionsToCsv } from '../../src/insights/transactions-csv.js';
import { march, transaction } from '../fixtures/transactions.js';

describe('transactionsToCsv', () => {
  it('writes a header and one CRLF line per transaction', () => {
    const lines = transactionsToCsv(march.slice(0, 2)).split('\r\n');
    expect(lines[0]).to.equal('date,booking_date,value_date,amount,currency,direction,counterparty,counterparty_iban,reference,categories,brand,recurring,pending,id');
    expect(lines[1]).to.equal(`2024-03-01,,,2500.00,EUR,credit,ACME GmbH,,Gehalt März,Salary,,true,false,${march[0]!.id}`);
    expect(lines[2]).to.match(/^2024-03-01,,,-950\.00,EUR,debit,Hausverwaltung Müller,,Miete März,Rent,,true,false,/);
    expect(lines).to.have.length(4);
    expect(lines[3]).to.equal('');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = transactionsToCsv([transaction({ amount: -100, reference: 'a, "b"\nc' })]);
    expect(csv.split('\r\n')[1]).to.contain(',"a, ""b""\nc",');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = transactionsToCsv([
      transaction({ amount: -100, reference: '=HYPERLINK("http://evil.example","x")', counterparty: { name: '+49 30 123' } }),
      transaction({ amount: -100, reference: '@SUM(A1)', brand: { id: 'b', name: '-minus' } }),
    ]);
    const [, first, second] = csv.split('\r\n');
    expect(first).to.contain(`,'+49 30 123,`);
    expect(first).to.contain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    expect(second).to.contain(`,'@SUM(A1),`);
    expect(second).to.contain(`,'-minus,`);
  });

  it('writes amounts with the currency’s own decimals', () => {
    expect(minorToDecimal(-123456, 'EUR')).to.equal('-1234.56');
    expect(minorToDecimal(5, 'EUR')).to.equal('0.05');
    expect(minorToDecimal(1200, 'JPY')).to.equal('1200');
    expect(minorToDecimal(-5, 'KWD')).to.equal('-0.005');
    expect(minorToDecimal(0, 'SEK')).to.equal('0.00');
  });

  it('leaves amount cells empty for a transaction without an amount', () => {
    expect(transactionsToCsv([transaction({ reference: 'x' })]).split('\r\n')[1]).to.match(/^2024-03-01,,,,,,/);
  });
});
