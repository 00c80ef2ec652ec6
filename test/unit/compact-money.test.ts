import { expect } from 'chai';
import { formatCompactMoney } from '../../src/category-chart/compact-money.js';
import { plainSpaces as plain } from '../helpers/text.js';

describe('formatCompactMoney', () => {
  it('writes large amounts short, to three significant digits, in the locale', () => {
    expect(plain(formatCompactMoney(495_780_532, 'EUR', 'en-US'))).to.equal('€4.96M');
    expect(plain(formatCompactMoney(495_780_532, 'EUR', 'de-DE'))).to.equal('4,96 Mio. €');
    expect(plain(formatCompactMoney(495_780_532, 'SEK', 'sv-SE'))).to.equal('4,96 mn kr');
  });

  it('reads minor units by the currency: 0, 2 and 3 decimals', () => {
    expect(plain(formatCompactMoney(123_456_789, 'JPY', 'en-US'))).to.equal('¥123M');
    expect(plain(formatCompactMoney(123_456_789, 'EUR', 'en-US'))).to.equal('€1.23M');
    expect(plain(formatCompactMoney(123_456_789, 'KWD', 'en-US'))).to.equal('KWD 123K');
  });

  it('falls back to the exact figure for a currency Intl cannot read, and shows no minus zero', () => {
    expect(plain(formatCompactMoney(12_345, 'E U R', 'en-US'))).to.equal('123.45 E U R');
    expect(plain(formatCompactMoney(-0, 'EUR', 'de-DE'))).to.equal('0 €');
  });
});
