/**
 * Property tests of the report boundary under hostile input: generated reports of all three
 * generations, valid, mutated, truncated, of the wrong type, with huge strings and 10,000-deep
 * nesting. The normalizer returns a model or throws one `Xs2aError`, never anything else and never
 * slowly; every model it returns goes through the pure functions the viewer renders with, which
 * must neither throw nor produce NaN.
 *
 * Runs in Node (mocha) and in Chromium (web-test-runner): no Node-only API here. Node runs the
 * full 10,000 payloads; the browser, which `npm test` runs second, a fifth of them.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { endpointUrl, hostRequest } from '../../src/host-api/host-client.js';
import { balanceGeometry } from '../../src/balance-chart/balance-geometry.js';
import { categoryBreakdown, formatShare } from '../../src/category-chart/category-breakdown.js';
import { Xs2aError } from '../../src/errors.js';
import { formatDate, formatDateTime, isValidIsoDate, parseIsoDate, toIsoDate } from '../../src/format/date.js';
import { groupIban, maskIban } from '../../src/format/iban.js';
import { formatMoney } from '../../src/format/money.js';
import { summarizeTransactions } from '../../src/insights/transaction-summary.js';
import { sortTransactions } from '../../src/insights/transaction-filter.js';
import { transactionsToCsv } from '../../src/insights/transactions-csv.js';
import { normalizeReport } from '../../src/model/normalize-report.js';
import * as schemas from '../../src/schemas/index.js';
import { parsePayload } from '../../src/validation/parse-payload.js';
import type { Money, Report } from '../../src/model/report-model.js';
import { accountFacts } from '../../src/report/report-view.js';
import { toSafeHttpUrl } from '../../src/security/safe-url.js';
import { buildListGroups } from '../../src/transaction-list/list-groups.js';
import {
  applyMutations,
  categorizedReport,
  deeplyNested,
  fieldCases,
  fieldPaths,
  isoDay,
  modularReport,
  mutatedReport,
  perReportResponse,
  reportWithField,
  toJson,
  validReport,
  wrongValue,
} from '../fixtures/report-arbitraries.js';

const share = typeof window === 'undefined' ? 1 : 0.2;
/** How many runs a property gets here: all of them in Node, a share in the browser. */
const runs = (count: number): number => Math.ceil(count * share);
const counted = (count: number): string => runs(count).toLocaleString('en-US');

/** Longest a generated payload may take before it counts as a hang (most take well under 10 ms). */
const slowMs = 3_000;
/** The same for the reports of 100,000 items and more, which take about a second. */
const slowAtScaleMs = 15_000;

type Outcome = { report: Report } | { error: Xs2aError };

/** Normalizes `value`; fails the property on anything thrown but an `invalid-response` `Xs2aError`, or on a hang. */
function outcome(value: unknown, limitMs = slowMs): Outcome {
  const start = performance.now();
  try {
    return { report: normalizeReport(value) };
  } catch (error) {
    if (!(error instanceof Xs2aError)) throw new Error(`threw ${String(error)} instead of an Xs2aError`, { cause: error });
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.match(/^Invalid report/);
    expect(error.message.length, 'a short message, whatever the payload').to.be.lessThan(2_000);
    expect(error.path).to.be.a('string');
    return { error };
  } finally {
    expect(performance.now() - start, 'time to normalize one payload (ms)').to.be.lessThan(limitMs);
  }
}

/** A plain check for the hot loops: chai's chains cost more than what they check here. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

const isSafeMoney = (money: Money | undefined): boolean =>
  money === undefined || (Number.isSafeInteger(money.minor) && /^[A-Z]{3}$/.test(money.currency));
const show = (value: unknown): string => toJson(value, (_key, item) => (typeof item === 'bigint' ? `${item}n` : item))?.slice(0, 300) ?? String(value);

/** What the model promises the viewer, checked on every model. */
function checkModel(report: Report): void {
  check(['categorized', 'modular', 'per-report'].includes(report.generation), () => `generation ${report.generation}`);
  for (const account of report.accounts) {
    check(typeof account.id === 'string', () => `account id ${show(account.id)}`);
    for (const transaction of account.transactions) {
      const { id, date, amount, direction, brand } = transaction;
      check(typeof id === 'string' && id !== '', () => `transaction id ${show(id)}`);
      check(isValidIsoDate(date), () => `transaction date ${show(date)}`);
      check(isSafeMoney(amount), () => `transaction amount ${show(amount)}`);
      check(!amount || amount.minor === 0 || direction === (amount.minor < 0 ? 'debit' : 'credit'), () => `direction ${String(direction)} of ${show(amount)}`);
      for (const url of [brand?.url, brand?.iconUrl]) {
        check(url === undefined || (/^https?:\/\/[^/]/.test(url) && toSafeHttpUrl(url) === url), () => `brand URL ${show(url)}`);
      }
    }
    for (const point of account.balances) check(isValidIsoDate(point.date) && isSafeMoney(point.balance), () => `balance ${show(point)}`);
    const dates = account.balances.map((point) => point.date);
    check(dates.every((date, index) => index === 0 || (dates[index - 1] ?? '') <= date), () => `balances out of order: ${show(dates)}`);
    for (const category of account.expenseCategories) {
      check(isSafeMoney(category.amount) && category.amount.minor >= 0, () => `expense category ${show(category)}`);
    }
    const current = account.currentBalance;
    for (const money of [current?.booked, current?.available, current?.limit, current?.reserved]) check(isSafeMoney(money), () => `balance ${show(money)}`);
  }
}

/** Text made from numbers and dates: none of it may read NaN, Infinity or Invalid Date. */
const unreadable = /NaN|Infinity|Invalid|undefined|\[object/;

let renders = 0;

/**
 * Runs a model through what the viewer renders with: facts, sorts, day and month groups, list
 * rows, totals, both charts, CSV and every formatter, in one of two locales by turns.
 */
function checkRenders(report: Report): void {
  renders += 1;
  const locale = renders % 2 === 0 ? 'en-US' : 'de-DE';
  const texts: string[] = [];
  const money = (value: Money, signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'auto'): string =>
    formatMoney(value.minor, value.currency, { locale, signDisplay });
  for (const account of report.accounts) {
    const facts = accountFacts(account);
    const count = account.transactions.length;
    const newest = sortTransactions(account.transactions, { field: 'date', order: 'desc' });
    const largest = sortTransactions(account.transactions, { field: 'amount', order: renders % 2 === 0 ? 'asc' : 'desc' });
    check(newest.length === count && largest.length === count, () => 'sorting lost transactions');
    for (const [sorted, by] of [[newest, renders % 3 === 0 ? 'month' : 'day'], [largest, 'none']] as const) {
      const { order, groups, firstOfGroup } = buildListGroups(sorted, by);
      check(order.length === count && new Set(order).size === count, () => `${order.length} rows for ${count} transactions`);
      check(groups.reduce((sum, group) => sum + group.count, 0) === (by === 'none' ? 0 : count), () => 'groups lost transactions');
      check(groups.every((group, index) => firstOfGroup[index + 1]! - firstOfGroup[index]! === group.count), () => 'group starts disagree with group sizes');
      for (const group of groups) {
        texts.push(group.key.length === 7 ? formatDate(`${group.key}-01`, locale, 'month') : formatDate(group.key, locale, 'weekday'));
        for (const total of group.totals) texts.push(money(total, 'exceptZero'));
      }
    }
    const csvLines = transactionsToCsv(account.transactions).split('\r\n').length;
    check(csvLines >= count, () => `CSV of ${csvLines} lines for ${count} transactions`);
    for (const transaction of account.transactions) {
      texts.push(formatDate(transaction.date, locale));
      if (transaction.amount) texts.push(money(transaction.amount, 'exceptZero'));
    }
    for (const totals of summarizeTransactions(account.transactions)) {
      texts.push(money({ minor: totals.income, currency: totals.currency }), money({ minor: totals.expenses, currency: totals.currency }));
      texts.push(money({ minor: totals.net, currency: totals.currency }, 'exceptZero'));
    }
    if (account.currency !== undefined) texts.push(money({ minor: 0, currency: account.currency }));
    const breakdown = categoryBreakdown(facts.expenseCategories, { currency: account.currency });
    if (breakdown) {
      texts.push(money(breakdown.total));
      for (const entry of breakdown.entries) {
        check(Number.isFinite(entry.share) && entry.share >= 0 && entry.share <= 1, () => `share ${entry.share}`);
        texts.push(formatShare(entry.share, locale), money(entry.amount));
      }
    }
    const geometry = balanceGeometry(account.balances);
    if (geometry) {
      for (const value of [...geometry.xs, ...geometry.ys]) check(Number.isFinite(value), () => `chart position ${value}`);
      for (const segment of geometry.segments) texts.push(segment.line, segment.area);
      for (const point of [geometry.first, geometry.last, geometry.min, geometry.max]) texts.push(money(point.point.balance), formatDate(point.point.date, locale));
    }
    if (account.refreshedAt !== undefined) texts.push(formatDateTime(account.refreshedAt, locale));
    if (account.iban !== undefined) {
      // The header shows one of the two; they must not throw on any text.
      maskIban(account.iban);
      groupIban(account.iban);
    }
  }
  for (const text of texts) check(!unreadable.test(text), () => `unreadable text: ${text}`);
}

/** How many transactions a valid generated report carries, whatever its generation. */
function transactionCount(report: unknown): number {
  const data = (report as { data: { accounts?: { transactions?: unknown[]; reports?: { type: string; transactions?: unknown[] }[] }[]; reports?: { type: string; transactions?: unknown[] }[] } }).data;
  const fromModules = (modules: { type: string; transactions?: unknown[] }[] = []): number =>
    modules.reduce((sum, module) => sum + (module.type === 'CATEGORIZED_TRANSACTIONSV2' ? (module.transactions?.length ?? 0) : 0), 0);
  if (data.reports) return fromModules(data.reports);
  return (data.accounts ?? []).reduce((sum, account) => sum + (account.transactions?.length ?? 0) + fromModules(account.reports), 0);
}

/** Counts what each property tried, for the totals at the end. */
const tried = { valid: 0, mutated: 0, accepted: 0, wrongType: 0, hugeOrDeep: 0, text: 0, schemas: 0 };

describe('hostile reports: the normalizer and what renders its model', function () {
  // 10,000 payloads in all; this bounds a hang, each payload is held to `slowMs`.
  this.timeout(60_000);

  it(`accepts every valid report of each generation and keeps all its transactions (3 × ${counted(1_000)} reports)`, () => {
    for (const shape of [categorizedReport, modularReport, perReportResponse]) {
      fc.assert(
        fc.property(shape, (input) => {
          tried.valid += 1;
          const result = outcome(input);
          if ('error' in result) throw new Error(`refused a valid report: ${result.error.message}`);
          checkModel(result.report);
          const kept = result.report.accounts.reduce((sum, account) => sum + account.transactions.length, 0);
          expect(kept).to.equal(transactionCount(input));
          checkRenders(result.report);
        }),
        { numRuns: runs(1_000) },
      );
    }
  });

  it(`turns a report broken in one to three places into a model or one typed error (${counted(3_500)} reports)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedReport, (input) => {
        tried.mutated += 1;
        const result = outcome(applyMutations(input));
        if ('report' in result) {
          accepted += 1;
          checkModel(result.report);
          checkRenders(result.report);
        }
      }),
      { numRuns: runs(3_500) },
    );
    tried.accepted += accepted;
    // Both outcomes must be exercised, or the generator has drifted.
    expect(accepted).to.be.within(runs(200), runs(3_300));
  });

  it(`answers a value of the wrong type in every position a report is read with a typed error (${counted(2_000)} payloads)`, () => {
    const positions: ((value: unknown) => unknown)[] = [
      (value) => value,
      (value) => ({ data: value }),
      (value) => ({ data: { accounts: value } }),
      (value) => ({ data: { reports: value } }),
      (value) => ({ data: { accounts: [value] } }),
      (value) => ({ data: { reports: [value] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', transactions: value }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', transactions: [value] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', reports: [value] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', reports: [{ type: 'CATEGORIZED_TRANSACTIONSV2', transactions: [value] }] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', reports: [{ type: 'BALANCE_OVER_TIME', balances: [{ date: '2024-01-01', balance: value }] }] }] } }),
      (value) => ({ data: { reports: [{ type: 'EXPENSE_CATEGORIES', categories: [{ id: 'c', sum: { amount: value, currency: 'EUR' } }] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: value }] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: '2024-01-01', amount: { amount: value, currency: 'EUR' } }] }] } }),
      (value) => ({ data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: '2024-01-01', amount: { amount: 100, currency: value } }] }] } }),
    ];
    const anything = fc.oneof(wrongValue, fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withMap: true, withSet: true, withDate: true }));
    fc.assert(
      fc.property(fc.nat(positions.length - 1), anything, (position, value) => {
        tried.wrongType += 1;
        const result = outcome(positions[position]!(value));
        if ('report' in result) {
          checkModel(result.report);
          checkRenders(result.report);
        }
      }),
      { numRuns: runs(2_000) },
    );
  });

  it(`reads huge strings and 10,000-deep arrays and objects anywhere in a report without a crash or a hang (${counted(500)} payloads)`, () => {
    const place = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('deep-array' as const, 'deep-object' as const, 'huge-string' as const),
    });
    fc.assert(
      fc.property(validReport, fc.array(place, { minLength: 1, maxLength: 2 }), (report, places) => {
        tried.hugeOrDeep += 1;
        const mutations = places.map(({ at, kind }) => (kind === 'huge-string' ? { at, kind, length: 1_000_000 } : { at, kind, depth: 10_000 }));
        const result = outcome(applyMutations({ report, mutations }));
        if ('report' in result) {
          checkModel(result.report);
          checkRenders(result.report);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  describe('every exported schema', () => {
    const isSchema = (value: unknown): value is z.ZodMiniType => typeof value === 'object' && value !== null && '_zod' in value;
    const exported = Object.entries(schemas as Record<string, unknown>).filter((entry): entry is [string, z.ZodMiniType] => isSchema(entry[1]));
    const hostile = fc.oneof(
      wrongValue,
      fc.anything({ maxDepth: 4, withBigInt: true, withNullPrototype: true, withSparseArray: true, withDate: true }),
      fc.constantFrom('deep-array' as const, 'deep-object' as const).map((kind) => deeplyNested(kind, 10_000)),
      fc.constant('x'.repeat(1_000_000)),
    );

    it(`answers any value with its output or one typed error (${exported.length} schemas × ${counted(60)} values, each bare and as data)`, () => {
      expect(exported.length).to.be.greaterThan(30);
      for (const [name, schema] of exported) {
        fc.assert(
          fc.property(hostile, (value) => {
            for (const payload of [value, { data: value }]) {
              tried.schemas += 1;
              const start = performance.now();
              try {
                parsePayload(schema, payload, name);
              } catch (error) {
                if (!(error instanceof Xs2aError)) throw new Error(`${name} threw ${String(error)} instead of an Xs2aError`, { cause: error });
                check(error.code === 'invalid-response' && error.message.startsWith(`Invalid ${name}`) && error.message.length < 2_000, () => error.message);
              }
              check(performance.now() - start < slowMs, () => `${name} took ${performance.now() - start} ms`);
            }
          }),
          { numRuns: runs(60) },
        );
      }
    });
  });

  describe('report text from the host backend', () => {
    const realFetch = globalThis.fetch;
    let body = '';
    beforeEach(() => {
      globalThis.fetch = () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    });
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    /** What `<xs2a-report>` does with a backend's answer: read, then normalize. */
    async function readReport(text: string): Promise<Outcome> {
      body = text;
      try {
        const payload = await hostRequest(endpointUrl('/api', 'reports'), { method: 'POST', body: {}, schema: z.unknown(), what: 'report' });
        return outcome(payload);
      } catch (error) {
        if (!(error instanceof Xs2aError)) throw new Error(`threw ${String(error)} instead of an Xs2aError`, { cause: error });
        return { error };
      }
    }

    it(`answers truncated, garbled or mutated JSON text with one typed error, or a model (${counted(1_000)} bodies)`, async () => {
      const truncated = fc.tuple(validReport, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([report, fraction]) => {
        const text = JSON.stringify(report);
        return { text: text.slice(0, Math.floor(text.length * fraction)), complete: false };
      });
      const garbled = fc.oneof(fc.string(), fc.constantFrom('', 'null', '[]', '{}', '{"data":', '\uFEFF{}', '<!doctype html><h1>Error</h1>', '{"data":{"accounts":[]}}garbage')).map((text) => ({ text, complete: true }));
      const mutatedText = mutatedReport.map((input) => {
        let text: string;
        try {
          text = toJson(applyMutations(input)) ?? '';
        } catch {
          text = '{"data":';
        }
        return { text, complete: true };
      });
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: truncated }, { weight: 1, arbitrary: garbled }, { weight: 1, arbitrary: mutatedText }), async ({ text, complete }) => {
          tried.text += 1;
          const result = await readReport(text);
          if (!complete) {
            // A strict prefix of a JSON object is never JSON.
            expect('error' in result && result.error.code).to.equal('invalid-response');
            expect('error' in result && result.error.status).to.equal(200);
          }
          if ('report' in result) {
            checkModel(result.report);
            checkRenders(result.report);
          }
        }),
        { numRuns: runs(1_000) },
      );
    });
  });

  describe('at scale', () => {
    it('reports 150,000 invalid transactions as one typed error', () => {
      const transactions = Array.from({ length: 150_000 }, (_, index) => ({ id: `t${index}`, date: '2024-02-30' }));
      const result = outcome({ data: { accounts: [{ insights_account_id: 'a', transactions }] } }, slowAtScaleMs);
      expect('error' in result && result.error.message).to.match(/^Invalid report/);
    });

    it('reports 100,000 accounts that lack everything as one typed error', () => {
      const result = outcome({ data: { accounts: Array.from({ length: 100_000 }, () => ({})) } }, slowAtScaleMs);
      expect('error' in result && result.error.code).to.equal('invalid-response');
    });

    it('names the failing place of a transaction among 100,000 valid ones', () => {
      const transactions = Array.from({ length: 100_000 }, (_, index) => ({ id: `t${index}`, date: '2024-01-01', amount: { amount: -index, currency: 'EUR' } }));
      transactions[77_777] = { id: 't', date: '2024-01-01', amount: { amount: Number.NaN, currency: 'EUR' } };
      const result = outcome({ data: { accounts: [{ insights_account_id: 'a', transactions }] } }, slowAtScaleMs);
      expect('error' in result && result.error.path).to.equal('data.accounts[0].transactions[77777].amount.amount');
    });

    it('keeps a 10,000-deep unknown field of a transaction as it came', () => {
      const extra = deeplyNested('deep-object', 10_000);
      const result = outcome({ data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: '2024-01-01', extra }] }] } });
      expect('report' in result && result.report.accounts[0]?.transactions[0]?.source.extra).to.equal(extra);
    });
  });

  describe('numbers, currencies and dates', () => {
    const kinds = [...new Set(fieldCases.map((item) => item.field))];
    for (const kind of kinds) {
      const cases = fieldCases.filter((item) => item.field === kind);
      it(`${kind}: ${cases.filter((item) => !item.accepted).length} refused at their path, ${cases.filter((item) => item.accepted).length} shown readably`, () => {
        for (const item of cases) {
          const label = `${kind} = ${show(item.value)}`;
          const result = outcome(reportWithField(item));
          if (!item.accepted) {
            expect('error' in result && result.error.path, label).to.equal(fieldPaths[kind]);
            continue;
          }
          if (!('report' in result)) throw new Error(`${label} refused: ${result.error.message}`);
          checkModel(result.report);
          checkRenders(result.report);
          const account = result.report.accounts[0]!;
          const shown = account.transactions.find((transaction) => transaction.id === 'case')!;
          for (const locale of ['en-US', 'de-DE']) {
            const amount = formatMoney(shown.amount!.minor, shown.amount!.currency, { locale, signDisplay: 'exceptZero' });
            expect(amount, label).to.match(/\d/).and.not.match(unreadable);
          }
          if (kind === 'date' || kind === 'balance-date') {
            const date = String(item.value);
            const year = Number(date.slice(0, 4));
            // The year as written, not read as 19xx; the year 0000, which has no name, as it came.
            expect(formatDate(date, 'en-US'), label).to.contain(year === 0 ? date : String(year));
            expect(toIsoDate(parseIsoDate(date))).to.equal(date);
          }
          if (kind === 'refreshed-at') expect(formatDateTime(account.refreshedAt!, 'en-US'), label).not.to.match(unreadable);
        }
      });
    }

    it('reads back every generated date as it was written (2,000 dates)', () => {
      fc.assert(
        fc.property(isoDay, (date) => toIsoDate(parseIsoDate(date)) === date),
        { numRuns: 2_000 },
      );
    });
  });

  // Mocha runs a suite's own tests before its child suites: this one comes last.
  describe('in all', () => {
    it(`tried at least ${counted(10_000)} generated payloads`, () => {
      const total = tried.valid + tried.mutated + tried.wrongType + tried.hugeOrDeep + tried.text + tried.schemas;
      expect(total, JSON.stringify(tried)).to.be.at.least(runs(10_000));
    });
  });
});
