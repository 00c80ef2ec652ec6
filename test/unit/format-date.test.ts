import { expect } from 'chai';
import { formatDate, formatDateTime, isValidIsoDate, parseIsoDate, toIsoDate } from '../../src/format/date.js';

describe('dates', () => {
  it('reads a YYYY-MM-DD date as UTC midnight', () => {
    expect(parseIsoDate('2020-01-31')).to.equal(Date.UTC(2020, 0, 31));
    expect(toIsoDate(parseIsoDate('2024-02-29'))).to.equal('2024-02-29');
  });

  it('refuses dates that do not exist or are not in the format', () => {
    for (const value of ['2021-02-29', '2021-13-01', '2021-00-10', '31.01.2020', '2020-1-5', '', '2020-01-31T10:00:00Z']) {
      expect(isValidIsoDate(value), value).to.equal(false);
    }
  });

  it('reads the years 0000 to 0099 as themselves, not as 1900 to 1999', () => {
    for (const value of ['0000-01-01', '0050-03-01', '0099-12-31', '0100-01-01']) {
      expect(toIsoDate(parseIsoDate(value)), value).to.equal(value);
    }
    expect(formatDate('0099-12-31', 'en-US')).to.equal('Dec 31, 99');
    // Intl would call it the year 1.
    expect(formatDate('0000-01-01', 'en-US')).to.equal('0000-01-01');
  });

  it('formats in the locale without shifting the day', () => {
    expect(formatDate('2020-01-31', 'de-DE')).to.equal('31.01.2020');
    expect(formatDate('2020-01-31', 'en-US')).to.equal('Jan 31, 2020');
    expect(formatDate('2020-01-01', 'sv-SE')).to.equal('1 jan. 2020');
  });

  it('formats months and short days', () => {
    expect(formatDate('2020-01-15', 'de-DE', 'month')).to.equal('Januar 2020');
    expect(formatDate('2020-03-05', 'en-GB', 'short')).to.equal('5 Mar');
  });

  it('shows an invalid date as it came rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'en-US')).to.equal('not a date');
    expect(formatDateTime('yesterday', 'en-US')).to.equal('yesterday');
  });

  it('formats a timestamp with date and time', () => {
    expect(formatDateTime('2021-01-12T13:33:16.733086Z', 'en-US')).to.match(/Jan 12, 2021|Jan 1[12], 2021/);
  });
});
