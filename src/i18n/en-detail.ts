/** The English words of the transaction detail, which loads when a reader first chooses a row. */
import { wordsPart } from './words-part.js';

export const detailMessages = {
  detailClose: 'Close details',
  detailStatus: 'Status',
  detailBooked: 'Booked',
  detailBookingDate: 'Booking date',
  detailValueDate: 'Value date',
  detailCounterparty: 'Counterparty',
  detailIban: 'IBAN',
  detailAccountNumber: 'Account number',
  detailBic: 'BIC',
  detailBank: 'Bank',
  detailReference: 'Reference',
  detailCategories: 'Categories',
  detailBrand: 'Merchant',
  detailWebsite: 'Website',
  detailRecurring: 'Repeats',
  detailRecurringYes: 'Recurring payment',
  detailRecurringNo: 'One-off',
  detailBankCode: 'Bank transaction code',
  detailNone: 'No transaction selected.',
};

export type DetailMessages = typeof detailMessages;

/** These words in the language of an element's catalog. */
export const detailWords = wordsPart<DetailMessages>(detailMessages, (messages) => messages);
