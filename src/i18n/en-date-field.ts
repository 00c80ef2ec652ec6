/** The English words of a custom period's date fields, which load when the person picks "Custom dates". */
import { wordsPart } from './words-part.js';

export const dateFieldMessages = {
  fromDate: 'From',
  toDate: 'To',
  /** The custom period's date fields: placeholder letters, messages, the calendar button. */
  dateField: {
    letters: { day: 'DD', month: 'MM', year: 'YYYY' },
    format: (placeholder: string): string => `Enter the date as ${placeholder}.`,
    noSuchDay: 'That day does not exist.',
    before: (date: string): string => `Choose a day on or after ${date}.`,
    after: (date: string): string => `Choose a day on or before ${date}.`,
    calendar: (label: string): string => `${label}: open calendar`,
  },
};

export type DateFieldMessages = typeof dateFieldMessages;

/** These words in the language of an element's catalog. */
export const dateFieldWords = wordsPart<DateFieldMessages>(dateFieldMessages, (messages) => messages);
