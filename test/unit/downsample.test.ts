import { expect } from 'chai';
import { defaultMaxPoints, downsampleMinMax } from '../../src/balance-chart/downsample.js';

/** A deterministic wiggly series with a few spikes far from its neighbours. */
function series(length: number): number[] {
  return Array.from({ length }, (_, index) => Math.round(Math.sin(index / 37) * 1000 + ((index * 7919) % 101)));
}

describe('downsampleMinMax', () => {
  it('keeps a short series whole', () => {
    expect(downsampleMinMax([5, 3, 9])).to.deep.equal([0, 1, 2]);
    expect(downsampleMinMax([])).to.deep.equal([]);
    expect(downsampleMinMax(series(defaultMaxPoints))).to.have.length(defaultMaxPoints);
  });

  it('draws a long series through at most the given number of points, in order', () => {
    for (const [length, maxPoints] of [
      [10_000, 400],
      [401, 400],
      [1_000, 7],
      [50, 3],
    ] as const) {
      const indices = downsampleMinMax(series(length), maxPoints);
      expect(indices.length, `${length} → ${maxPoints}`).to.be.at.most(maxPoints);
      expect(indices.length).to.be.greaterThan(1);
      indices.slice(1).forEach((index, position) => expect(index).to.be.greaterThan(indices[position]!));
    }
  });

  it('keeps the first and the last point', () => {
    const indices = downsampleMinMax(series(5_000), 400);
    expect(indices[0]).to.equal(0);
    expect(indices[indices.length - 1]).to.equal(4_999);
  });

  it('keeps the lowest and the highest value, however short-lived', () => {
    const values = series(10_000);
    values[4_321] = -50_000;
    values[8_765] = 90_000;
    const indices = downsampleMinMax(values, 400);
    expect(indices).to.include(4_321);
    expect(indices).to.include(8_765);
  });

  it('keeps both extremes of every bucket', () => {
    // Nine buckets of ten: each holds one dip and one spike.
    const values = Array.from({ length: 92 }, (_, index) => (index % 10 === 3 ? -1 : index % 10 === 7 ? 1 : 0));
    const picked = downsampleMinMax(values, 20).map((index) => values[index]);
    expect(picked.filter((value) => value === -1)).to.have.length(9);
    expect(picked.filter((value) => value === 1)).to.have.length(9);
  });

  it('never picks a value that is not a number', () => {
    const values = series(1_000);
    values[500] = Number.NaN;
    values[501] = Number.POSITIVE_INFINITY;
    const indices = downsampleMinMax(values, 100);
    expect(indices).not.to.include(500);
    expect(indices).not.to.include(501);
  });
});
