/**
 * The ISO 20022 bank transaction code of a transaction, as a reader sees it. The model keeps it
 * only in `source`, the transaction as Klarna sent it, so it is read there through the schema.
 */
import * as z from 'zod/mini';
import { bankTransactionCode } from '../schemas/transactions.js';
import type { Transaction } from '../model/report-model.js';

/** `{ code: 'PMNT', sub_code: 'ICDT', description: 'Transfer' }` → `PMNT ICDT · Transfer`; absent or malformed → undefined. */
export function bankTransactionCodeOf(transaction: Transaction): string | undefined {
  const parsed = z.safeParse(bankTransactionCode, transaction.source.bank_transaction_code);
  if (!parsed.success) return undefined;
  const { code, sub_code: subCode, description } = parsed.data;
  const codes = [code, subCode].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
  return [codes, description?.trim()].filter(Boolean).join(' · ') || undefined;
}
