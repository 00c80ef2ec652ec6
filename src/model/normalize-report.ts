/**
 * One function from any report Klarna has shaped to the one model the viewer renders. The
 * payload is validated first; what comes out has resolved directions, signed amounts, both
 * counterparty spellings merged and only http(s) URLs.
 */
import { Xs2aError } from '../errors.js';
import { currencyCodePattern, type Amount } from '../schemas/account-data.js';
import type { CategorizedTransaction, KlarnaBrand } from '../schemas/categorized-transaction.js';
import type {
  CategorizedReport,
  KlarnaAccountInfo,
  KlarnaBalancePoint,
  KlarnaExpenseCategory,
  ModularReport,
  PerReportResponse,
  ReportModule,
  ReportModuleType,
} from '../schemas/reports.js';
import { isKnownReportModule, readOnlyReports } from '../schemas/reports.js';
import { toSafeHttpUrl } from '../security/safe-url.js';
import { parsePayload } from '../validation/parse-payload.js';
import type {
  Account,
  BalancePoint,
  Brand,
  Category,
  Counterparty,
  Direction,
  ExpenseCategory,
  Money,
  Report,
  ReportGeneration,
  Transaction,
  UnknownReportModule,
} from './report-model.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tells the generations apart by where the data sits: `data.reports[]` (per-report),
 * `data.accounts[].reports[]` (modular), else `data.accounts[].transactions[]` (categorized).
 */
export function detectReportGeneration(value: unknown): ReportGeneration {
  const data = isRecord(value) ? value.data : undefined;
  if (isRecord(data)) {
    if (Array.isArray(data.reports)) return 'per-report';
    if (Array.isArray(data.accounts) && data.accounts.some((account) => isRecord(account) && Array.isArray(account.reports))) {
      return 'modular';
    }
  }
  return 'categorized';
}

/**
 * What one normalization remembers while it runs, created afresh for each report so that no
 * report sees another's (one that threw midway included).
 */
interface Run {
  /**
   * Brands repeat across thousands of transactions: each distinct brand becomes one model
   * object, whose URLs are parsed once. Looked up by name, which JSON.parse hands over already
   * hashed when it is short, unlike a 36-character id; a second brand of the same name just
   * takes the slot.
   */
  brands: Map<string, { source: KlarnaBrand; model: Brand }>;
  /** The last currency code upper-cased, and its upper case: one account's amounts share one. */
  lastCurrency: string;
  lastCurrencyUpper: string;
}

const newRun = (): Run => ({ brands: new Map(), lastCurrency: '', lastCurrencyUpper: '' });

function toBrand(run: Run, brand: KlarnaBrand): Brand {
  const { brands } = run;
  const key = brand.name ?? brand.id;
  const known = brands.get(key);
  if (known) {
    const { source } = known;
    if (source.id === brand.id && source.name === brand.name && source.url === brand.url && source.icon_url === brand.icon_url) return known.model;
  }
  const model: Brand = { id: brand.id, name: brand.name ?? undefined, url: safeUrl(brand.url), iconUrl: safeUrl(brand.icon_url) };
  brands.set(key, { source: brand, model });
  return model;
}

const safeUrl = (value: string | null | undefined): string | undefined => (typeof value === 'string' ? toSafeHttpUrl(value) : undefined);

/** Normalizes a report in any supported shape, or throws an `invalid-response` {@link Xs2aError}. */
export function normalizeReport(value: unknown): Report {
  const run = newRun();
  // The normalizer only reads the parsed payload, so the fast path may skip zod's copies.
  switch (readableGeneration(value)) {
    case 'per-report':
      return fromPerReport(run, parsePayload(readOnlyReports.perReport, value, 'report'));
    case 'modular':
      return fromModular(run, parsePayload(readOnlyReports.modular, value, 'report'));
    case 'categorized':
      return fromCategorized(run, parsePayload(readOnlyReports.categorized, value, 'report'));
  }
}

/** The generation, or an `invalid-response` error for an object that throws when read (a getter, a proxy). */
function readableGeneration(value: unknown): ReportGeneration {
  try {
    return detectReportGeneration(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Xs2aError('invalid-response', `Invalid report: unreadable (${reason})`, { path: '(root)', cause: error });
  }
}

// ---- the three generations -----------------------------------------------------------------

/** A module the package does not read, as the model keeps it. */
const unknownModule = (module: { type: string }, accountIds: readonly string[]): UnknownReportModule => ({
  type: module.type,
  accountIds,
  source: module,
});

function fromCategorized(run: Run, report: CategorizedReport): Report {
  return {
    generation: 'categorized',
    unknownModules: [],
    consumerId: report.data.insights_consumer_id ?? undefined,
    accounts: report.data.accounts.map((source) => {
      const account = emptyAccount(source.insights_account_id);
      assignAccountDetails(account, source);
      account.transactions = source.transactions.map((transaction) => toTransaction(run, transaction, account.id));
      account.currency = account.transactions.find((transaction) => transaction.amount)?.amount?.currency;
      return account;
    }),
  };
}

function fromModular(run: Run, report: ModularReport): Report {
  const unknownModules: UnknownReportModule[] = [];
  const accounts = report.data.accounts.map((source) => {
    const account = emptyAccount(source.insights_account_id);
    account.refreshedAt = source.refreshed_at ?? undefined;
    for (const module of source.reports) {
      if (isKnownReportModule(module)) addModule(run, account, module);
      else unknownModules.push(unknownModule(module, [account.id]));
    }
    finishAccount(account);
    return account;
  });
  return { generation: 'modular', consumerId: report.data.insights_consumer_id ?? undefined, accounts, unknownModules };
}

function fromPerReport(run: Run, response: PerReportResponse): Report {
  const accounts = new Map<string, Account>();
  const accountFor = (id: string): Account => {
    let account = accounts.get(id);
    if (!account) {
      account = emptyAccount(id);
      accounts.set(id, account);
    }
    return account;
  };
  let consumerId: string | undefined;
  const unknownModules: UnknownReportModule[] = [];
  response.data.reports.forEach((module, index) => {
    const moduleConsumer = module.insights_consumer_id ?? undefined;
    if (moduleConsumer !== undefined) {
      // One report is one consumer's data; a mix is a backend bug that must not reach the screen.
      if (consumerId !== undefined && moduleConsumer !== consumerId) {
        throw new Xs2aError('invalid-response', `Invalid report at data.reports[${index}].insights_consumer_id: reports of two consumers in one response`, {
          path: `data.reports[${index}].insights_consumer_id`,
        });
      }
      consumerId = moduleConsumer;
    }
    const ids = module.insights_account_ids ?? [];
    const refreshedAt = module.refreshed_at ?? undefined;
    // Without a per-transaction account, data for several accounts is shown as one.
    const sharedAccountId = ids.length === 0 ? 'all' : ids.join(',');
    if (!isKnownReportModule(module)) {
      unknownModules.push(unknownModule(module, ids));
      return;
    }
    if (module.type === 'CATEGORIZED_TRANSACTIONSV2') {
      // Each transaction names its account when the report spans several.
      for (const transaction of module.transactions) {
        const account = accountFor(transaction.insights_account_id ?? sharedAccountId);
        account.refreshedAt ??= refreshedAt;
        account.transactions.push(toTransaction(run, transaction, account.id));
      }
    } else {
      const account = accountFor(sharedAccountId);
      account.refreshedAt ??= refreshedAt;
      addModule(run, account, module);
    }
  });
  const result = [...accounts.values()];
  for (const account of result) finishAccount(account);
  return { generation: 'per-report', consumerId, accounts: result, unknownModules };
}

// ---- accounts and modules ------------------------------------------------------------------

function emptyAccount(id: string): Account {
  return {
    id,
    iban: undefined,
    accountNumber: undefined,
    bic: undefined,
    bankCode: undefined,
    bankName: undefined,
    holderName: undefined,
    name: undefined,
    accountType: undefined,
    refreshedAt: undefined,
    currency: undefined,
    transactions: [],
    balances: [],
    expenseCategories: [],
    currentBalance: undefined,
  };
}

interface AccountDetails {
  iban?: string | null;
  account_number?: string | null;
  bic?: string | null;
  bank_code?: string | null;
  bank_name?: string | null;
  holder_name?: string | null;
}

function assignAccountDetails(account: Account, details: AccountDetails): void {
  account.iban = details.iban ?? account.iban;
  account.accountNumber = details.account_number ?? account.accountNumber;
  account.bic = details.bic ?? account.bic;
  account.bankCode = details.bank_code ?? account.bankCode;
  account.bankName = details.bank_name ?? account.bankName;
  account.holderName = details.holder_name ?? account.holderName;
}

/** What ACCOUNT_INFOS says about the account; what it leaves out stays as it was. */
function assignAccountInfo(account: Account, info: KlarnaAccountInfo): void {
  assignAccountDetails(account, info);
  account.name = info.account_alias ?? account.name;
  account.accountType = info.account_type ?? account.accountType;
  // Free text in some banks' data ("euro"): only an ISO 4217 code can format money.
  account.currency = info.currency && currencyCodePattern.test(info.currency) ? info.currency.toUpperCase() : account.currency;
}

type KnownReportModule = Extract<ReportModule, { type: ReportModuleType }>;

/** What each module the package reads adds to its account: one entry per module type. */
const moduleHandlers = {
  CATEGORIZED_TRANSACTIONSV2: (run, account, module) => {
    // `map` sizes the list once; pushing 100,000 grows it again and again.
    const added = module.transactions.map((transaction) => toTransaction(run, transaction, account.id));
    account.transactions = account.transactions.length === 0 ? added : account.transactions.concat(added);
  },
  BALANCE_OVER_TIME: (run, account, module) => {
    for (const point of module.balances) account.balances.push(toBalancePoint(run, point));
  },
  EXPENSE_CATEGORIES: (_run, account, module) => {
    for (const category of module.categories) account.expenseCategories.push(toExpenseCategory(category));
  },
  BALANCES: (run, account, module) => {
    account.currentBalance = {
      booked: module.balance ? toMoney(run, module.balance) : undefined,
      available: module.available ? toMoney(run, module.available) : undefined,
      limit: module.limit ? toMoney(run, module.limit) : undefined,
      reserved: module.reserved ? toMoney(run, module.reserved) : undefined,
    };
  },
  ACCOUNT_INFOS: (_run, account, module) => {
    // Nested under `account` in the modular report, flat from the per-report endpoint.
    assignAccountInfo(account, module.account ?? module);
  },
} satisfies { [Type in ReportModuleType]: (run: Run, account: Account, module: Extract<KnownReportModule, { type: Type }>) => void };

/** Adds what a module says to its account. */
function addModule(run: Run, account: Account, module: KnownReportModule): void {
  // The handler is the one for `module.type`, which TypeScript cannot correlate on its own.
  (moduleHandlers[module.type] as (run: Run, account: Account, module: KnownReportModule) => void)(run, account, module);
}

/** Balances oldest first; the account's currency from the most telling source. */
function finishAccount(account: Account): void {
  account.balances.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const current = account.currentBalance;
  account.currency ??=
    current?.booked?.currency ??
    current?.available?.currency ??
    account.transactions.find((transaction) => transaction.amount)?.amount?.currency ??
    account.balances[0]?.balance.currency;
}

// ---- rows ----------------------------------------------------------------------------------

/** Codes are almost always upper case already and repeat: no new string per amount. */
function upperCurrency(run: Run, code: string): string {
  if (code !== run.lastCurrency) {
    run.lastCurrency = code;
    run.lastCurrencyUpper = code.toUpperCase();
  }
  return run.lastCurrencyUpper;
}

const toMoney = (run: Run, amount: Amount, sign: 1 | -1 = 1): Money => ({
  minor: sign * amount.amount,
  currency: upperCurrency(run, amount.currency),
});

/**
 * XS2A amounts are unsigned with a DEBIT/CREDIT `type`; Insights amounts may instead carry the
 * sign. The type wins when both are present.
 */
function resolveDirection(transaction: CategorizedTransaction): Direction | undefined {
  if (transaction.type === 'DEBIT') return 'debit';
  if (transaction.type === 'CREDIT') return 'credit';
  if (!transaction.amount) return undefined;
  return transaction.amount.amount < 0 ? 'debit' : 'credit';
}

function toCounterparty(transaction: CategorizedTransaction): Counterparty | undefined {
  const party = transaction.counter_party ?? transaction.counterParty;
  if (!party) return undefined;
  return {
    name: party.holder_name ?? party.alias ?? undefined,
    iban: party.iban ?? undefined,
    accountNumber: party.account_number ?? undefined,
    bic: party.bic ?? undefined,
    bankName: party.bank_name ?? undefined,
  };
}

const pendingState = /^pending$/i;

/** Uncategorized transactions share one empty list. */
const noCategories: readonly Category[] = Object.freeze([]);

/** Klarna's categories already have the model's shape unless a name is `null`: no copies then. */
function toCategories(categories: CategorizedTransaction['categories']): readonly Category[] {
  if (!categories || categories.length === 0) return noCategories;
  for (const category of categories) {
    if (category.name === null) return categories.map((each) => ({ id: each.id, name: each.name ?? undefined }));
  }
  return categories as readonly Category[];
}

/** Every transaction gets the same set of keys, so the engine keeps one shape for 100,000 of them. */
function toTransaction(run: Run, transaction: CategorizedTransaction, accountId: string): Transaction {
  const direction = resolveDirection(transaction);
  const amount = transaction.amount
    ? {
        minor: (direction === 'debit' ? -1 : 1) * Math.abs(transaction.amount.amount),
        currency: upperCurrency(run, transaction.amount.currency),
      }
    : undefined;
  const brand = transaction.brand;
  return {
    // The schema guarantees one of each.
    id: (transaction.id ?? transaction.insights_transaction_id) as string,
    accountId,
    date: (transaction.date ?? transaction.booking_date ?? transaction.value_date) as string,
    bookingDate: transaction.booking_date ?? undefined,
    valueDate: transaction.value_date ?? undefined,
    amount,
    direction,
    reference: transaction.reference ?? undefined,
    counterparty: toCounterparty(transaction),
    categories: toCategories(transaction.categories),
    brand: brand ? toBrand(run, brand) : undefined,
    recurring: transaction.recurring === true,
    pending: (transaction.state != null && pendingState.test(transaction.state)) || (transaction as { pending?: unknown }).pending === true,
    source: transaction,
  };
}

const toBalancePoint = (run: Run, point: KlarnaBalancePoint): BalancePoint => ({ date: point.date, balance: toMoney(run, point.balance) });

const toExpenseCategory = (category: KlarnaExpenseCategory): ExpenseCategory => ({
  id: category.id,
  name: category.name ?? undefined,
  amount: { minor: Math.abs(category.sum.amount), currency: category.sum.currency.toUpperCase() },
  transactionCount: category.count ?? undefined,
});
