/**
 * CSV export of transactions (RFC 4180). Bank data is untrusted: a text cell that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed with `'`.
 */
import { currencyFractionDigits } from '../format/money.js';
import type { Transaction } from '../model/report-model.js';

const columns = [
  'date',
  'booking_date',
  'value_date',
  'amount',
  'currency',
  'direction',
  'counterparty',
  'counterparty_iban',
  'reference',
  'categories',
  'brand',
  'recurring',
  'pending',
  'id',
] as const;

const formulaStart = /^[=+\-@\t\r]/;

function textCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A plain decimal with `.`, as spreadsheets in every locale import it: `-1234.56`. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = currencyFractionDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function row(transaction: Transaction): string {
  const { amount } = transaction;
  return [
    transaction.date,
    transaction.bookingDate ?? '',
    transaction.valueDate ?? '',
    amount ? minorToDecimal(amount.minor, amount.currency) : '',
    amount?.currency ?? '',
    transaction.direction ?? '',
    textCell(transaction.counterparty?.name),
    textCell(transaction.counterparty?.iban),
    textCell(transaction.reference),
    textCell(transaction.categories.map((category) => category.name ?? category.id).join('; ')),
    textCell(transaction.brand?.name),
    String(transaction.recurring),
    String(transaction.pending),
    textCell(transaction.id),
  ].join(',');
}

/** The transactions as CSV text with a header line and CRLF line ends. */
export function transactionsToCsv(transactions: readonly Transaction[]): string {
  const lines = [columns.join(',')];
  for (const transaction of transactions) lines.push(row(transaction));
  return `${lines.join('\r\n')}\r\n`;
}
