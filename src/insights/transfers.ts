/**
 * Transfers between the consumer's own accounts. Moving money from the current account to
 * savings is neither income nor spending; counted as both it would inflate each.
 *
 * The rule: a transaction is an own-account transfer when
 * 1. its counterparty's IBAN, with spaces removed and in upper case, is the IBAN of one of the
 *    report's accounts, or
 * 2. its counterparty's name is the name of one of the report's account holders, compared
 *    case- and accent-insensitively with punctuation and hyphens read as spaces, whitespace
 *    collapsed, a leading form of address dropped ("Herr", "Frau", "Mr", "Mrs", "Ms", "Dr", …)
 *    and the words in any order ("Mustermann, Max" is "Max Mustermann").
 * Initials are not expanded: "M. Mustermann" may be another member of the family, and a false
 * transfer would hide real income or spending. A transfer to the holder's own account at a bank
 * the report does not include counts too (rule 2): the money stays the consumer's.
 */
import type { Report, Transaction } from '../model/report-model.js';
import { normalizeIban, personKey } from './parties.js';

/** What the rule compares against: the report's IBANs and holder names, normalized once. */
export interface OwnAccounts {
  ibans: ReadonlySet<string>;
  holders: ReadonlySet<string>;
}

export function ownAccountsOf(report: Report): OwnAccounts {
  const ibans = new Set<string>();
  const holders = new Set<string>();
  for (const account of report.accounts) {
    if (account.iban) ibans.add(normalizeIban(account.iban));
    const holder = account.holderName ? personKey(account.holderName) : '';
    if (holder) holders.add(holder);
  }
  return { ibans, holders };
}

/**
 * Whether one transaction is an own-account transfer. `names` caches the verdict per raw
 * counterparty name: names repeat, and folding each of 100,000 would cost more than the rest.
 */
export function isOwnTransfer(transaction: Transaction, own: OwnAccounts, names = new Map<string, boolean>()): boolean {
  const party = transaction.counterparty;
  if (!party) return false;
  if (party.iban && own.ibans.size > 0) {
    // Most IBANs arrive normalized already: test as is before making a new string.
    if (own.ibans.has(party.iban) || own.ibans.has(normalizeIban(party.iban))) return true;
  }
  const name = party.name;
  if (!name || own.holders.size === 0) return false;
  let verdict = names.get(name);
  if (verdict === undefined) {
    verdict = own.holders.has(personKey(name));
    names.set(name, verdict);
  }
  return verdict;
}

const computed = new WeakMap<Report, ReadonlySet<string>>();

/**
 * The ids of a report's own-account transfers, over all its accounts. Computed once per report
 * and kept for as long as the report lives.
 */
export function transferIds(report: Report): ReadonlySet<string> {
  let ids = computed.get(report);
  if (!ids) {
    const own = ownAccountsOf(report);
    const names = new Map<string, boolean>();
    const found = new Set<string>();
    for (const account of report.accounts) {
      for (const transaction of account.transactions) if (isOwnTransfer(transaction, own, names)) found.add(transaction.id);
    }
    ids = found;
    computed.set(report, ids);
  }
  return ids;
}
