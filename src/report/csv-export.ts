/**
 * The report's CSV export: the shown transactions as a file in the locale's conventions. The
 * report loads this module when the person first points at or uses Export, or a page calls
 * `toCsv()`: reading a report needs none of it.
 */
import type { DisplayMessages } from '../i18n/display-messages.js';
import { csvWords } from '../i18n/en-csv.js';
import { csvFileName, transactionsToCsvIn, type CsvPeriod } from '../insights/transactions-csv.js';
import type { Account, Transaction } from '../model/report-model.js';
import { downloadText } from './download.js';

/** What one export holds, taken when the person asked for it. */
export interface CsvRequest {
  transactions: readonly Transaction[];
  /** The element's catalog: the export's own words come with this module. */
  messages: DisplayMessages;
  locale: string;
  account: Account | undefined;
  period: CsvPeriod;
}

export const toCsv = ({ transactions, messages, locale }: CsvRequest): string => transactionsToCsvIn(transactions, csvWords(messages).csv, locale);

/** Downloads the file: `transactions-DE89…3000-2026-09-01-2026-11-30.csv`. */
export function downloadCsv(request: CsvRequest): void {
  downloadText(toCsv(request), csvFileName(request.account, request.period), 'text/csv;charset=utf-8');
}
