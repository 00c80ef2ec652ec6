/** XS2A transactions as the consent API returns them (Klarna's consent "Transactions" page). */
import * as z from 'zod/mini';
import { address, amount, integer } from './account-data.js';
import { dataEnvelope, id, isoDate, maybe, positiveInteger, psu } from './common.js';

/** The other side of a transaction. XS2A and Insights docs spell the key `counter_party` and `counterParty`. */
export const counterParty = z.looseObject({
  id: maybe(z.string()),
  alias: maybe(z.string()),
  account_number: maybe(z.string()),
  iban: maybe(z.string()),
  holder_name: maybe(z.string()),
  holder_address: maybe(address),
  bank_code: maybe(z.string()),
  bic: maybe(z.string()),
  bank_name: maybe(z.string()),
  bank_address: maybe(address),
  transfer_type: maybe(z.string()),
  account_type: maybe(z.string()),
});
export type CounterParty = z.infer<typeof counterParty>;

/** ISO 20022 bank transaction code, e.g. `CCRD` / `CreditCardPayment`. */
export const bankTransactionCode = z.looseObject({
  code: z.string(),
  sub_code: maybe(z.string()),
  description: maybe(z.string()),
});

/** Direction of an XS2A amount, which is itself unsigned. */
export const transactionType = z.enum(['DEBIT', 'CREDIT']);
export type TransactionType = z.infer<typeof transactionType>;

/** Booked transactions are PROCESSED; PENDING ones may still change. Other states are kept as sent. */
export const transactionState = z.string();

/** XS2A names a transaction by `transaction_id` (alyf-de/banking's recorded consent answers); `id` is older. */
export const xs2aTransaction = z.looseObject({
  transaction_id: maybe(z.string()),
  id: maybe(z.string()),
  reference: maybe(z.string()),
  amount,
  original_amount: maybe(amount),
  counter_party: maybe(counterParty),
  bank_transaction_code: maybe(bankTransactionCode),
  merchant_category_code: maybe(z.string()),
  date: isoDate,
  booking_date: maybe(isoDate),
  value_date: maybe(isoDate),
  state: maybe(transactionState),
  type: transactionType,
  method: maybe(z.string()),
});
export type Xs2aTransaction = z.infer<typeof xs2aTransaction>;

/** Body of `POST /xs2a/v1/consents/{consent-id}/transactions/get`. */
export const consentTransactionsRequest = z.looseObject({
  consent_token: z.string(),
  account_id: id,
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  preferred_pagination_size: maybe(positiveInteger),
  psu: maybe(psu),
});
export type ConsentTransactionsRequest = z.infer<typeof consentTransactionsRequest>;

/** Present only when more pages exist: POST `next.offset` to `url` for the next one. */
export const pagination = z.looseObject({
  count: maybe(integer),
  url: z.string(),
  next: maybe(z.looseObject({ offset: z.string() })),
});
export type Pagination = z.infer<typeof pagination>;

/** Body of a follow-up page request to `pagination.url`. */
export const consentTransactionsNextRequest = z.looseObject({
  consent_token: z.string(),
  offset: z.string(),
  psu: maybe(psu),
});
export type ConsentTransactionsNextRequest = z.infer<typeof consentTransactionsNextRequest>;

/** Every consent response carries a fresh `consent_token` for the next request. */
export const consentTransactionsResponse = dataEnvelope(
  z.looseObject({
    result: maybe(
      z.looseObject({
        transactions: z.array(xs2aTransaction),
        from_date: maybe(isoDate),
        to_date: maybe(isoDate),
        pagination: maybe(pagination),
      }),
    ),
    consent_token: z.string(),
  }),
);
export type ConsentTransactionsResponse = z.infer<typeof consentTransactionsResponse>;

