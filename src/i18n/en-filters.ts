/** The English words of the report's filter controls, which load when the person first opens them. */
import { wordsPart } from './words-part.js';

export const filterMessages = {
  categoryFilter: 'Category',
  allCategories: 'All categories',
  directionFilter: 'Type',
  allDirections: 'Income and expenses',
  minAmount: 'Min amount',
  maxAmount: 'Max amount',
  groupLabel: 'Group',
  groupByDay: 'By day',
  groupByMonth: 'By month',
  filtersDone: 'Done',
  includeTransfers: 'Include transfers between own accounts',
};

export type FilterMessages = typeof filterMessages;

/** These words in the language of an element's catalog. */
export const filterWords = wordsPart<FilterMessages>(filterMessages, (messages) => messages);
