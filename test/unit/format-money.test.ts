import { expect } from 'chai';
import { currencyFractionDigits, formatMoney, toMajorUnits, toMinorUnits } from '../../src/format/money.js';
import { plainSpaces as plain } from '../helpers/text.js';

// Intl separates amount and symbol with a no-break space; compare with plain spaces.

describe('formatMoney', () => {
  it('reads fraction digits from the currency: 0 for JPY, 2 for EUR and SEK, 3 for KWD and JOD', () => {
    expect(currencyFractionDigits('JPY')).to.equal(0);
    expect(currencyFractionDigits('EUR')).to.equal(2);
    expect(currencyFractionDigits('SEK')).to.equal(2);
    expect(currencyFractionDigits('KWD')).to.equal(3);
    expect(currencyFractionDigits('JOD')).to.equal(3);
  });

  it('formats EUR minor units in the locale', () => {
    expect(plain(formatMoney(123456, 'EUR', { locale: 'de-DE' }))).to.equal('1.234,56 €');
    expect(plain(formatMoney(-1999, 'EUR', { locale: 'en-US' }))).to.equal('-€19.99');
  });

  it('formats JPY without dividing by 100', () => {
    expect(formatMoney(1200, 'JPY', { locale: 'en-US' })).to.equal('¥1,200');
  });

  it('formats KWD and JOD with three decimals', () => {
    expect(plain(formatMoney(1234, 'KWD', { locale: 'en-US' }))).to.equal('KWD 1.234');
    expect(plain(formatMoney(-5, 'JOD', { locale: 'en-US' }))).to.equal('-JOD 0.005');
  });

  it('formats SEK in Swedish', () => {
    expect(plain(formatMoney(9950, 'SEK', { locale: 'sv-SE' }))).to.equal('99,50 kr');
  });

  it('shows the sign on credits when asked', () => {
    expect(formatMoney(500, 'EUR', { locale: 'en-US', signDisplay: 'always' })).to.equal('+€5.00');
  });

  it('accepts a lower-case code', () => {
    expect(formatMoney(100, 'eur', { locale: 'en-US' })).to.equal('€1.00');
  });

  it('falls back to the number and the code for a malformed currency', () => {
    expect(formatMoney(1050, 'EURO', { locale: 'en-US' })).to.equal('10.50 EURO');
  });

  it('shows a debit of zero (-0) without a minus', () => {
    expect(plain(formatMoney(-0, 'EUR', { locale: 'en-US' }))).to.equal('€0.00');
    expect(plain(formatMoney(-0, 'EURO', { locale: 'en-US' }))).to.equal('0.00 EURO');
  });

  it('shows only the number for an empty currency code', () => {
    expect(formatMoney(1050, '', { locale: 'en-US' })).to.equal('10.50');
  });

  it('formats a non-finite amount as a dash instead of NaN', () => {
    expect(formatMoney(Number.NaN, 'EUR')).to.equal('–');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'EUR')).to.equal('–');
  });

  it('converts between minor and major units without float noise', () => {
    expect(toMajorUnits(1999, 'EUR')).to.equal(19.99);
    expect(toMinorUnits(19.99, 'EUR')).to.equal(1999);
    expect(toMinorUnits(0.1 + 0.2, 'EUR')).to.equal(30);
    expect(toMinorUnits(1.2345, 'KWD')).to.equal(1235);
    expect(toMinorUnits(1200, 'JPY')).to.equal(1200);
  });
});
