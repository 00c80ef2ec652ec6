import { expect } from 'chai';
import { normalizeReport } from '../../src/model/normalize-report.js';
import { modularReport } from '../../src/schemas/reports.js';
import { createSampleReport } from '../../src/simulator/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';

describe('createSampleReport', () => {
  it('builds a valid modular report with the asked number of transactions on the current account', () => {
    const payload = createSampleReport({ count: 1000 });
    parsePayload(modularReport, payload, 'report');
    const report = normalizeReport(payload);
    expect(report.generation).to.equal('modular');
    const [current, savings] = report.accounts;
    expect(current!.transactions).to.have.length(1000);
    expect(current!.name).to.equal('Girokonto');
    expect(current!.balances.length).to.be.greaterThan(30);
    expect(current!.expenseCategories.length).to.be.greaterThan(3);
    expect(savings).to.not.equal(undefined);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(createSampleReport({ count: 50, seed: 'a' }))).to.equal(JSON.stringify(createSampleReport({ count: 50, seed: 'a' })));
    expect(JSON.stringify(createSampleReport({ count: 50, seed: 'a' }))).to.not.equal(JSON.stringify(createSampleReport({ count: 50, seed: 'b' })));
  });

  it('names categories in the given language under the same ids, English by default', () => {
    const names = (language?: string) =>
      new Map(normalizeReport(createSampleReport({ count: 300, ...(language ? { language } : {}) })).accounts[0]!.transactions.flatMap((row) => row.categories.map((category) => [category.id, category.name])));
    const en = names();
    const de = names('de');
    const sv = names('sv');
    expect([...en.values()]).to.include('Groceries');
    expect([...de.keys()]).to.deep.equal([...en.keys()]);
    expect([...sv.keys()]).to.deep.equal([...en.keys()]);
    const groceries = [...en].find(([, name]) => name === 'Groceries')![0];
    expect([de.get(groceries), sv.get(groceries)]).to.deep.equal(['Lebensmittel', 'Livsmedel']);
  });

  it('points brand icons at the given base', () => {
    const report = normalizeReport(createSampleReport({ count: 200, iconBase: 'https://sim.example/icons/' }));
    const icons = report.accounts[0]!.transactions.map((transaction) => transaction.brand?.iconUrl).filter(Boolean);
    expect(icons.length).to.be.greaterThan(0);
    expect(icons.every((icon) => icon!.startsWith('https://sim.example/icons/'))).to.equal(true);
  });
});
