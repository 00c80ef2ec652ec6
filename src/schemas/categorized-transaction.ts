/** The transaction every report generation shares, enriched with categories and brand. */
import * as z from 'zod/mini';
import { amount } from './account-data.js';
import { id, isoDate, maybe, refinement } from './common.js';
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
 * A transaction enriched with categories and brand, as all generations send it. The
 * categorized report names it by `id` and `date`; the newer reports by `insights_transaction_id`
 * and `booking_date`/`value_date`: any of them will do, but one of each must be there. Its docs
 * spell the counterparty `counterParty` and `counter_party`: both are read. Amount and type
 * are optional: the amount may carry the sign instead, or be absent.
 */
export const categorizedTransaction = z
  .looseObject({
    id: maybe(id),
    insights_transaction_id: maybe(id),
    date: maybe(isoDate),
    booking_date: maybe(isoDate),
    value_date: maybe(isoDate),
    reference: maybe(z.string()),
    amount: maybe(amount),
    type: maybe(transactionType),
    state: maybe(z.string()),
    method: maybe(z.string()),
    counter_party: maybe(counterParty),
    counterParty: maybe(counterParty),
    categories: maybe(z.array(transactionCategory)),
    brand: maybe(brand),
    recurring: maybe(z.boolean()),
    insights_account_id: maybe(z.string()),
  })
  .check(
    refinement((transaction) => Boolean(transaction.id ?? transaction.insights_transaction_id), 'a transaction needs an id (id or insights_transaction_id)', {
      path: ['id'],
    }),
    refinement((transaction) => Boolean(transaction.date ?? transaction.booking_date ?? transaction.value_date), 'a transaction needs a date (date, booking_date or value_date)', {
      path: ['date'],
    }),
  );
export type CategorizedTransaction = z.infer<typeof categorizedTransaction>;
