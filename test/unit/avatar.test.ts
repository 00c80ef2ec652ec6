import { expect } from 'chai';
import { colorSlotOf, initialOf } from '../../src/transaction-list/avatar.js';

describe('avatar', () => {
  it('draws an initial and a stable colour for a name', () => {
    expect(initialOf('rewe gmbh')).to.equal('R');
    expect(initialOf('esprit germany')).to.equal('E');
    expect(initialOf('  "Ärzte"')).to.equal('Ä');
    expect(initialOf('—')).to.equal('?');
    expect(colorSlotOf('Rewe')).to.equal(colorSlotOf('Rewe'));
    expect(colorSlotOf('Rewe')).to.be.within(1, 8);
  });
});
