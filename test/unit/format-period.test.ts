import { expect } from 'chai';
import { formatPeriod } from '../../src/format/period.js';
import { messagesFor } from '../../src/i18n/messages.js';

/** `formatRange` and Intl put thin and no-break spaces in periods: plain spaces instead. */
const period = (from: string | undefined, to: string | undefined, locale: string): string | undefined =>
  formatPeriod(from, to, locale, messagesFor(locale))?.replace(/[\u2009\u00a0\u202f]/g, ' ');

describe('formatPeriod', () => {
  it('says a period the way each language does, leaving out what both ends share', () => {
    expect(period('2024-03-01', '2024-03-31', 'en-US')).to.equal('Mar 1 – 31, 2024');
    expect(period('2024-03-01', '2024-03-31', 'de-DE')).to.equal('01.–31.03.2024');
    expect(period('2024-03-01', '2024-03-31', 'sv-SE')).to.equal('1–31 mars 2024');
    expect(period('2023-12-01', '2024-02-29', 'en-US')).to.equal('Dec 1, 2023 – Feb 29, 2024');
  });

  it('says a single day once', () => {
    expect(period('2024-03-14', '2024-03-14', 'de-DE')).to.equal('14.03.2024');
  });

  it('says "since" or "until" for a period open at one end', () => {
    expect(period('2024-03-01', undefined, 'en-US')).to.equal('Since Mar 1, 2024');
    expect(period(undefined, '2024-03-31', 'de-DE')).to.equal('Bis 31.03.2024');
    expect(period('2024-03-01', 'not a date', 'sv-SE')).to.equal('Från och med 1 mars 2024');
  });

  it('has nothing to say without a readable end, and swaps ends given the wrong way round', () => {
    expect(period(undefined, undefined, 'en-US')).to.equal(undefined);
    expect(period('', '2024-02-30', 'en-US')).to.equal(undefined);
    expect(period('0000-01-01', undefined, 'en-US')).to.equal(undefined);
    expect(period('2024-03-31', '2024-03-01', 'en-US')).to.equal('Mar 1 – 31, 2024');
  });

  it('does not shift a day in the viewer’s time zone', () => {
    expect(period('2024-01-01', '2024-12-31', 'en-US')).to.equal('Jan 1 – Dec 31, 2024');
  });
});
