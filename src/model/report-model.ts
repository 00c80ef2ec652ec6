/**
 * The one model every report shape normalizes into. Keys are the package's own (camelCase);
 * `source` keeps the transaction exactly as Klarna sent it.
 */

/** Money in; money out. Resolved from XS2A's `type` first, else from the amount's sign. */
export type Direction = 'credit' | 'debit';

/** Which of Klarna's report generations a report came in. */
export type ReportGeneration = 'categorized' | 'modular' | 'per-report';

export interface Money {
  /** Signed integer in the currency's minor units: negative for money out. */
  minor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

export interface Category {
  id: string;
  name?: string;
}

export interface Brand {
  id: string;
  name?: string;
  /** The brand's website; present only when it is an absolute http(s) URL. */
  url?: string;
  /** The brand's icon; present only when it is an absolute http(s) URL. */
  iconUrl?: string;
}

export interface Counterparty {
  name?: string;
  iban?: string;
  accountNumber?: string;
  bic?: string;
  bankName?: string;
}

export interface Transaction {
  id: string;
  accountId: string;
  /** `YYYY-MM-DD`: the booking date, or the value date of a pending transaction. */
  date: string;
  bookingDate?: string;
  valueDate?: string;
  /** Absent when the report carries no amount for it (Klarna's amount is optional). */
  amount?: Money;
  direction?: Direction;
  reference?: string;
  counterparty?: Counterparty;
  categories: readonly Category[];
  brand?: Brand;
  recurring: boolean;
  pending: boolean;
  /** The transaction as it came in, with Klarna's own field names. */
  source: Readonly<Record<string, unknown>>;
}

export interface BalancePoint {
  date: string;
  balance: Money;
}

export interface ExpenseCategory {
  id: string;
  name?: string;
  /** Total spent, positive, in minor units. */
  amount: Money;
  /** How many transactions the total is made of, when the report says. */
  transactionCount?: number;
}

/** The account's balances now, as far as the bank tells them. */
export interface CurrentBalance {
  /** The booked balance. */
  booked?: Money;
  /** What can be spent, including any overdraft. */
  available?: Money;
  /** The overdraft: how far below zero the consumer may go. */
  limit?: Money;
  /** Reserved for known future payments. */
  reserved?: Money;
}

export interface Account {
  id: string;
  iban?: string;
  accountNumber?: string;
  bic?: string;
  bankCode?: string;
  bankName?: string;
  holderName?: string;
  /** The account's name or alias as the bank shows it, when the report has it. */
  name?: string;
  /** `DEFAULT`, `SAVING`, `CREDITCARD` or `DEPOT`, when the report says. */
  accountType?: string;
  /** ISO timestamp of the bank data the report was built from. */
  refreshedAt?: string;
  /** The account's own currency, when known. */
  currency?: string;
  transactions: Transaction[];
  /** Balance at the end of each day, oldest first. Empty when the report has none. */
  balances: BalancePoint[];
  /** Spending per category as the report states it. Empty when the report has none. */
  expenseCategories: ExpenseCategory[];
  /** Current balances, when the report has them. */
  currentBalance?: CurrentBalance;
}

/** A report module of a type this package does not read (Klarna adds modules): kept, not dropped. */
export interface UnknownReportModule {
  /** Klarna's module type, e.g. `INCOME_INSIGHTS`. */
  type: string;
  /** The accounts it is about: its modular report's account, or its per-report `insights_account_ids`. */
  accountIds: readonly string[];
  /** The module exactly as Klarna sent it. */
  source: Readonly<Record<string, unknown>>;
}

export interface Report {
  generation: ReportGeneration;
  consumerId?: string;
  accounts: Account[];
  /** Modules the viewer does not show, in the order they came; empty when there are none. */
  unknownModules: UnknownReportModule[];
}
