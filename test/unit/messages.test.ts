import { expect } from 'chai';
import { connectCatalog } from '../../src/i18n/connect-messages.js';
import { languageOf, messagesFor } from '../../src/i18n/messages.js';

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

  it('pick the catalog of the locale’s language from the table, English for any other', () => {
    expect(languageOf('de-AT')).to.equal('de');
    expect(languageOf('SV_se')).to.equal('sv');
    expect(languageOf('fr')).to.equal('en');
    expect(languageOf('constructor')).to.equal('en');
    expect(languageOf(undefined)).to.equal('en');
    expect(messagesFor('de-CH').retry).to.equal('Erneut versuchen');
    expect(messagesFor('toString').retry).to.equal('Try again');
  });

  it('have English at once and load another language’s connect words on first use', async () => {
    expect(connectCatalog.wordsFor('nl')?.label).to.equal('Connect your bank');
    expect(connectCatalog.wordsFor('de')).to.equal(undefined);
    expect((await connectCatalog.load('de')).label).to.equal('Bank verbinden');
    expect(connectCatalog.wordsFor('de-AT')?.label).to.equal('Bank verbinden');
    expect((await connectCatalog.load('sv-FI')).states.error).to.equal('Bankanslutningen misslyckades');
  });
});
