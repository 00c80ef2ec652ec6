import { expect } from 'chai';
import { dateInputPattern, datePlaceholder, formatDateInput, outOfBounds, parseDateInput } from '../../src/format/date-input.js';

const read = (text: string, locale: string) => parseDateInput(text, dateInputPattern(locale));
const letters = { day: 'DD', month: 'MM', year: 'YYYY' };

describe('date input in the locale', () => {
  it('writes a date in each locale’s order and separators', () => {
    expect(formatDateInput('2026-12-31', dateInputPattern('en-GB'))).to.equal('31/12/2026');
    expect(formatDateInput('2026-12-31', dateInputPattern('en-US'))).to.equal('12/31/2026');
    expect(formatDateInput('2026-12-31', dateInputPattern('de-DE'))).to.equal('31.12.2026');
    expect(formatDateInput('2026-12-31', dateInputPattern('sv-SE'))).to.equal('2026-12-31');
    expect(formatDateInput('2026-01-05', dateInputPattern('de'))).to.equal('05.01.2026');
    expect(formatDateInput('2026-01-05', dateInputPattern('hu'))).to.equal('2026. 01. 05.');
  });

  it('uses Gregorian dates and Latin digits whatever the locale’s defaults', () => {
    expect(formatDateInput('2026-12-31', dateInputPattern('fa'))).to.equal('2026/12/31');
    expect(formatDateInput('2026-12-31', dateInputPattern('th'))).to.equal('31/12/2026');
    expect(formatDateInput('2026-12-31', dateInputPattern('ar'))).to.equal('31/12/2026');
  });

  it('says the order in its placeholder', () => {
    expect(datePlaceholder(dateInputPattern('en-GB'), letters)).to.equal('DD/MM/YYYY');
    expect(datePlaceholder(dateInputPattern('en-US'), letters)).to.equal('MM/DD/YYYY');
    expect(datePlaceholder(dateInputPattern('de-DE'), { day: 'TT', month: 'MM', year: 'JJJJ' })).to.equal('TT.MM.JJJJ');
    expect(datePlaceholder(dateInputPattern('sv-SE'), { day: 'DD', month: 'MM', year: 'ÅÅÅÅ' })).to.equal('ÅÅÅÅ-MM-DD');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDateInput('2026-02-30', dateInputPattern('de'))).to.equal('2026-02-30');
    expect(formatDateInput('', dateInputPattern('de'))).to.equal('');
  });

  it('reads every locale’s order', () => {
    expect(read('31/12/2026', 'en-GB')).to.deep.equal({ kind: 'date', iso: '2026-12-31' });
    expect(read('12/31/2026', 'en-US')).to.deep.equal({ kind: 'date', iso: '2026-12-31' });
    expect(read('31.12.2026', 'de-DE')).to.deep.equal({ kind: 'date', iso: '2026-12-31' });
    expect(read('2026-12-31', 'sv-SE')).to.deep.equal({ kind: 'date', iso: '2026-12-31' });
    expect(read('2026. 12. 31.', 'hu')).to.deep.equal({ kind: 'date', iso: '2026-12-31' });
    // The same digits mean another day in another order.
    expect(read('05/04/2026', 'en-GB')).to.deep.equal({ kind: 'date', iso: '2026-04-05' });
    expect(read('05/04/2026', 'en-US')).to.deep.equal({ kind: 'date', iso: '2026-05-04' });
  });

  it('reads one-digit days and months and any of . / - and spaces between them', () => {
    for (const text of ['1.2.2026', '01.02.2026', '1/2/2026', '1-2-2026', '1 2 2026', ' 1. 2. 2026 ', '01.02.2026.']) {
      expect(read(text, 'de'), text).to.deep.equal({ kind: 'date', iso: '2026-02-01' });
    }
    expect(read('2026.2.1', 'sv')).to.deep.equal({ kind: 'date', iso: '2026-02-01' });
  });

  it('reads a pasted ISO date in any locale', () => {
    expect(read('2026-02-01', 'de')).to.deep.equal({ kind: 'date', iso: '2026-02-01' });
    expect(read('2026-02-01', 'en-US')).to.deep.equal({ kind: 'date', iso: '2026-02-01' });
  });

  it('knows leap days', () => {
    expect(read('29.02.2024', 'de')).to.deep.equal({ kind: 'date', iso: '2024-02-29' });
    expect(read('29.02.2000', 'de')).to.deep.equal({ kind: 'date', iso: '2000-02-29' });
    expect(read('29.02.2026', 'de')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
    expect(read('29.02.1900', 'de')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
  });

  it('rejects days the calendar does not have', () => {
    expect(read('31.02.2026', 'de')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
    expect(read('31/04/2026', 'en-GB')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
    expect(read('00.01.2026', 'de')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
    expect(read('13.13.2026', 'de')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
    // In the US order the month comes first: 31 is no month.
    expect(read('31/12/2026', 'en-US')).to.deep.equal({ kind: 'invalid', reason: 'no-such-day' });
  });

  it('rejects two-digit years and what is not three numbers', () => {
    for (const text of ['31.12.26', '31.12.026', '31.12.20266', '31.12', '31.12.2026.1', '31122026', 'heute', '31.Dez.2026', '3x.12.2026', '123.1.2026']) {
      expect(read(text, 'de'), text).to.deep.equal({ kind: 'invalid', reason: 'format' });
    }
    expect(read('26-12-31', 'sv')).to.deep.equal({ kind: 'invalid', reason: 'format' });
  });

  it('tells an empty field from an invalid one', () => {
    expect(read('', 'de')).to.deep.equal({ kind: 'empty' });
    expect(read('   ', 'de')).to.deep.equal({ kind: 'empty' });
  });

  it('round-trips what it writes', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'sv-SE', 'hu', 'bg', 'ar', 'fa']) {
      const pattern = dateInputPattern(locale);
      for (const iso of ['2024-02-29', '2026-01-05', '1999-12-31']) expect(parseDateInput(formatDateInput(iso, pattern), pattern), `${locale} ${iso}`).to.deep.equal({ kind: 'date', iso });
    }
  });

  it('says whether a date lies outside the bounds', () => {
    expect(outOfBounds('2026-08-31', '2026-09-01', '2026-11-30')).to.equal('before');
    expect(outOfBounds('2026-12-01', '2026-09-01', '2026-11-30')).to.equal('after');
    expect(outOfBounds('2026-09-01', '2026-09-01', '2026-11-30')).to.equal(undefined);
    expect(outOfBounds('2026-11-30', undefined, undefined)).to.equal(undefined);
  });
});
