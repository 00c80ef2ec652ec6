/**
 * CSV export of transactions (RFC 4180) that a spreadsheet in the consumer's locale opens as
 * columns and numbers:
 * - Where the locale writes decimals with a comma (de, sv), fields are separated by `;`, as
 *   Excel and LibreOffice in those locales expect; elsewhere by `,`.
 * - Amounts are plain numbers with the locale's decimal separator, an ASCII `-` and no digit
 *   grouping: Excel reads `-1234,56` as a number under a German locale, but neither a grouped
 *   `1.234,56` reliably nor the `−` (U+2212) that `Intl` writes for Swedish.
 * - The text starts with a UTF-8 byte order mark: without it Excel reads the file as the
 *   system's legacy code page and "Müller" arrives as "MÃ¼ller".
 * - Dates stay ISO 8601 (`2026-09-01`): spreadsheets in every locale read them as dates and they
 *   sort as text, while a locale's short date (`01.09.2026`, `09/01/2026`) is misread wherever the
 *   file is opened under another locale.
 * - Headers and the words in cells (income/expense, yes/no) are in the locale's language.
 *
 * Bank data is untrusted: a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return) is prefixed with `'`.
 */
import { currencyFractionDigits } from '../format/money.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Account, Transaction } from '../model/report-model.js';

type Column = keyof Messages['csv']['columns'];

/** The columns in their order; each names its header in the message catalogs. */
const columns = [
  'date',
  'bookingDate',
  'valueDate',
  'amount',
  'currency',
  'direction',
  'counterparty',
  'counterpartyIban',
  'reference',
  'categories',
  'brand',
  'recurring',
  'pending',
  'id',
] as const satisfies readonly Column[];

/** The UTF-8 byte order mark, as one UTF-16 code unit: a `Blob` writes it as EF BB BF. */
export const byteOrderMark = '\uFEFF';

export interface CsvConventions {
  /** Between fields: `;` where the decimal separator is a comma, else `,`. */
  separator: ',' | ';';
  /** The locale's decimal separator. */
  decimal: string;
}

const conventionsByLocale = new Map<string, CsvConventions>();

/** How the locale writes a CSV file: `de` → `;` and `,`; `en` → `,` and `.`. */
export function csvConventions(locale: string | undefined): CsvConventions {
  const key = locale ?? '';
  let conventions = conventionsByLocale.get(key);
  if (!conventions) {
    let decimal = '.';
    try {
      decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    } catch {
      // A malformed locale tag: the conventions of English, as the messages fall back to it.
    }
    conventions = { separator: decimal === ',' ? ';' : ',', decimal };
    conventionsByLocale.set(key, conventions);
  }
  return conventions;
}

const formulaStart = /^[=+\-@\t\r]/;

function textCell(value: string | undefined, separator: string): string {
  if (value === undefined || value === '') return '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A plain decimal with the given separator, no grouping and an ASCII minus, as spreadsheets
 * import it: `minorToDecimal(-123456, 'EUR')` → `-1234.56`, with `','` → `-1234,56`.
 */
export function minorToDecimal(minor: number, currency: string, decimal = '.'): string {
  const digits = currencyFractionDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}${decimal}${text.slice(-digits)}`;
}

function row(transaction: Transaction, words: Messages['csv'], { separator, decimal }: CsvConventions): string {
  const { amount } = transaction;
  const yesNo = (value: boolean): string => (value ? words.yes : words.no);
  const cells: Record<Column, string> = {
    date: transaction.date,
    bookingDate: transaction.bookingDate ?? '',
    valueDate: transaction.valueDate ?? '',
    amount: amount ? minorToDecimal(amount.minor, amount.currency, decimal) : '',
    currency: amount?.currency ?? '',
    direction: transaction.direction ? textCell(words[transaction.direction], separator) : '',
    counterparty: textCell(transaction.counterparty?.name, separator),
    counterpartyIban: textCell(transaction.counterparty?.iban, separator),
    reference: textCell(transaction.reference, separator),
    categories: textCell(transaction.categories.map((category) => category.name ?? category.id).join('; '), separator),
    brand: textCell(transaction.brand?.name, separator),
    recurring: textCell(yesNo(transaction.recurring), separator),
    pending: textCell(yesNo(transaction.pending), separator),
    id: textCell(transaction.id, separator),
  };
  return columns.map((column) => cells[column]).join(separator);
}

export interface CsvOptions {
  /** BCP 47 locale of the headers, words, decimal and field separators. Default English. */
  locale?: string | undefined;
}

/**
 * The transactions as CSV text: a byte order mark, a header line, one line per transaction,
 * CRLF line ends. Save it as UTF-8 (`new Blob([csv], { type: 'text/csv;charset=utf-8' })`).
 */
export function transactionsToCsv(transactions: readonly Transaction[], options: CsvOptions = {}): string {
  return transactionsToCsvIn(transactions, messagesFor(options.locale).csv, options.locale);
}

/**
 * `transactionsToCsv` with the words given: an element passes those of the catalog it has loaded,
 * so its bundle does not carry every language's catalog for the export.
 */
export function transactionsToCsvIn(transactions: readonly Transaction[], words: Messages['csv'], locale: string | undefined): string {
  const conventions = csvConventions(locale);
  const lines = [columns.map((column) => textCell(words.columns[column], conventions.separator)).join(conventions.separator)];
  for (const transaction of transactions) lines.push(row(transaction, words, conventions));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

export interface CsvPeriod {
  /** Inclusive `YYYY-MM-DD` bounds of what the file holds. */
  from?: string | undefined;
  to?: string | undefined;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Letters and digits of a name, accents and invisible characters (soft hyphens) dropped, runs of anything else as one `-`. */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/**
 * The account as a file name shows it: its IBAN masked as the report shows it (country, check
 * digits, the last four: `DE89…3000`), else its name; never its id, a uuid nobody recognizes.
 */
function accountLabel(account: Pick<Account, 'iban' | 'name'> | undefined): string {
  const iban = account?.iban?.replace(/[^A-Za-z0-9]/g, '').toUpperCase() ?? '';
  if (iban.length > 8) return `${iban.slice(0, 4)}…${iban.slice(-4)}`;
  return slug(account?.name ?? '');
}

/**
 * A download name for the export of an account and period:
 * `transactions-DE89…3000-2026-09-01-2026-11-30.csv`. Only ASCII letters, digits, `-`, `.` and
 * the `…` of the masked IBAN, so it is a valid file name on every system; parts that are
 * missing (or a bound that is not an ISO date) are left out.
 */
export function csvFileName(account: Pick<Account, 'iban' | 'name'> | undefined, period: CsvPeriod = {}): string {
  const parts = ['transactions', accountLabel(account), period.from ?? '', period.to ?? ''].filter(
    (part, index) => part !== '' && (index < 2 || isoDate.test(part)),
  );
  return `${parts.join('-')}.csv`;
}
