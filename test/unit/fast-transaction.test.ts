import { expect } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { categorizedTransaction } from '../../src/schemas/categorized-transaction.js';
import { fastCategorizedTransaction, fastCategorizedTransactions, parseCategorizedTransaction, readOnlyCategorizedTransactions } from '../../src/schemas/fast-transaction.js';
import { normalizeReport } from '../../src/model/normalize-report.js';

/** Values of every kind, to put where a field expects one kind. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyValue });

const date = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10)),
  fc.constantFrom('2021-02-29', '2024-02-29', '2024-13-01', '24-01-01', '2024-01-01T00:00:00Z'),
);
const text = fc.oneof(fc.string(), fc.constantFrom('REWE SAGT DANKE', '<img src=x onerror=alert(1)>', 'Müller'));
const id = fc.oneof(fc.uuid(), fc.constant(''), fc.string());
const currency = fc.oneof(fc.constantFrom('EUR', 'SEK', 'JPY', 'KWD', 'eur'), fc.string({ maxLength: 4 }));
const amount = fc.record(
  { amount: fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constant(2 ** 53)), currency, extra: anyValue },
  { requiredKeys: [] },
);
const address = fc.record({ street_address: maybe(text), city: maybe(text), country: maybe(text), note: anyValue }, { requiredKeys: [] });
const counterParty = fc.record(
  { holder_name: maybe(text), iban: maybe(text), alias: maybe(text), holder_address: maybe(address), bank_address: maybe(address), extra: anyValue },
  { requiredKeys: [] },
);
const category = fc.record({ id, name: maybe(text), parents: anyValue }, { requiredKeys: [] });
const brand = fc.record({ id, name: maybe(text), url: maybe(text), icon_url: maybe(text) }, { requiredKeys: [] });

/** Transactions valid, nearly valid and wrong in every field the schema knows, plus unknown ones. */
const transaction = fc.record(
  {
    id: maybe(id),
    insights_transaction_id: maybe(id),
    date: maybe(date),
    booking_date: maybe(date),
    value_date: maybe(date),
    reference: maybe(text),
    amount: maybe(amount),
    type: maybe(fc.constantFrom('DEBIT', 'CREDIT', 'debit', 'OUT')),
    state: maybe(fc.constantFrom('PROCESSED', 'PENDING')),
    method: maybe(text),
    counter_party: maybe(counterParty),
    counterParty: maybe(counterParty),
    categories: maybe(fc.array(maybe(category), { maxLength: 3 })),
    brand: maybe(brand),
    recurring: maybe(fc.boolean()),
    insights_account_id: maybe(text),
    labels: anyValue,
  },
  { requiredKeys: [] },
);

describe('the fast path of the categorized transaction', () => {
  it('accepts exactly what the zod schema accepts, and returns what zod returns (10,000 payloads)', () => {
    fc.assert(
      fc.property(fc.oneof(transaction, anyValue), (input) => {
        const runtime = categorizedTransaction.safeParse(input);
        const fast = parseCategorizedTransaction(input);
        if (runtime.success) {
          expect(fast).to.not.equal(z.INVALID);
          expect(fast).to.deep.equal(runtime.data);
        } else {
          expect(fast).to.equal(z.INVALID);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('does the same for lists, and the errors of a list still name the item (2,000 lists)', () => {
    const runtimeList = z.array(categorizedTransaction);
    fc.assert(
      fc.property(fc.oneof(fc.array(transaction, { maxLength: 5 }), anyValue), (input) => {
        const runtime = runtimeList.safeParse(input);
        const fast = fastCategorizedTransactions.safeParse(input);
        expect(fast.success).to.equal(runtime.success);
        if (runtime.success) expect(fast.data).to.deep.equal(runtime.data);
        else expect(fast.error?.issues.map((issue) => issue.path)).to.deep.equal(runtime.error.issues.map((issue) => issue.path));
      }),
      { numRuns: 2_000 },
    );
  });

  it('returns fresh copies, never the input objects', () => {
    const input = {
      id: 't1',
      date: '2024-01-01',
      amount: { amount: 100, currency: 'EUR' },
      counter_party: { holder_name: 'x', holder_address: { city: 'Berlin' } },
      categories: [{ id: 'c' }],
      brand: { id: 'b' },
    };
    const output = parseCategorizedTransaction(input) as typeof input;
    expect(output).to.deep.equal(input);
    expect(output).to.not.equal(input);
    expect(output.amount).to.not.equal(input.amount);
    expect(output.counter_party.holder_address).to.not.equal(input.counter_party.holder_address);
    expect(output.categories[0]).to.not.equal(input.categories[0]);
    expect(output.brand).to.not.equal(input.brand);
  });

  it('returns the input itself from the read-only list, writes nothing to it, and the copying list still copies', () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) deepFreeze(child);
        Object.freeze(value);
      }
      return value;
    };
    const list = deepFreeze([
      { id: 't1', date: '2024-01-01', amount: { amount: 100, currency: 'EUR' }, counter_party: { holder_address: { city: 'Berlin' } }, categories: [{ id: 'c' }], brand: { id: 'b' } },
    ]);
    const same = readOnlyCategorizedTransactions.parse(list);
    expect(same).to.equal(list);
    expect(same[0]).to.equal(list[0]);
    const copied = fastCategorizedTransactions.parse(list);
    expect(copied).to.not.equal(list);
    expect(copied[0]).to.not.equal(list[0]);
    expect(parseCategorizedTransaction(list[0], false)).to.equal(list[0]);
    expect(parseCategorizedTransaction(list[0])).to.not.equal(list[0]);
  });

  it('lets the normalizer read a frozen report', () => {
    const report = Object.freeze({
      data: Object.freeze({
        accounts: Object.freeze([Object.freeze({ insights_account_id: 'a', transactions: Object.freeze([Object.freeze({ id: 't', date: '2024-01-02', amount: Object.freeze({ amount: -5, currency: 'EUR' }) })]) })]),
      }),
    });
    expect(normalizeReport(report).accounts[0]!.transactions[0]!.amount).to.deep.equal({ minor: -5, currency: 'EUR' });
  });

  it('leaves the error messages to zod', () => {
    const result = z.array(fastCategorizedTransaction).safeParse([{ id: 't', date: '2024-01-01' }, { id: 't2', date: '2024-01-01', amount: { amount: 1.5, currency: 'EUR' } }]);
    expect(result.success).to.equal(false);
    expect(result.error?.issues[0]?.path).to.deep.equal([1, 'amount', 'amount']);
  });
});
