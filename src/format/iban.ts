/** IBANs as people read them: in groups of four, optionally masked. */

const normalizeIban = (iban: string): string => iban.replace(/\s+/g, '').toUpperCase();

/** `DE44500105175407324931` → `DE44 5001 0517 5407 3249 31`. */
export function groupIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Keeps the country, check digits and the last four characters:
 * `DE44500105175407324931` → `DE44 •••• •••• •••• ••49 31`. Short values are masked but for
 * their last two characters.
 */
export function maskIban(iban: string, mask = '•'): string {
  const compact = normalizeIban(iban);
  const keepStart = compact.length > 8 ? 4 : 0;
  const keepEnd = compact.length > 8 ? 4 : Math.min(2, compact.length);
  const hidden = mask.repeat(Math.max(0, compact.length - keepStart - keepEnd));
  const masked = compact.slice(0, keepStart) + hidden + compact.slice(compact.length - keepEnd);
  return masked.replace(/(.{4})(?=.)/gu, '$1 ');
}
