import { expect } from 'chai';
import { messagesFor } from '../../src/i18n/messages.js';

describe('message catalogs', () => {
  it('count transactions with the language’s digit grouping and its singular', () => {
    expect(messagesFor('en').resultCount(100_000, 100_000)).to.equal('100,000 transactions');
    expect(messagesFor('en').resultCount(1, 1)).to.equal('1 transaction');
    expect(messagesFor('en').resultCount(1, 12_500)).to.equal('1 of 12,500 transactions');
    expect(messagesFor('de').resultCount(100_000, 100_000)).to.equal('100.000 Umsätze');
    expect(messagesFor('de').resultCount(1, 1)).to.equal('1 Umsatz');
    expect(messagesFor('de').resultCount(3, 1_200)).to.equal('3 von 1.200 Umsätzen');
    expect(messagesFor('sv').resultCount(100_000, 100_000)).to.equal('100\u00a0000 transaktioner');
    expect(messagesFor('sv').resultCount(1, 1)).to.equal('1 transaktion');
  });
});
