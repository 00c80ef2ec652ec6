/**
 * The three report generations (categorized, modular, per-report) built from a consumer's
 * generated data, filtered by account ids and a date range. Amounts in Insights transactions are
 * signed and also carry XS2A's `type`, which is what the package's normalizer reads first.
 */
import { perReportNames } from '../schemas/per-report-names.js';
import { isReportModuleType, reportModuleTypes, type ReportModuleType } from '../schemas/reports.js';
import { brands, categories, type SimLanguage } from './catalog.js';
import type { SimAccount, SimTransaction } from './bank-data.js';

export interface ReportScope {
  consumerId: string;
  accounts: readonly SimAccount[];
  transactions: ReadonlyMap<string, readonly SimTransaction[]>;
  from: string;
  to: string;
  /** The period the bank data was fetched for; balances are as of its last day. */
  dataFrom: string;
  dataTo: string;
  refreshedAt: string;
  /** Absolute base URL of the simulator's brand icons, ending in `/`. */
  iconBase: string;
  /** The language category names are in: the session's of the flow that refreshed the consumer. */
  language: SimLanguage;
}

export type ModuleType = ReportModuleType;
export const isModuleType: (value: string) => value is ModuleType = isReportModuleType;

/** Per-report endpoint names, as in Klarna's reference: `POST /insights/v1/reports/{name}/create`. */
export const perReportPaths: Record<string, ModuleType> = Object.fromEntries(reportModuleTypes.map((type) => [perReportNames[type], type]));

const inRange = (scope: ReportScope, date: string): boolean => date >= scope.from && date <= scope.to;

const rowsOf = (scope: ReportScope, account: SimAccount): readonly SimTransaction[] => scope.transactions.get(account.id) ?? [];

/** The XS2A shape of Klarna's consent "Transactions": unsigned amount with DEBIT/CREDIT. */
export function xs2aTransaction(transaction: SimTransaction, currency: string): Record<string, unknown> {
  return {
    transaction_id: transaction.id,
    reference: transaction.reference,
    amount: { amount: transaction.amount, currency },
    counter_party: { ...transaction.counterparty },
    date: transaction.date,
    booking_date: transaction.state === 'PENDING' ? null : transaction.date,
    value_date: transaction.date,
    state: transaction.state,
    type: transaction.type,
    method: transaction.method,
  };
}

/** Built once per brand and category: 100,000 rows share them, and the JSON is the same. */
const brandObjects = new Map<string, Record<string, string>>();
const categoryLists = new Map<string, { id: string; name: string }[]>();

function brandObject(scope: ReportScope, key: NonNullable<SimTransaction['brand']>): Record<string, string> {
  const cacheKey = `${scope.iconBase}|${key}`;
  let value = brandObjects.get(cacheKey);
  if (!value) {
    const brand = brands[key];
    value = { id: brand.id, name: brand.name, url: brand.url, icon_url: `${scope.iconBase}${brand.slug}.svg` };
    brandObjects.set(cacheKey, value);
  }
  return value;
}

function categoryList(scope: ReportScope, key: SimTransaction['category']): { id: string; name: string }[] {
  const cacheKey = `${scope.language}|${key}`;
  let value = categoryLists.get(cacheKey);
  if (!value) {
    value = [{ id: categories[key].id, name: categories[key].name[scope.language] }];
    categoryLists.set(cacheKey, value);
  }
  return value;
}

/**
 * The Insights shape with category and brand. The categorized report (Klarna's "Categorized
 * Transactions Report") names a transaction by `id` and `date`; the newer reports by
 * `insights_transaction_id` and `booking_date`/`value_date`. Plain assignments, no spreads: this runs 100,000 times.
 */
function insightsTransaction(scope: ReportScope, transaction: SimTransaction, currency: string, naming: 'categorized' | 'module', accountId?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (naming === 'categorized') {
    out.id = transaction.id;
    out.date = transaction.date;
  } else {
    out.insights_transaction_id = transaction.id;
    out.booking_date = transaction.state === 'PENDING' ? null : transaction.date;
    out.value_date = transaction.date;
  }
  out.reference = transaction.reference;
  // Unsigned, with the direction in `type`, as XS2A's and the per-report types of mehiX/klarna-go.
  out.amount = { amount: transaction.amount, currency };
  out.type = transaction.type;
  out.state = transaction.state;
  out.counter_party = transaction.counterparty;
  out.categories = categoryList(scope, transaction.category);
  if (transaction.brand) out.brand = brandObject(scope, transaction.brand);
  out.recurring = transaction.recurring;
  if (accountId !== undefined) out.insights_account_id = accountId;
  return out;
}

/** Who holds an account and where, with Klarna's field names. */
export const accountDetails = (account: SimAccount): Record<string, unknown> => ({
  iban: account.iban,
  account_number: account.account_number,
  bic: account.bic,
  bank_code: account.bank_code,
  bank_name: account.bank_name,
  holder_name: account.holder_name,
});

const signed = (transaction: SimTransaction): number => (transaction.type === 'DEBIT' ? -transaction.amount : transaction.amount);

function transactionsModule(scope: ReportScope, accounts: readonly SimAccount[], naming: 'categorized' | 'module', tagAccounts: boolean): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const account of accounts) {
    for (const row of rowsOf(scope, account)) {
      if (inRange(scope, row.date)) out.push(insightsTransaction(scope, row, account.currency, naming, tagAccounts ? account.id : undefined));
    }
  }
  return out;
}

/** End-of-day balances for every day of the range that has data, summed over the accounts. */
function balanceOverTime(scope: ReportScope, accounts: readonly SimAccount[]): Record<string, unknown>[] {
  const byDay = new Map<string, number>();
  let opening = 0;
  for (const account of accounts) {
    opening += account.openingBalance;
    for (const row of rowsOf(scope, account)) byDay.set(row.date, (byDay.get(row.date) ?? 0) + signed(row));
  }
  const days = [...byDay.keys()].sort();
  const first = days[0];
  if (first === undefined) return [];
  const currency = accounts[0]?.currency ?? 'EUR';
  const out: Record<string, unknown>[] = [];
  let balance = opening;
  const dayMs = 86_400_000;
  const end = Date.parse(`${scope.dataTo < scope.to ? scope.dataTo : scope.to}T00:00:00Z`);
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= end; time += dayMs) {
    const date = new Date(time).toISOString().slice(0, 10);
    balance += byDay.get(date) ?? 0;
    if (date >= scope.from) out.push({ date, balance: { amount: balance, currency } });
  }
  return out;
}

function expenseCategories(scope: ReportScope, accounts: readonly SimAccount[]): Record<string, unknown>[] {
  const totals = new Map<SimTransaction['category'], { amount: number; count: number }>();
  for (const account of accounts) {
    for (const row of rowsOf(scope, account)) {
      if (row.type !== 'DEBIT' || !inRange(scope, row.date)) continue;
      const entry = totals.get(row.category) ?? { amount: 0, count: 0 };
      entry.amount += row.amount;
      entry.count += 1;
      totals.set(row.category, entry);
    }
  }
  const currency = accounts[0]?.currency ?? 'EUR';
  return [...totals.entries()]
    .sort((a, b) => b[1].amount - a[1].amount)
    .map(([key, entry]) => ({
      id: categories[key].id,
      name: categories[key].name[scope.language],
      count: entry.count,
      sum: { amount: entry.amount, currency },
    }));
}

/** BALANCES: booked, and available including pending rows and the overdraft. */
function currentBalances(scope: ReportScope, accounts: readonly SimAccount[]): Record<string, unknown> {
  let booked = 0;
  let pending = 0;
  for (const account of accounts) {
    booked += account.openingBalance;
    for (const row of rowsOf(scope, account)) {
      if (row.state === 'PENDING') pending += signed(row);
      else booked += signed(row);
    }
  }
  const currency = accounts[0]?.currency ?? 'EUR';
  const limit = accounts.reduce((sum, account) => sum + account.overdraft, 0);
  return {
    balance: { amount: booked, currency },
    available: { amount: booked + pending + limit, currency },
    limit: { amount: limit, currency },
    reserved: { amount: -pending, currency },
  };
}

const accountInfo = (account: SimAccount): Record<string, unknown> => ({
  ...accountDetails(account),
  account_alias: account.name,
  currency: account.currency,
  country: 'DE',
  account_type: account.type,
});

/** One report module over the given accounts, without its `type`. `perReport` flattens and tags. */
function moduleContent(scope: ReportScope, type: ModuleType, accounts: readonly SimAccount[], tagAccounts: boolean): Record<string, unknown> {
  switch (type) {
    case 'CATEGORIZED_TRANSACTIONSV2':
      return { transactions: transactionsModule(scope, accounts, 'module', tagAccounts) };
    case 'BALANCE_OVER_TIME':
      return { balances: balanceOverTime(scope, accounts) };
    case 'EXPENSE_CATEGORIES':
      return { categories: expenseCategories(scope, accounts) };
    case 'BALANCES':
      return currentBalances(scope, accounts);
    case 'ACCOUNT_INFOS': {
      // Nested under `account` in the modular report, flat from the per-report endpoint.
      const account = accounts[0];
      return account ? (tagAccounts ? accountInfo(account) : { account: accountInfo(account) }) : {};
    }
  }
}

/**
 * Generation 1, Klarna's "Categorized Transactions Report":
 * `data.{insights_consumer_id, accounts[].transactions[]}`.
 */
export function categorizedReport(scope: ReportScope): unknown {
  return {
    data: {
      insights_consumer_id: scope.consumerId,
      accounts: scope.accounts.map((account) => ({
        insights_account_id: account.id,
        ...accountDetails(account),
        transactions: transactionsModule(scope, [account], 'categorized', false),
      })),
    },
  };
}

/**
 * Generation 2, Klarna's "Quick Start Guide for Insights":
 * `data.accounts[].{insights_account_id, refreshed_at, reports[]}`.
 */
export function modularReport(scope: ReportScope, types: readonly ModuleType[]): unknown {
  return {
    data: {
      accounts: scope.accounts.map((account) => ({
        insights_account_id: account.id,
        refreshed_at: scope.refreshedAt,
        reports: types.map((type) => ({ ...moduleContent(scope, type, [account], false), type })),
      })),
    },
  };
}

/**
 * How much of the asked period the refreshed data covers (`data_availability` of the per-report
 * answers, COMPLETE | PARTIAL | NONE as in mehiX/klarna-go's report types).
 */
export function dataAvailability(scope: Pick<ReportScope, 'from' | 'to' | 'dataFrom' | 'dataTo'>): 'COMPLETE' | 'PARTIAL' | 'NONE' {
  if (scope.to < scope.dataFrom || scope.from > scope.dataTo) return 'NONE';
  return scope.from >= scope.dataFrom && scope.to <= scope.dataTo ? 'COMPLETE' : 'PARTIAL';
}

/** Generation 3: `data.reports[]`, each naming its consumer and accounts. */
export function perReport(scope: ReportScope, type: ModuleType): unknown {
  const common = {
    type,
    insights_consumer_id: scope.consumerId,
    refreshed_at: scope.refreshedAt,
    from_date: scope.from,
    to_date: scope.to,
    data_availability: dataAvailability(scope),
  };
  // Account details describe one account each; the other modules span all requested accounts.
  const reports =
    type === 'ACCOUNT_INFOS'
      ? scope.accounts.map((account) => ({ ...common, insights_account_ids: [account.id], ...moduleContent(scope, type, [account], true) }))
      : [{ ...common, insights_account_ids: scope.accounts.map((account) => account.id), ...moduleContent(scope, type, scope.accounts, true) }];
  return { data: { reports } };
}
