import { expect } from 'chai';
import { groupIban, maskIban } from '../../src/format/iban.js';

describe('IBAN', () => {
  it('groups in fours', () => {
    expect(groupIban('DE44500105175407324931')).to.equal('DE44 5001 0517 5407 3249 31');
    expect(groupIban('de44 5001 0517 5407 3249 31')).to.equal('DE44 5001 0517 5407 3249 31');
    expect(groupIban('SE4550000000058398257466')).to.equal('SE45 5000 0000 0583 9825 7466');
  });

  it('masks all but the country, check digits and last four', () => {
    expect(maskIban('DE44500105175407324931')).to.equal('DE44 •••• •••• •••• ••49 31');
    expect(maskIban('DE44500105175407324931', '*')).to.equal('DE44 **** **** **** **49 31');
  });

  it('masks short account numbers but for the last two characters', () => {
    expect(maskIban('12345678')).to.equal('•••• ••78');
    expect(maskIban('1')).to.equal('1');
  });
});
