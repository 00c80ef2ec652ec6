import { expect } from 'chai';
import { arcPath, categoryBreakdown, dominantCurrency, formatShare, pressedState, toggleEntry } from '../../src/category-chart/category-breakdown.js';
import type { ExpenseCategory } from '../../src/model/report-model.js';
import { plainSpaces as plain } from '../helpers/text.js';

const category = (id: string, minor: number, currency = 'EUR'): ExpenseCategory => ({ id, name: id, amount: { minor, currency } });
const unnamed = (id: string, minor: number): ExpenseCategory => ({ id, amount: { minor, currency: 'EUR' } });

const spending = [
  category('groceries', 40_000),
  category('rent', 100_000),
  unnamed('', 5_000),
  category('clothes', 20_000),
  category('travel', 15_000),
  category('fun', 10_000),
  category('books', 6_000),
  category('gifts', 4_000),
];

describe('categoryBreakdown', () => {
  it('shows the largest categories and the rest as "Other", with shares of the total', () => {
    const breakdown = categoryBreakdown(spending, { limit: 3 })!;
    expect(breakdown.total).to.deep.equal({ minor: 200_000, currency: 'EUR' });
    expect(breakdown.entries.map((entry) => [entry.kind, entry.ids, entry.share])).to.deep.equal([
      ['category', ['rent'], 0.5],
      ['category', ['groceries'], 0.2],
      ['category', ['clothes'], 0.1],
      ['other', ['travel', 'fun', 'books', '', 'gifts'], 0.2],
    ]);
  });

  it('marks categories without an id or a name as uncategorized', () => {
    const breakdown = categoryBreakdown([unnamed('', 300), unnamed('x', 200), category('y', 100)])!;
    expect(breakdown.entries.map((entry) => entry.kind)).to.deep.equal(['uncategorized', 'uncategorized', 'category']);
    expect(breakdown.entries[0]).not.to.have.property('name');
  });

  it('lays the arcs end to end around the whole circle', () => {
    const { entries } = categoryBreakdown(spending, { limit: 3 })!;
    expect(entries[0]).to.include({ start: 0, end: 0.5 });
    entries.slice(1).forEach((entry, index) => expect(entry.start).to.be.closeTo(entries[index]!.end, 1e-12));
    expect(entries.at(-1)!.end).to.equal(1);
  });

  it('gives "Other" the last colour and cycles the rest through the others', () => {
    const breakdown = categoryBreakdown(spending, { limit: 5, colorCount: 4 })!;
    expect(breakdown.entries.map((entry) => entry.color)).to.deep.equal([1, 2, 3, 1, 2, 4]);
  });

  it('defaults to 5 categories for a missing or invalid limit', () => {
    for (const limit of [undefined, Number.NaN, 0, -3]) {
      expect(categoryBreakdown(spending, { limit })!.entries, String(limit)).to.have.length(6);
    }
  });

  it('shows the chosen currency only, defaulting to the one spent most in', () => {
    const mixed = [category('a', 1_000, 'EUR'), category('b', 50_000, 'JPY'), category('c', 2_000, 'EUR')];
    expect(categoryBreakdown(mixed)!.currency).to.equal('JPY');
    const euros = categoryBreakdown(mixed, { currency: 'eur' })!;
    expect(euros.currency).to.equal('EUR');
    expect(euros.entries.map((entry) => entry.ids[0])).to.deep.equal(['c', 'a']);
  });

  it('is undefined when nothing was spent', () => {
    expect(categoryBreakdown([])).to.equal(undefined);
    expect(categoryBreakdown([category('a', 0), category('b', -500)])).to.equal(undefined);
    expect(categoryBreakdown([category('a', 100, 'EUR')], { currency: 'SEK' })).to.equal(undefined);
  });
});

describe('dominantCurrency', () => {
  it('compares totals in major units, not minor ones', () => {
    // ¥5,000 against €60: JPY has no minor unit, EUR has cents.
    expect(dominantCurrency([category('a', 5_000, 'JPY'), category('b', 6_000, 'EUR')])).to.equal('JPY');
    expect(dominantCurrency([category('a', 50, 'JPY'), category('b', 6_000, 'EUR')])).to.equal('EUR');
    expect(dominantCurrency([])).to.equal(undefined);
  });
});

describe('category selection', () => {
  const { entries } = categoryBreakdown(spending, { limit: 3 })!;
  const other = entries.length - 1;

  it('selects an entry, then releases it', () => {
    const selected = toggleEntry(entries, [], 1);
    expect(selected).to.deep.equal(['groceries']);
    expect(toggleEntry(entries, selected, 1)).to.deep.equal([]);
  });

  it('keeps several entries selected, in the order of the chart', () => {
    expect(toggleEntry(entries, ['clothes'], 0)).to.deep.equal(['rent', 'clothes']);
  });

  it('selects every id "Other" stands for, also when some were already selected', () => {
    expect(toggleEntry(entries, [], other)).to.deep.equal(['travel', 'fun', 'books', '', 'gifts']);
    expect(pressedState(entries[other]!, new Set(['fun']))).to.equal('mixed');
    expect(toggleEntry(entries, ['fun'], other)).to.have.length(5);
    expect(toggleEntry(entries, ['travel', 'fun', 'books', '', 'gifts'], other)).to.deep.equal([]);
  });

  it('drops ids the chart does not show', () => {
    expect(toggleEntry(entries, ['elsewhere', 'rent'], 1)).to.deep.equal(['rent', 'groceries']);
  });

  it('tells the pressed state of an entry', () => {
    expect(pressedState(entries[0]!, new Set())).to.equal('false');
    expect(pressedState(entries[0]!, new Set(['rent']))).to.equal('true');
  });
});

describe('arcPath', () => {
  const ring = { cx: 50, cy: 50, radius: 40 };

  it('starts at the top and runs clockwise', () => {
    expect(arcPath(0, 0.25, ring)).to.equal('M50,10A40,40 0 0 1 90,50');
    expect(arcPath(0.25, 0.5, ring)).to.equal('M90,50A40,40 0 0 1 50,90');
  });

  it('uses the large arc for more than half the circle', () => {
    expect(arcPath(0, 0.75, ring)).to.equal('M50,10A40,40 0 1 1 10,50');
  });

  it('draws a full circle as two halves', () => {
    expect(arcPath(0, 1, ring)).to.equal('M50,10A40,40 0 1 1 50,90A40,40 0 1 1 50,10');
  });

  it('leaves a gap at both ends, except on arcs too small to spare it', () => {
    expect(arcPath(0, 0.25, { ...ring, gap: 0.01 })).not.to.equal(arcPath(0, 0.25, ring));
    expect(arcPath(0, 0.02, { ...ring, gap: 0.01 })).to.equal(arcPath(0, 0.02, ring));
  });
});

describe('formatShare', () => {
  it('formats whole percents from 10 % up and one decimal below, in the locale', () => {
    expect(formatShare(0.5, 'en-US')).to.equal('50%');
    expect(plain(formatShare(0.234, 'de-DE'))).to.equal('23 %');
    expect(plain(formatShare(0.045, 'sv-SE'))).to.equal('4,5 %');
    expect(formatShare(0.045, 'en-US')).to.equal('4.5%');
  });
});
