import { expect } from 'chai';
import { connectCatalog } from '../../src/i18n/connect-messages.js';
import { displayCatalog } from '../../src/i18n/display-messages.js';
import { csvWords } from '../../src/i18n/en-csv.js';
import { dateFieldWords } from '../../src/i18n/en-date-field.js';
import { detailWords } from '../../src/i18n/en-detail.js';
import { filterWords } from '../../src/i18n/en-filters.js';
import { viewWords } from '../../src/i18n/en-views.js';
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

  it('give the words that load with their code in the language of an element’s catalog', async () => {
    const english = displayCatalog.wordsFor('en')!;
    expect('cashFlow' in english.insights, 'the views’ words are not in what every element has').to.equal(false);
    expect(viewWords(english).cashFlow).to.equal('Cash flow');
    expect(viewWords(english).allAccounts).to.equal('All accounts');
    expect(detailWords(english).detailClose).to.equal('Close details');
    expect(filterWords(english).filtersDone).to.equal('Done');
    expect(dateFieldWords(english).dateField.noSuchDay).to.equal('That day does not exist.');
    expect(csvWords(english).csv.columns.date).to.equal('Date');
    const german = await displayCatalog.load('de');
    expect(viewWords(german).cashFlow).to.equal(messagesFor('de').insights.cashFlow);
    expect(detailWords(german).detailClose).to.equal(messagesFor('de').detailClose);
    expect(csvWords(messagesFor('sv')).csv.columns.date).to.equal(messagesFor('sv').csv.columns.date);
    expect(viewWords(messagesFor('en')).cashFlow, 'the whole English catalog too').to.equal('Cash flow');
  });
});
