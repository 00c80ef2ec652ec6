/** The English words of the CSV export (its headers and values), which load with the export on first use. */
import { wordsPart } from './words-part.js';

export const csvMessages = {
  csv: {
    /** The export's column headers, in the order of its columns. */
    columns: {
      date: 'Date',
      bookingDate: 'Booking date',
      valueDate: 'Value date',
      amount: 'Amount',
      currency: 'Currency',
      direction: 'Type',
      counterparty: 'Counterparty',
      counterpartyIban: 'Counterparty IBAN',
      reference: 'Reference',
      categories: 'Categories',
      brand: 'Brand',
      recurring: 'Recurring',
      pending: 'Pending',
      id: 'Transaction ID',
    },
    credit: 'Income',
    debit: 'Expense',
    yes: 'Yes',
    no: 'No',
  },
};

export type CsvMessages = typeof csvMessages;

/** These words in the language of an element's catalog. */
export const csvWords = wordsPart<CsvMessages>(csvMessages, (messages) => messages);
