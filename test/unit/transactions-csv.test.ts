import { expect } from 'chai';
import { csvConventions, csvFileName, minorToDecimal, transactionsToCsv } from '../../src/insights/transactions-csv.js';
import { march, transaction } from '../fixtures/transactions.js';

const bom = '\uFEFF';

/** The lines of a CSV text after its byte order mark, without the empty one after the last CRLF. */
function linesOf(csv: string): string[] {
  expect(csv.startsWith(bom), 'starts with a byte order mark').to.equal(true);
  expect(csv.endsWith('\r\n')).to.equal(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('transactionsToCsv', () => {
  it('writes English headers and words, `,` between fields and `.` decimals by default', () => {
    const lines = linesOf(transactionsToCsv(march.slice(0, 2)));
    expect(lines[0]).to.equal('Date,Booking date,Value date,Amount,Currency,Type,Counterparty,Counterparty IBAN,Reference,Categories,Brand,Recurring,Pending,Transaction ID');
    expect(lines[1]).to.equal(`2024-03-01,,,2500.00,EUR,Income,ACME GmbH,,Gehalt März,Salary,,Yes,No,${march[0]!.id}`);
    expect(lines[2]).to.match(/^2024-03-01,,,-950\.00,EUR,Expense,Hausverwaltung Müller,,Miete März,Rent,,Yes,No,/);
    expect(lines).to.have.length(3);
  });

  it('writes a German file as German Excel opens it: `;` between fields, comma decimals, German headers', () => {
    const lines = linesOf(transactionsToCsv([...march.slice(0, 2), transaction({ amount: -123456, reference: 'Möbel', pending: true })], { locale: 'de-DE' }));
    expect(lines[0]).to.equal(
      'Datum;Buchungstag;Wertstellung;Betrag;Währung;Art;Auftraggeber/Empfänger;IBAN Auftraggeber/Empfänger;Verwendungszweck;Kategorien;Marke;Wiederkehrend;Vorgemerkt;Umsatz-ID',
    );
    expect(lines[1]).to.equal(`2024-03-01;;;2500,00;EUR;Eingang;ACME GmbH;;Gehalt März;Salary;;Ja;Nein;${march[0]!.id}`);
    expect(lines[2]).to.match(/^2024-03-01;;;-950,00;EUR;Ausgang;Hausverwaltung Müller;;Miete März;Rent;;Ja;Nein;/);
    // No digit grouping and an ASCII minus: German Excel reads `-1234,56` as a number.
    expect(lines[3]).to.match(/^2024-03-01;;;-1234,56;EUR;Ausgang;;;Möbel;;;Nein;Ja;/);
  });

  it('writes a Swedish file with `;`, comma decimals and an ASCII minus, not Intl’s U+2212', () => {
    const lines = linesOf(transactionsToCsv([transaction({ amount: -5873, currency: 'SEK', reference: 'ICA' })], { locale: 'sv-SE' }));
    expect(lines[0]).to.match(/^Datum;Bokföringsdag;Valutadag;Belopp;Valuta;Typ;Motpart;/);
    expect(lines[1]).to.match(/^2024-03-01;;;-58,73;SEK;Uttag;;;ICA;;;Nej;Nej;/);
  });

  it('keeps dates ISO 8601 in every locale', () => {
    const row = transaction({ date: '2026-11-30', bookingDate: '2026-11-30', valueDate: '2026-11-29', amount: -100 });
    for (const locale of ['en-US', 'de-DE', 'sv-SE']) {
      expect(linesOf(transactionsToCsv([row], { locale }))[1], locale).to.match(/^2026-11-30[,;]2026-11-30[,;]2026-11-29[,;]/);
    }
  });

  it('chooses `;` exactly where the locale’s decimal separator is a comma', () => {
    expect(csvConventions('en-GB')).to.deep.equal({ separator: ',', decimal: '.' });
    expect(csvConventions('de-CH')).to.deep.equal({ separator: ',', decimal: '.' });
    expect(csvConventions('de-DE')).to.deep.equal({ separator: ';', decimal: ',' });
    expect(csvConventions('sv')).to.deep.equal({ separator: ';', decimal: ',' });
    expect(csvConventions('fr-FR')).to.deep.equal({ separator: ';', decimal: ',' });
    expect(csvConventions('not a locale!')).to.deep.equal({ separator: ',', decimal: '.' });
  });

  it('quotes the field separator, quotes and line breaks (RFC 4180)', () => {
    const row = transaction({ amount: -100, reference: 'a, "b"\nc', counterparty: { name: 'Smith; Jones' } });
    const english = linesOf(transactionsToCsv([row])).slice(1).join('\r\n');
    expect(english).to.contain(',Smith; Jones,');
    expect(english).to.contain(',"a, ""b""\nc",');
    const german = linesOf(transactionsToCsv([row], { locale: 'de' })).slice(1).join('\r\n');
    expect(german).to.contain(';"Smith; Jones";');
    expect(german).to.contain(';"a, ""b""\nc";');
  });

  it('quotes a list of categories where `;` separates fields', () => {
    const row = transaction({ amount: -100, categories: [{ id: 'a', name: 'Lebensmittel' }, { id: 'b', name: 'Haushalt' }] });
    expect(linesOf(transactionsToCsv([row]))[1]).to.contain(',Lebensmittel; Haushalt,');
    expect(linesOf(transactionsToCsv([row], { locale: 'de' }))[1]).to.contain(';"Lebensmittel; Haushalt";');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = [
      transaction({ amount: -100, reference: '=HYPERLINK("http://evil.example","x")', counterparty: { name: '+49 30 123' } }),
      transaction({ amount: -100, reference: '@SUM(A1)', brand: { id: 'b', name: '-minus' } }),
    ];
    const [, first, second] = linesOf(transactionsToCsv(rows));
    expect(first).to.contain(`,'+49 30 123,`);
    expect(first).to.contain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    expect(second).to.contain(`,'@SUM(A1),`);
    expect(second).to.contain(`,'-minus,`);
    const [, german] = linesOf(transactionsToCsv(rows, { locale: 'de' }));
    expect(german).to.contain(`;'+49 30 123;`);
  });

  it('writes amounts with the currency’s own decimals', () => {
    expect(minorToDecimal(-123456, 'EUR')).to.equal('-1234.56');
    expect(minorToDecimal(-123456, 'EUR', ',')).to.equal('-1234,56');
    expect(minorToDecimal(5, 'EUR')).to.equal('0.05');
    expect(minorToDecimal(1200, 'JPY', ',')).to.equal('1200');
    expect(minorToDecimal(-5, 'KWD', ',')).to.equal('-0,005');
    expect(minorToDecimal(0, 'SEK')).to.equal('0.00');
  });

  it('leaves amount cells empty for a transaction without an amount', () => {
    expect(linesOf(transactionsToCsv([transaction({ reference: 'x' })]))[1]).to.match(/^2024-03-01,,,,,,/);
  });
});

describe('csvFileName', () => {
  const iban = 'DE89 3704 0044 0532 0130 00';

  it('names the account by its masked IBAN and the period by its ISO dates', () => {
    expect(csvFileName({ iban, name: 'Girokonto' }, { from: '2026-09-01', to: '2026-11-30' })).to.equal('transactions-DE89…3000-2026-09-01-2026-11-30.csv');
  });

  it('uses the account’s name, reduced to safe characters, when there is no IBAN', () => {
    expect(csvFileName({ name: 'Spar­konto "Ü/1"' }, { from: '2026-01-01' })).to.equal('transactions-Sparkonto-U-1-2026-01-01.csv');
    expect(csvFileName({ name: '../../etc/passwd' })).to.equal('transactions-etc-passwd.csv');
  });

  it('leaves out what is missing, and never anything but a date as a bound', () => {
    expect(csvFileName(undefined)).to.equal('transactions.csv');
    expect(csvFileName({}, { to: '2026-11-30' })).to.equal('transactions-2026-11-30.csv');
    expect(csvFileName({ iban }, { from: '../x', to: '2026-11-30T00:00' })).to.equal('transactions-DE89…3000.csv');
  });

  it('never shows more of an IBAN than its country, check digits and last four', () => {
    const name = csvFileName({ iban: 'DE89370400440532013000' });
    expect(name).to.not.contain('37040044');
    expect(name).to.match(/^transactions-[A-Za-z0-9…-]+\.csv$/);
  });
});
