/**
 * Insights reports in all three generations Klarna has used (DESIGN.md, "Reports"):
 * 1. the categorized report (seed 004): `data.accounts[].transactions[]`;
 * 2. the modular report (seed 000): `data.accounts[].reports[]`, one module per `type`;
 * 3. per-report endpoints: `data.reports[]`, each naming its consumer and accounts.
 */
import * as z from 'zod/mini';
import { address, amount, id, isoDate, isoDateTime, maybe } from './common.js';
import { counterParty, transactionType } from './transactions.js';

export const transactionCategory = z.looseObject({
  id,
  name: maybe(z.string()),
});
export type TransactionCategory = z.infer<typeof transactionCategory>;

/** The known brand a transaction went to or came from. URLs are unchecked here: render only safe ones. */
export const brand = z.looseObject({
  id,
  name: maybe(z.string()),
  url: maybe(z.string()),
  icon_url: maybe(z.string()),
});
export type KlarnaBrand = z.infer<typeof brand>;

/**
 * A transaction enriched with categories and brand. The categorized report's docs spell the
 * counterparty `counterParty` and `counter_party`: both are read. Amount and type are optional:
 * the categorized report may carry a signed amount or none at all.
 */
export const categorizedTransaction = z.looseObject({
  id,
  date: isoDate,
  booking_date: maybe(isoDate),
  value_date: maybe(isoDate),
  reference: maybe(z.string()),
  amount: maybe(amount),
  type: maybe(transactionType),
  state: maybe(z.string()),
  counter_party: maybe(counterParty),
  counterParty: maybe(counterParty),
  categories: maybe(z.array(transactionCategory)),
  brand: maybe(brand),
  recurring: maybe(z.boolean()),
  insights_account_id: maybe(z.string()),
});
export type CategorizedTransaction = z.infer<typeof categorizedTransaction>;

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

export const categorizedReportAccount = z.looseObject({
  insights_account_id: id,
  ...accountDetails,
  transactions: z.array(categorizedTransaction),
});

export const categorizedReport = z.looseObject({
  data: z.looseObject({
    insights_consumer_id: maybe(z.string()),
    accounts: z.array(categorizedReportAccount),
  }),
});
export type CategorizedReport = z.infer<typeof categorizedReport>;

/** Body of `POST /insights/v1/reports/categorized/create`. */
export const categorizedReportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: z.array(id),
  time_frame: z.looseObject({ from: isoDate, to: isoDate }),
});
export type CategorizedReportRequest = z.infer<typeof categorizedReportRequest>;

// ---- report modules, shared by generations 2 and 3 -----------------------------------------

/** The account's balance at the end of a day. */
export const balancePoint = z.looseObject({
  date: isoDate,
  balance: amount,
});
export type KlarnaBalancePoint = z.infer<typeof balancePoint>;

/** Spending in one category over the report's period. */
export const expenseCategory = z.looseObject({
  id,
  name: maybe(z.string()),
  amount,
  share: maybe(z.number()),
  transaction_count: maybe(z.int()),
});
export type KlarnaExpenseCategory = z.infer<typeof expenseCategory>;

/** A current balance of an account, e.g. `BOOKED` or `AVAILABLE`. */
export const accountBalance = z.looseObject({
  type: maybe(z.string()),
  balance: amount,
  date: maybe(z.union([isoDate, isoDateTime])),
});
export type KlarnaAccountBalance = z.infer<typeof accountBalance>;

export const reportModuleTypes = [
  'CATEGORIZED_TRANSACTIONSV2',
  'BALANCE_OVER_TIME',
  'EXPENSE_CATEGORIES',
  'BALANCES',
  'ACCOUNT_INFOS',
] as const;
export type ReportModuleType = (typeof reportModuleTypes)[number];

const moduleShapes = {
  CATEGORIZED_TRANSACTIONSV2: { transactions: z.array(categorizedTransaction) },
  BALANCE_OVER_TIME: { balances: z.array(balancePoint) },
  EXPENSE_CATEGORIES: { categories: z.array(expenseCategory) },
  BALANCES: { balances: z.array(accountBalance) },
  ACCOUNT_INFOS: { ...accountDetails, name: maybe(z.string()), currency: maybe(z.string()) },
};

const knownModuleTypes: ReadonlySet<string> = new Set(reportModuleTypes);

/** Modules this package does not read (Klarna adds more over time) are kept, not rejected. */
const unknownModule = z.looseObject({
  type: z.string().check(z.refine((type) => !knownModuleTypes.has(type), { message: 'a known report module with an invalid shape', abort: true })),
});

/** The modules this package reads, each checked against its shape. */
const knownModuleOf = <Extra extends z.core.$ZodLooseShape>(extra: Extra) =>
  z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('CATEGORIZED_TRANSACTIONSV2'), ...extra, ...moduleShapes.CATEGORIZED_TRANSACTIONSV2 }),
    z.looseObject({ type: z.literal('BALANCE_OVER_TIME'), ...extra, ...moduleShapes.BALANCE_OVER_TIME }),
    z.looseObject({ type: z.literal('EXPENSE_CATEGORIES'), ...extra, ...moduleShapes.EXPENSE_CATEGORIES }),
    z.looseObject({ type: z.literal('BALANCES'), ...extra, ...moduleShapes.BALANCES }),
    z.looseObject({ type: z.literal('ACCOUNT_INFOS'), ...extra, ...moduleShapes.ACCOUNT_INFOS }),
  ]);

/** A report module: known types checked, unknown ones passed through. */
const moduleOf = <Extra extends z.core.$ZodLooseShape>(extra: Extra) =>
  z.union([knownModuleOf(extra), z.looseObject({ ...extra, ...unknownModule.shape })]);

/** Narrows a parsed module to one of the types this package reads. */
export const isKnownReportModule = <T extends { type: string }>(module: T): module is Extract<T, { type: ReportModuleType }> =>
  knownModuleTypes.has(module.type);

// ---- 2. the modular report -----------------------------------------------------------------

export const reportModule = moduleOf({});
export type ReportModule = z.infer<typeof reportModule>;

export const modularReportAccount = z.looseObject({
  insights_account_id: id,
  refreshed_at: maybe(isoDateTime),
  reports: z.array(reportModule),
});

export const modularReport = z.looseObject({
  data: z.looseObject({
    insights_consumer_id: maybe(z.string()),
    accounts: z.array(modularReportAccount),
  }),
});
export type ModularReport = z.infer<typeof modularReport>;

/** One requested module of `PUT /insights/v1/reports/create`, with its options. */
export const reportModuleRequest = z.looseObject({
  type: z.string(),
  options: maybe(z.looseObject({})),
});

/** Body of `PUT /insights/v1/reports/create` (seed 000). */
export const modularReportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: maybe(z.array(id)),
  time_frame: maybe(z.looseObject({ from: isoDate, to: isoDate })),
  reports: z.array(reportModuleRequest),
});
export type ModularReportRequest = z.infer<typeof modularReportRequest>;

// ---- 3. per-report endpoints ---------------------------------------------------------------

export const perReportModule = moduleOf({
  insights_consumer_id: maybe(z.string()),
  insights_account_ids: maybe(z.array(z.string())),
});
export type PerReportModule = z.infer<typeof perReportModule>;

export const perReportResponse = z.looseObject({
  data: z.looseObject({
    reports: z.array(perReportModule),
  }),
});
export type PerReportResponse = z.infer<typeof perReportResponse>;

/** Any of the three, told apart by where the data sits. */
export type InsightsReport = CategorizedReport | ModularReport | PerReportResponse;
