import { expect } from 'chai';
import { usableLocale } from '../../src/i18n/locale.js';

describe('usableLocale', () => {
  it('keeps a locale Intl takes, as it was written', () => {
    expect(usableLocale('de-at')).to.equal('de-at');
    expect(usableLocale('en-GB')).to.equal('en-GB');
  });

  it('drops a POSIX modifier or encoding that Intl refuses', () => {
    expect(() => new Intl.NumberFormat('en-US@posix')).to.throw(RangeError);
    expect(usableLocale('en-US@posix')).to.equal('en-US');
    expect(usableLocale('de_DE.UTF-8')).to.equal('de-DE');
  });

  it('gives nothing for no locale or a malformed one', () => {
    expect(usableLocale(undefined)).to.equal(undefined);
    expect(usableLocale('')).to.equal(undefined);
    expect(usableLocale('!!')).to.equal(undefined);
  });
});
