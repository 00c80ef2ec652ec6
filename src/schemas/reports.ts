/**
 * Insights reports in all three generations Klarna has used:
 * 1. the categorized report (Klarna's "Categorized Transactions Report"):
 *    `data.accounts[].transactions[]`;
 * 2. the modular report (Klarna's "Quick Start Guide for Insights"): `data.accounts[].reports[]`,
 *    one module per `type`;
 * 3. per-report endpoints: `data.reports[]`, each naming its consumer and accounts.
 * Their transactions are `categorizedTransaction`s, checked through its fast path.
 */
import * as z from 'zod/mini';
import { address, amount, isoDateTime, nonNegativeInteger } from './account-data.js';
import { id, isoDate, maybe, positiveInteger, refinement } from './common.js';
import { fastCategorizedTransactions, readOnlyCategorizedTransactions } from './fast-transaction.js';

/** The transaction list each report nests: copying, or read-only for `normalizeReport`. */
type Transactions = typeof fastCategorizedTransactions;

/** Who holds an account and where; shared by the categorized report and ACCOUNT_INFOS. */
const accountDetails = {
  iban: maybe(z.string()),
  account_number: maybe(z.string()),
  bic: maybe(z.string()),
  bank_code: maybe(z.string()),
  bank_name: maybe(z.string()),
  holder_address: maybe(address),
  holder_name: maybe(z.string()),
};

// ---- 1. the categorized report ------------------------------------------------------------

const categorizedReportOf = (transactions: Transactions) => {
  const account = z.looseObject({
    insights_account_id: id,
    ...accountDetails,
    transactions,
  });
  const report = z.looseObject({
    data: z.looseObject({
      insights_consumer_id: maybe(z.string()),
      accounts: z.array(account),
    }),
  });
  return { account, report };
};

const categorized = categorizedReportOf(fastCategorizedTransactions);
export const categorizedReportAccount = categorized.account;
export const categorizedReport = categorized.report;
export type CategorizedReport = z.infer<typeof categorizedReport>;

/** Body of `POST /insights/v1/reports/categorized/create`. */
export const categorizedReportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: z.array(id),
  time_frame: z.looseObject({ from: isoDate, to: isoDate }),
});
export type CategorizedReportRequest = z.infer<typeof categorizedReportRequest>;

// ---- report modules, shared by generations 2 and 3 -----------------------------------------

/** The account's balance at the end of a day (BALANCE_OVER_TIME). */
export const balancePoint = z.looseObject({
  date: isoDate,
  balance: amount,
});
export type KlarnaBalancePoint = z.infer<typeof balancePoint>;

/** Spending in one category over the report's period (EXPENSE_CATEGORIES). */
export const expenseCategory = z.looseObject({
  id,
  name: maybe(z.string()),
  count: maybe(nonNegativeInteger),
  sum: amount,
});
export type KlarnaExpenseCategory = z.infer<typeof expenseCategory>;

/** The account's current balances (BALANCES): all optional, banks differ in what they tell. */
const currentBalanceShape = {
  balance: maybe(amount),
  available: maybe(amount),
  limit: maybe(amount),
  reserved: maybe(amount),
};

/** What the bank says about the account (ACCOUNT_INFOS). */
export const accountInfo = z.looseObject({
  ...accountDetails,
  account_alias: maybe(z.string()),
  currency: maybe(z.string()),
  country: maybe(z.string()),
  account_type: maybe(z.string()),
  transfer_type: maybe(z.string()),
});
export type KlarnaAccountInfo = z.infer<typeof accountInfo>;

/**
 * The report modules this package reads, each with the shape of its content: the one list the
 * rest derives from. ACCOUNT_INFOS nests its fields under `account` in the modular report and
 * sends them flat from the per-report endpoint: both are read. A module added here is a type
 * error wherever something for it is still missing (its normalizer, its per-report endpoint, the
 * simulator's content).
 */
const reportModules = {
  CATEGORIZED_TRANSACTIONSV2: { transactions: fastCategorizedTransactions },
  BALANCE_OVER_TIME: { balances: z.array(balancePoint) },
  EXPENSE_CATEGORIES: { categories: z.array(expenseCategory) },
  BALANCES: currentBalanceShape,
  ACCOUNT_INFOS: { ...accountInfo.shape, account: maybe(accountInfo) },
} satisfies Record<string, z.core.$ZodLooseShape>;

export type ReportModuleType = keyof typeof reportModules;
export const reportModuleTypes = Object.keys(reportModules) as readonly ReportModuleType[];

const knownModuleTypes: ReadonlySet<string> = new Set(reportModuleTypes);

/** Whether this package reads modules of the given type. */
export const isReportModuleType = (type: string): type is ReportModuleType => knownModuleTypes.has(type);

/** Modules this package does not read (Klarna adds more over time) are kept, not rejected. */
const unknownModule = z.looseObject({
  type: z.string().check(refinement((type) => !knownModuleTypes.has(type), 'a known report module with an invalid shape', { abort: true })),
});

/** The schema of one known module with the fields its generation adds. */
type KnownModuleSchema<Type extends ReportModuleType, Extra extends z.core.$ZodLooseShape> = z.ZodMiniObject<
  { type: z.ZodMiniLiteral<Type> } & Extra & (typeof reportModules)[Type],
  z.core.$loose
>;
type KnownModuleSchemas<Extra extends z.core.$ZodLooseShape> = { [Type in ReportModuleType]: KnownModuleSchema<Type, Extra> }[ReportModuleType];

/**
 * The modules this package reads, each checked against its shape. A plain union, as
 * `z.discriminatedUnion` costs every page that validates about 0.5 kB gzip: the options' `type`s
 * are distinct literals, so at most one accepts a module, and `parsePayload` reports the issues of
 * the option of the module's own type. The first option that accepts ends the search, and an
 * option of another type reads none of the module's lists: their names differ by type.
 */
const knownModuleOf = <Extra extends z.core.$ZodLooseShape>(extra: Extra, transactions: Transactions) =>
  z.union(
    // The tuple's members are those of the mapped type: built from the same table, key by key. The
    // transactions' schema is the caller's (copying, or handing back the checked objects).
    reportModuleTypes.map((type) =>
      z.looseObject({ type: z.literal(type), ...extra, ...reportModules[type], ...(type === 'CATEGORIZED_TRANSACTIONSV2' ? { transactions } : {}) }),
    ) as unknown as [KnownModuleSchemas<Extra>, ...KnownModuleSchemas<Extra>[]],
  );

/** A report module: known types checked, unknown ones passed through. */
const moduleOf = <Extra extends z.core.$ZodLooseShape>(extra: Extra, transactions: Transactions) =>
  z.union([knownModuleOf(extra, transactions), z.looseObject({ ...extra, ...unknownModule.shape })]);

/** Narrows a parsed module to one of the types this package reads. */
export const isKnownReportModule = <T extends { type: string }>(module: T): module is Extract<T, { type: ReportModuleType }> =>
  knownModuleTypes.has(module.type);

// ---- 2. the modular report -----------------------------------------------------------------

const modularReportOf = (transactions: Transactions) => {
  const module = moduleOf({}, transactions);
  const account = z.looseObject({
    insights_account_id: id,
    refreshed_at: maybe(isoDateTime),
    reports: z.array(module),
  });
  const report = z.looseObject({
    data: z.looseObject({
      insights_consumer_id: maybe(z.string()),
      accounts: z.array(account),
    }),
  });
  return { module, account, report };
};

const modular = modularReportOf(fastCategorizedTransactions);
export const reportModule = modular.module;
export type ReportModule = z.infer<typeof reportModule>;
export const modularReportAccount = modular.account;
export const modularReport = modular.report;
export type ModularReport = z.infer<typeof modularReport>;

/** One requested module of `PUT /insights/v1/reports/create`, with its options. */
export const reportModuleRequest = z.looseObject({
  type: z.string(),
  options: maybe(z.looseObject({})),
});

/** The period of a modular or per-report request: dates, or the last `report_days` days. */
const reportPeriod = {
  report_days: maybe(positiveInteger),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
};

/** Body of `/insights/v1/reports/create`: `PUT` in Klarna's "Quick Start Guide for
 * Insights", `POST` in Klarna's reference. */
export const modularReportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: maybe(z.array(id)),
  excluded_insights_account_ids: maybe(z.array(id)),
  ...reportPeriod,
  reports: z.array(reportModuleRequest),
});
export type ModularReportRequest = z.infer<typeof modularReportRequest>;

// ---- 3. per-report endpoints ---------------------------------------------------------------

const perReportModuleOf = (transactions: Transactions) =>
  moduleOf(
    {
      insights_consumer_id: maybe(z.string()),
      insights_account_ids: maybe(z.array(z.string())),
      refreshed_at: maybe(isoDateTime),
      from_date: maybe(isoDate),
      to_date: maybe(isoDate),
    },
    transactions,
  );

const perReportResponseOf = (transactions: Transactions) =>
  z.looseObject({
    data: z.looseObject({
      reports: z.array(perReportModuleOf(transactions)),
    }),
  });

export const perReportModule = perReportModuleOf(fastCategorizedTransactions);
export type PerReportModule = z.infer<typeof perReportModule>;

/**
 * Body of the per-report endpoints, `POST /insights/v1/reports/{name}/create` with `name` one
 * of `categorization`, `balance-over-time`, `expense-category`, `balances`, `account-info`
 * (`perReportNames` in `per-report-names.ts`).
 */
export const perReportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: maybe(z.array(id)),
  excluded_insights_account_ids: maybe(z.array(id)),
  ...reportPeriod,
});
export type PerReportRequest = z.infer<typeof perReportRequest>;

export const perReportResponse = perReportResponseOf(fastCategorizedTransactions);
export type PerReportResponse = z.infer<typeof perReportResponse>;

/** Any of the three, told apart by where the data sits. */
export type InsightsReport = CategorizedReport | ModularReport | PerReportResponse;

/**
 * The three reports again, for `normalizeReport`, which only reads what it parsed: their
 * transactions come back as the input itself instead of copies (half a million objects fewer at
 * 100,000 transactions). Same checks, same errors, same types.
 */
export const readOnlyReports = {
  categorized: categorizedReportOf(readOnlyCategorizedTransactions).report,
  modular: modularReportOf(readOnlyCategorizedTransactions).report,
  perReport: perReportResponseOf(readOnlyCategorizedTransactions),
};
