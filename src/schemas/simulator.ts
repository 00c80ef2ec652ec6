/**
 * Payloads only the offline simulator reads: the bodies of the XS2A accounts and transactions
 * flows, and the steps its fake XS2A App posts. Not re-exported from the package's schemas: they
 * are no part of the host-backend contract.
 */
import * as z from 'zod/mini';
import { isoDate, maybe } from './common.js';

/** Body of `PUT <session.flows.accounts>`; everything is optional. */
export const accountsFlowRequest = z.looseObject({
  iban: maybe(z.string()),
  account_id: maybe(z.string()),
});

/** Body of `PUT <session.flows.account_details>` and `…balances`: which account, else the consumer picks one. */
export const accountFlowRequest = accountsFlowRequest;

/** Body of `PUT <session.flows.transactions>`: which account and period, and the page size wished for. */
export const transactionsFlowRequest = z.looseObject({
  account_id: maybe(z.string()),
  iban: maybe(z.string()),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  preferred_pagination_size: maybe(z.int().check(z.positive())),
});

/** Body of `POST <flow.self>/list`, Klarna's "Transactions Next" page: the offset of the page wanted. */
export const flowTransactionsNextRequest = z.looseObject({
  offset: z.string().check(z.minLength(1)),
});

/** The fake app's one-time-password step (embedded SCA). */
export const testBankOtp = z.looseObject({
  otp: z.string().check(z.minLength(1)),
});

/** The fake app's login step: the test bank's form. */
export const testBankLogin = z.looseObject({
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code')),
  bank_code: z.string().check(z.minLength(1)),
  username: z.string().check(z.minLength(1)),
  password: z.string().check(z.minLength(1)),
});
export type TestBankLogin = z.infer<typeof testBankLogin>;

/** The fake app's account selection step. */
export const testBankAccountSelection = z.looseObject({
  account_ids: z.array(z.string()).check(z.minLength(1)),
});
