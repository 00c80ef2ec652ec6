import { expect } from 'chai';
import { balanceGeometry, chartableBalances, nearestIndex } from '../../src/balance-chart/balance-geometry.js';
import type { BalancePoint } from '../../src/model/report-model.js';

const point = (date: string, minor: number, currency = 'EUR'): BalancePoint => ({ date, balance: { minor, currency } });

/** Every number in path data, as x,y pairs. */
const coordinates = (path: string): [number, number][] =>
  [...path.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((match) => [Number(match[1]), Number(match[2])]);

describe('balanceGeometry', () => {
  it('needs at least two points', () => {
    expect(balanceGeometry([])).to.equal(undefined);
    expect(balanceGeometry([point('2024-03-01', 100)])).to.equal(undefined);
  });

  it('finds first, last, lowest and highest', () => {
    const geometry = balanceGeometry([point('2024-03-01', 500), point('2024-03-02', 900), point('2024-03-03', 100), point('2024-03-04', 300)])!;
    expect(geometry.first.point.balance.minor).to.equal(500);
    expect(geometry.last.point.balance.minor).to.equal(300);
    expect(geometry.min).to.include({ index: 2 });
    expect(geometry.max).to.include({ index: 1 });
  });

  it('places points by date, so a gap of days shows as a gap', () => {
    const geometry = balanceGeometry([point('2024-03-01', 1), point('2024-03-02', 2), point('2024-03-11', 3)])!;
    expect([...geometry.xs]).to.deep.equal([0, 10, 100]);
  });

  it('places points by position when the dates cannot be read', () => {
    const geometry = balanceGeometry([point('yesterday', 1), point('today', 2), point('tomorrow', 3)])!;
    expect([...geometry.xs]).to.deep.equal([0, 50, 100]);
  });

  it('puts the highest value near the top and the lowest near the bottom', () => {
    const geometry = balanceGeometry([point('2024-03-01', 100), point('2024-03-02', 300)])!;
    expect(geometry.ys[1]).to.be.lessThan(geometry.ys[0]!);
    expect(geometry.ys[1]).to.be.within(0, 10);
    expect(geometry.ys[0]).to.be.within(90, 100);
  });

  it('draws a flat series in the middle', () => {
    const geometry = balanceGeometry([point('2024-03-01', 700), point('2024-03-02', 700)])!;
    expect([...geometry.ys]).to.deep.equal([50, 50]);
  });

  it('has one positive run and no zero line when the balance stays above zero', () => {
    const geometry = balanceGeometry([point('2024-03-01', 100), point('2024-03-02', 300), point('2024-03-03', 200)])!;
    expect(geometry.zeroY).to.equal(undefined);
    expect(geometry.segments.map((segment) => segment.negative)).to.deep.equal([false]);
    // The area closes along the bottom edge.
    expect(geometry.segments[0]!.area).to.match(/^M0,100L/).and.match(/L100,100Z$/);
  });

  it('splits the line where it crosses zero and tints the part below', () => {
    const geometry = balanceGeometry([point('2024-03-01', 100), point('2024-03-03', -100), point('2024-03-05', 100)])!;
    expect(geometry.zeroY).to.equal(50);
    expect(geometry.segments.map((segment) => segment.negative)).to.deep.equal([false, true, false]);
    const [above, below] = geometry.segments;
    // Both runs meet at the crossing, halfway between the first two days, on the zero line.
    expect(coordinates(above!.line).at(-1)).to.deep.equal([25, 50]);
    expect(coordinates(below!.line)[0]).to.deep.equal([25, 50]);
    expect(coordinates(below!.line).at(-1)).to.deep.equal([75, 50]);
    // The negative area closes along the zero line.
    expect(below!.area).to.equal(`M25,50${below!.line.replace(/^M/, 'L')}L75,50Z`);
  });

  it('fills a balance that stays below zero toward the top edge', () => {
    const geometry = balanceGeometry([point('2024-03-01', -100), point('2024-03-02', -300)])!;
    expect(geometry.zeroY).to.equal(undefined);
    expect(geometry.segments.map((segment) => segment.negative)).to.deep.equal([true]);
    expect(geometry.segments[0]!.area).to.match(/^M0,0L/).and.match(/L100,0Z$/);
  });

  it('leaves out points in another currency and amounts that are not numbers', () => {
    const geometry = balanceGeometry([point('2024-03-01', 100), point('2024-03-02', 5, 'SEK'), point('2024-03-03', Number.NaN), point('2024-03-04', 300)])!;
    expect(geometry.currency).to.equal('EUR');
    expect(geometry.points.map((entry) => entry.date)).to.deep.equal(['2024-03-01', '2024-03-04']);
  });

  it('draws thousands of days through a bounded path but keeps every point for the cursor', () => {
    const start = Date.UTC(2000, 0, 1);
    const balances = Array.from({ length: 5_000 }, (_, index) =>
      point(new Date(start + index * 86_400_000).toISOString().slice(0, 10), Math.round(Math.sin(index / 20) * 10_000)),
    );
    const geometry = balanceGeometry(balances, { maxPoints: 400 })!;
    expect(geometry.xs).to.have.length(5_000);
    const drawn = geometry.segments.reduce((sum, segment) => sum + coordinates(segment.line).length, 0);
    // At most 400 points plus the crossings shared by neighbouring runs.
    expect(drawn).to.be.at.most(400 + 2 * (geometry.segments.length - 1));
  });
});

describe('balanceGeometry in a period', () => {
  const march = [point('2024-03-01', 100), point('2024-03-11', 300), point('2024-03-21', 200), point('2024-03-31', 400)];

  it('spans the period when it is wider than the data, and names its ends', () => {
    const geometry = balanceGeometry(march.slice(1, 3), { period: { from: '2024-03-01', to: '2024-03-31' } })!;
    expect([...geometry.xs].map((x) => Math.round(x))).to.deep.equal([33, 67]);
    expect(geometry.axis).to.deep.equal({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('leaves out the days outside it, and lets an open end follow the data', () => {
    const geometry = balanceGeometry(march, { period: { from: '2024-03-11' } })!;
    expect(geometry.points.map((entry) => entry.date)).to.deep.equal(['2024-03-11', '2024-03-21', '2024-03-31']);
    expect(geometry.axis).to.deep.equal({ from: '2024-03-11', to: '2024-03-31' });
    expect([...geometry.xs]).to.deep.equal([0, 50, 100]);
  });

  it('reads ends given the wrong way round as the same period', () => {
    const geometry = balanceGeometry(march, { period: { from: '2024-03-21', to: '2024-03-11' } })!;
    expect(geometry.points.map((entry) => entry.date)).to.deep.equal(['2024-03-11', '2024-03-21']);
  });

  it('names the first and last point when the dates cannot be read', () => {
    const geometry = balanceGeometry([point('yesterday', 1), point('today', 2)])!;
    expect(geometry.axis).to.deep.equal({ from: 'yesterday', to: 'today' });
  });
});

describe('chartableBalances', () => {
  it('keeps the finite balances of the first currency, inside the period', () => {
    const balances = [point('2024-03-01', Number.NaN), point('2024-03-02', 5, 'SEK'), point('2024-03-03', 7), point('2024-03-04', 9, 'SEK'), point('2024-04-01', 1, 'SEK')];
    expect(chartableBalances(balances).map((entry) => entry.date)).to.deep.equal(['2024-03-02', '2024-03-04', '2024-04-01']);
    expect(chartableBalances(balances, { to: '2024-03-31' }).map((entry) => entry.date)).to.deep.equal(['2024-03-02', '2024-03-04']);
    expect(chartableBalances(balances, { from: '2024-05-01' })).to.deep.equal([]);
    expect(chartableBalances([point('someday', 1)], { from: '2024-01-01' }), 'an unreadable date is in no period').to.deep.equal([]);
  });
});

describe('nearestIndex', () => {
  const xs = new Float64Array([0, 10, 40, 100]);

  it('finds the point nearest to a position', () => {
    expect(nearestIndex(xs, -5)).to.equal(0);
    expect(nearestIndex(xs, 4)).to.equal(0);
    expect(nearestIndex(xs, 6)).to.equal(1);
    expect(nearestIndex(xs, 30)).to.equal(2);
    expect(nearestIndex(xs, 71)).to.equal(3);
    expect(nearestIndex(xs, 500)).to.equal(3);
  });
});
