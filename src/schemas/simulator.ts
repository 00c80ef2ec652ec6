/**
 * Payloads only the offline simulator reads: the bodies of the XS2A accounts and transactions
 * flows, and the steps its fake XS2A App posts. Not re-exported from the package's schemas: they
 * are no part of the host-backend contract.
 */
import * as z from 'zod/mini';
import { dataEnvelope, isoDate, matching, maybe, nonEmptyString, positiveInteger, psu, refinement } from './common.js';

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
  preferred_pagination_size: maybe(positiveInteger),
});

/** Body of `POST <flow.self>/list`, Klarna's "Transactions Next" page: the offset of the page wanted. */
export const flowTransactionsNextRequest = z.looseObject({
  offset: nonEmptyString,
});

/** The fake app's one-time-password step (embedded SCA). */
export const testBankOtp = z.looseObject({
  otp: nonEmptyString,
});

/** The fake app's login step: the test bank's form. */
export const testBankLogin = z.looseObject({
  country: matching(/^[A-Z]{2}$/, 'expected a two-letter country code'),
  bank_code: nonEmptyString,
  username: nonEmptyString,
  password: nonEmptyString,
});
export type TestBankLogin = z.infer<typeof testBankLogin>;

/** The fake app's account selection step. */
export const testBankAccountSelection = z.looseObject({
  account_ids: z.array(z.string()).check(refinement((ids) => ids.length > 0, 'expected at least one account')),
});

/**
 * The consent API's answers, read by the simulator's tests and by integrators' servers, never by
 * the elements: `POST <session.consent>` (Klarna's "Consents" page): the consent and one link per granted
 * resource, keyed by flow type (`accounts`, `transactions`, …).
 */
export const consentGetResponse = dataEnvelope(
  z.looseObject({
    consent_id: z.string(),
    consent_token: z.string(),
    consents: z.record(z.string(), z.string()),
  }),
);
export type ConsentGetResponse = z.infer<typeof consentGetResponse>;

/** Body of `POST /xs2a/v1/consents/{consent_id}/accounts/get`. */
export const consentAccountsRequest = z.looseObject({
  consent_token: z.string(),
  psu: maybe(psu),
});

/** The consent's accounts, with their current ids (an integrator's way to recover rotated ones). */
export const consentAccountsResponse = dataEnvelope(
  z.looseObject({
    result: z.looseObject({ accounts: z.array(z.looseObject({ id: z.string(), iban: maybe(z.string()), account_type: maybe(z.string()) })) }),
    consent_token: z.string(),
  }),
);
