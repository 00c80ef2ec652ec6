import { expect } from 'chai';
import fc from 'fast-check';
import {
  buildSearchIndex,
  filterIndexes,
  filterTransactions,
  foldForSearch,
  amountSearchText,
  indexesContaining,
  SearchIndexBuilder,
  searchTextOf, isFilterEmpty, sortTransactions, uncategorizedId } from '../../src/insights/transaction-filter.js';
import { march, transaction } from '../fixtures/transactions.js';

const references = (list: readonly { reference?: string | undefined }[]) => list.map((item) => item.reference);

describe('filterTransactions', () => {
  it('returns everything, as a new array, for an empty filter', () => {
    const result = filterTransactions(march, {});
    expect(result).to.deep.equal(march);
    expect(result).not.to.equal(march);
    expect(isFilterEmpty({ query: '   ' })).to.equal(true);
  });

  it('searches reference, counterparty, brand and category, ignoring case and accents', () => {
    expect(references(filterTransactions(march, { query: 'rewe' }))).to.deep.equal(['REWE SAGT DANKE']);
    expect(references(filterTransactions(march, { query: 'MULLER' }))).to.deep.equal(['Miete März']);
    expect(references(filterTransactions(march, { query: 'groceries' }))).to.deep.equal(['REWE SAGT DANKE', 'EDEKA Center']);
    expect(references(filterTransactions(march, { query: 'cafe' }))).to.deep.equal(['Café Rückzahlung']);
    expect(references(filterTransactions(march, { query: 'deutsche bahn' }))).to.deep.equal(['Deutschlandticket']);
  });

  it('needs every word of the query', () => {
    expect(filterTransactions(march, { query: 'rewe edeka' })).to.deep.equal([]);
    expect(references(filterTransactions(march, { query: 'edeka center' }))).to.deep.equal(['EDEKA Center']);
  });

  it('filters by category, including the uncategorized', () => {
    expect(references(filterTransactions(march, { categoryIds: new Set(['groceries', 'clothes']) }))).to.deep.equal([
      'REWE SAGT DANKE',
      'EDEKA Center',
      'Esprit Online Shop',
    ]);
    expect(references(filterTransactions(march, { categoryIds: new Set([uncategorizedId]) }))).to.deep.equal(['Café Rückzahlung']);
  });

  it('filters income and expenses', () => {
    expect(filterTransactions(march, { direction: 'credit' })).to.have.length(2);
    expect(filterTransactions(march, { direction: 'debit' })).to.have.length(6);
  });

  it('filters by an inclusive date range', () => {
    expect(references(filterTransactions(march, { fromDate: '2024-03-05', toDate: '2024-03-07' }))).to.deep.equal([
      'Netflix.com',
      'Esprit Online Shop',
    ]);
  });

  it('filters by the size of the amount, whatever its sign, and drops transactions without one', () => {
    const list = [...march, transaction({ reference: 'no amount' })];
    expect(references(filterTransactions(list, { minAmount: 2000, maxAmount: 4900 }))).to.deep.equal([
      'REWE SAGT DANKE',
      'EDEKA Center',
      'Deutschlandticket',
      'Café Rückzahlung',
    ]);
  });

  it('combines criteria', () => {
    expect(references(filterTransactions(march, { query: 'e', direction: 'debit', categoryIds: new Set(['groceries']), maxAmount: 3000 }))).to.deep.equal([
      'EDEKA Center',
    ]);
  });

  it('folds text for search', () => {
    expect(foldForSearch('Ärger im Café ÅÖ')).to.equal('arger im cafe ao');
  });
});

describe('searching amounts as the locale writes them', () => {
  const list = [
    transaction({ amount: -5873, reference: 'Kfz-Versicherung', counterparty: { name: 'HUK-COBURG' } }),
    transaction({ amount: 5873, reference: 'Erstattung' }),
    transaction({ amount: -123456, reference: 'Möbel' }),
    transaction({ amount: 250000, reference: 'Gehalt' }),
    transaction({ amount: -5800, reference: 'Deutschlandticket' }),
    transaction({ amount: -5873, currency: 'JPY', reference: 'Tokyo' }),
    transaction({ amount: -5873, currency: 'SEK', reference: 'ICA' }),
    transaction({ reference: 'no amount 58.73' }),
  ];
  const found = (query: string) => references(filterTransactions(list, { query }));
  const indexed = (query: string) => references(filterIndexes(list, { query }, buildSearchIndex(list)).map((index) => list[index]!));

  it('finds −€58.73 by "58.73", "58,73", "-58.73", "−58,73" and "58" (en, de and sv spellings)', () => {
    for (const query of ['58.73', '58,73', '58,7', '58.']) expect(found(query), query).to.include.members(['Kfz-Versicherung', 'Erstattung', 'ICA']);
    for (const query of ['-58.73', '−58,73', '-58,73', '−58.73']) {
      expect(found(query), query).to.include.members(['Kfz-Versicherung', 'ICA']).and.not.include('Erstattung');
    }
    expect(found('+58,73')).to.deep.equal(['Erstattung']);
    expect(found('58')).to.include.members(['Kfz-Versicherung', 'Erstattung', 'Deutschlandticket', 'ICA', 'no amount 58.73']);
  });

  it('finds an amount copied as the report shows it, currency and all', () => {
    // A symbol such as € is left out of the query; a currency written in letters is searched.
    expect(found('−€58.73')).to.deep.equal(['Kfz-Versicherung', 'ICA']);
    expect(found('-58,73 €')).to.deep.equal(['Kfz-Versicherung', 'ICA']);
    expect(found('-58,73 eur')).to.deep.equal(['Kfz-Versicherung']);
    expect(found('−58,73 kr')).to.deep.equal(['ICA']);
    expect(found('58.73 SEK')).to.deep.equal(['ICA']);
  });

  it('finds grouped thousands in either convention, and a Swedish space-grouped amount', () => {
    for (const query of ['1234.56', '1234,56', '1,234.56', '1.234,56', '-1.234,56', '1 234,56', '1 234,56', '2.500,00', '2,500']) {
      expect(found(query), query).to.have.length.greaterThan(0);
    }
    expect(found('1.234,56')).to.deep.equal(['Möbel']);
    expect(found('2,500.00')).to.deep.equal(['Gehalt']);
  });

  it('writes amounts with the currency’s own decimals', () => {
    expect(found('-5873')).to.deep.equal(['Tokyo']);
    expect(found('5,873')).to.deep.equal(['Tokyo']);
    expect(amountSearchText({ minor: -5, currency: 'KWD' })).to.match(/^-0\.005 -0,005 kwd/);
    expect(amountSearchText({ minor: 0, currency: 'EUR' })).to.match(/^0\.00 0,00 eur/);
  });

  it('gives the same through the search index as through the plain filter', () => {
    for (const query of ['58,73', '−€58.73', '1.234,56', '58', '+58', 'kr', '5,873']) expect(indexed(query), query).to.deep.equal(found(query));
  });

  it('does not match across two amounts or into the other fields', () => {
    expect(found('73 -58')).to.include('Kfz-Versicherung');
    expect(found('58.73\n')).to.deep.equal(found('58.73'));
    expect(found('versicherung 58,73')).to.deep.equal(['Kfz-Versicherung']);
    expect(found('versicherung 58,74')).to.deep.equal([]);
  });
});

describe('the search index', () => {
  // Short texts from a small alphabet, so that words hit, miss and straddle text boundaries.
  const texts = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', ' '), maxLength: 8 }), { maxLength: 40 });
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä'), minLength: 1, maxLength: 3 });

  it('finds exactly the transactions whose text contains the word, among any candidates', () => {
    fc.assert(
      fc.property(texts, word, fc.array(fc.boolean(), { maxLength: 40 }), (references, query, picks) => {
        const list = references.map((reference) => transaction({ reference }));
        const index = buildSearchIndex(list);
        const folded = list.map(searchTextOf);
        const all = list.map((_, position) => position);
        const candidates = all.filter((position) => picks[position] === true);
        expect(indexesContaining(index, query, undefined)).to.deep.equal(all.filter((position) => folded[position]?.includes(query)));
        expect(indexesContaining(index, query, candidates)).to.deep.equal(candidates.filter((position) => folded[position]?.includes(query)));
      }),
      { numRuns: 500 },
    );
  });

  it('is the same index whether built at once or a slice at a time', () => {
    const list = Array.from({ length: 2500 }, (_, index) => transaction({ reference: `Ref ${index} Müller` }));
    const builder = new SearchIndexBuilder(list);
    let slices = 1;
    while (!builder.step(() => false)) slices += 1;
    expect(slices).to.equal(3);
    const { text, starts } = builder.build();
    const whole = buildSearchIndex(list);
    expect(text).to.equal(whole.text);
    expect([...starts]).to.deep.equal([...whole.starts]);
    expect(indexesContaining(whole, 'ref 2499 muller')).to.deep.equal([2499]);
  });

  it('gives what the plain filter gives, with other criteria and several words', () => {
    const index = buildSearchIndex(march);
    const plain = (filter: Parameters<typeof filterIndexes>[1]) => filterIndexes(march, filter);
    for (const filter of [{ query: 'e' }, { query: 're da' }, { query: 'e', direction: 'debit' as const }, { query: 'zzz' }, { direction: 'credit' as const }, {}]) {
      expect(filterIndexes(march, filter, index), JSON.stringify(filter)).to.deep.equal(plain(filter));
      expect(filterIndexes(march, filter, index, [1, 2, 3]), JSON.stringify(filter)).to.deep.equal(filterIndexes(march, filter, undefined, [1, 2, 3]));
    }
  });
});

describe('sortTransactions', () => {
  it('sorts by date both ways and keeps the report order for equal dates', () => {
    const newest = sortTransactions(march, { field: 'date', order: 'desc' });
    expect(references(newest).slice(0, 2)).to.deep.equal(['Café Rückzahlung', 'Deutschlandticket']);
    expect(references(newest).slice(-2)).to.deep.equal(['Gehalt März', 'Miete März']);
    const oldest = sortTransactions(march, { field: 'date', order: 'asc' });
    expect(references(oldest).slice(0, 2)).to.deep.equal(['Gehalt März', 'Miete März']);
  });

  it('sorts by signed amount and puts missing amounts last', () => {
    const list = [transaction({ reference: 'none' }), ...march];
    const ascending = references(sortTransactions(list, { field: 'amount', order: 'asc' }));
    expect(ascending.slice(0, 2)).to.deep.equal(['Miete März', 'Esprit Online Shop']);
    expect(ascending.at(-1)).to.equal('none');
    const descending = references(sortTransactions(list, { field: 'amount', order: 'desc' }));
    expect(descending[0]).to.equal('Gehalt März');
    expect(descending.at(-1)).to.equal('none');
  });

  it('lists "largest income first" as every income, largest first, then every expense, largest first', () => {
    const list = [transaction({ reference: 'none' }), ...march, transaction({ amount: -120000, reference: 'Urlaub' })];
    expect(references(sortTransactions(list, { field: 'income', order: 'desc' }))).to.deep.equal([
      'Gehalt März',
      'Café Rückzahlung',
      'Urlaub',
      'Miete März',
      'Esprit Online Shop',
      'Deutschlandticket',
      'REWE SAGT DANKE',
      'EDEKA Center',
      'Netflix.com',
      'none',
    ]);
  });

  it('mirrors it for "largest expense first": every expense, largest first, then every income, largest first', () => {
    const list = [transaction({ reference: 'none' }), ...march];
    expect(references(sortTransactions(list, { field: 'expense', order: 'desc' }))).to.deep.equal([
      'Miete März',
      'Esprit Online Shop',
      'Deutschlandticket',
      'REWE SAGT DANKE',
      'EDEKA Center',
      'Netflix.com',
      'Gehalt März',
      'Café Rückzahlung',
      'none',
    ]);
  });

  it('puts the smallest first within each direction for `asc`, keeps equal sizes in report order, and reads the sign when a direction is missing', () => {
    const refund = transaction({ amount: 2000, reference: 'refund' });
    const unsigned = { ...transaction({ amount: -2000, reference: 'no direction' }), direction: undefined };
    const list = [transaction({ amount: -500, reference: 'small' }), refund, unsigned, transaction({ amount: -2000, reference: 'same size' }), transaction({ amount: 100, reference: 'tip' })];
    expect(references(sortTransactions(list, { field: 'expense', order: 'asc' }))).to.deep.equal(['small', 'no direction', 'same size', 'tip', 'refund']);
    expect(references(sortTransactions(list, { field: 'income', order: 'desc' }))).to.deep.equal(['refund', 'tip', 'no direction', 'same size', 'small']);
  });

  it('leaves its input alone', () => {
    const before = references(march);
    sortTransactions(march, { field: 'amount', order: 'asc' });
    expect(references(march)).to.deep.equal(before);
  });
});
