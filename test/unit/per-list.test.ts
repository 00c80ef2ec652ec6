import { expect } from 'chai';
import { perList } from '../../src/insights/per-list.js';
import { march } from '../fixtures/transactions.js';

describe('perList', () => {
  it('computes once per list and again for another list', () => {
    let calls = 0;
    const count = perList((list) => {
      calls += 1;
      return list.length;
    });
    const shorter = march.slice(1);
    expect([count(march), count(shorter), count(march), count(shorter)]).to.deep.equal([march.length, shorter.length, march.length, shorter.length]);
    expect(calls).to.equal(2);
  });
});
