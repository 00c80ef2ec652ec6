/**
 * How two names or account numbers are compared: the same person or account written another way
 * must compare equal, and different ones must not.
 */
import { foldForSearch } from './transaction-filter.js';

/** An IBAN as the machine reads it: no spaces, upper case ("de89 3704…" = "DE893704…"). */
export const normalizeIban = (iban: string): string => iban.replace(/\s+/g, '').toUpperCase();

/**
 * Forms of address that banks put before a name. Dropping one cannot join two different
 * people: the whole rest of the name must still agree.
 */
const titles = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'herr', 'frau', 'hr', 'fr', 'hrn']);

/**
 * A person's name for comparison: case and accents folded, punctuation and hyphens read as
 * spaces, titles dropped, words in alphabetical order (banks write "Mustermann, Max" as often as
 * "Max Mustermann"). Initials are kept as they are: "M. Mustermann" is not "Max Mustermann"
 * (it could be Maria). Empty when nothing is left.
 */
export function personKey(name: string): string {
  const words = foldForSearch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !titles.has(word));
  return words.sort().join(' ');
}

/**
 * A counterparty's name for grouping its payments: case and accents folded, whitespace
 * collapsed, punctuation dropped ("NETFLIX.COM" and "Netflix.com" agree). Words keep their order.
 */
export const counterpartyKey = (name: string): string =>
  foldForSearch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
